import Vapor

/// Supervision inspections, sampling and interviews (seed 004 chapters 3–4).
extension OpenAPIDocument {
    static let oversightOperations: [Operation] = [
        Operation(.POST, OversightURL.api(.inspections),
                  summary: "立案监督检查（kind: periodic/ad-hoc/return-visit/special；至少2名检查人员；专项须 ground；回访须 order，期限届满前须 reason）— open an inspection",
                  tag: "supervision", request: "InspectionOpening", success: (201, "Case"), problems: [404, 409], isPublic: false),
        Operation(.POST, OversightURL.api(.inspectionRecord(.key)),
                  summary: "检查记录（第二十五条六项、双方签字；可责令限期整改、移交执法）— record the inspection", tag: "supervision",
                  request: "InspectionRecord", success: (200, "Case"), problems: [409], isPublic: false),
        Operation(.POST, OversightURL.api(.samplings), summary: "监督检验抽样（第四十五条依据、抽样单）— take samples", tag: "supervision",
                  request: "SamplingOpening", success: (201, "Case"), problems: [404, 409], isPublic: false),
        Operation(.GET, OversightURL.api(.samplings),
                  summary: "年度抽样检验产品和企业名单 CSV（?year=，?district=）— the year's samplings as CSV", tag: "supervision",
                  request: nil, success: (200, nil), problems: [], isPublic: false,
                  query: [.integer("year", minimum: 2000, maximum: 2100), .district]),
        Operation(.POST, OversightURL.api(.dispatch(.key)), summary: "寄送样品（7日内；逾期标记）— send the samples to a lab", tag: "supervision",
                  request: "SampleDispatch", success: (200, "Sampling"), problems: [409], isPublic: false),
        Operation(.POST, OversightURL.api(.report(.key)), summary: "检验报告（一式二份）及结果 — the lab's report", tag: "supervision",
                  request: "SamplingReport", success: (200, "Sampling"), problems: [409], isPublic: false),
        Operation(.POST, OversightURL.api(.interviews), summary: "约谈记录 — record an interview", tag: "supervision",
                  request: "Interview", success: (201, "Case"), problems: [404, 409], isPublic: false),
    ]

    private static func text(_ maxLength: Int) -> JSONValue { ["type": ["string", "null"], "maxLength": .int(maxLength)] }
    private static let names: JSONValue = ["type": ["array", "null"], "items": ["type": "string", "maxLength": 64], "maxItems": 20]
    private static func choice(_ alternatives: String) -> JSONValue { ["type": ["string", "null"], "pattern": .string("^(\(alternatives))$")] }
    private static let date: JSONValue = ["type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]

    static let oversightSchemas: JSONValue = [
        "InspectionOpening": object([
            ("kind", choice("periodic|ad-hoc|return-visit|special")), ("enterprise", text(18)),
            ("team", names), ("ground", text(40)), ("basis", text(2000)), ("order", text(36)), ("reason", text(2000)),
        ], required: ["kind", "enterprise", "team"]),
        "InspectionRecord": object([
            ("checkedOn", date), ("place", text(200)),
            ("items", ["type": ["array", "null"], "maxItems": 12, "items": object([
                ("item", ["type": "string", "maxLength": 40]), ("found", text(2000)),
                ("conclusion", choice("conforming|non-conforming|not-applicable")),
            ], required: ["item", "found", "conclusion"])]),
            ("problems", text(2000)), ("inspectors", names), ("enterpriseSignatory", text(200)), ("enterpriseRefusal", text(2000)),
            ("rectified", ["type": ["boolean", "null"]]),
            ("rectification", ["type": ["object", "null"], "properties": ["requirements": text(2000), "deadline": date]]),
            ("referral", ["type": ["object", "null"], "properties": ["matter": text(2000), "evidence": text(2000)]]),
        ], required: ["checkedOn", "place", "items", "inspectors"]),
        "SamplingOpening": object([
            ("enterprise", text(18)), ("team", names),
            ("grounds", ["type": ["array", "null"], "maxItems": 4, "items": [
                "type": "string", "enum": ["suspected-serious-problem", "conditions-not-maintained", "rectification-failed", "other"],
            ]]),
            ("groundNote", text(2000)), ("product", text(200)), ("model", text(200)), ("batch", text(200)), ("quantity", text(200)),
            ("sampledFrom", choice("finished-goods-store|production-site")), ("randomMethod", text(2000)),
            ("seal", text(200)),
        ], required: ["enterprise", "team", "grounds", "product", "model", "batch", "quantity", "sampledFrom", "randomMethod", "seal"]),
        "SampleDispatch": object([("laboratory", text(18)), ("sentOn", date)], required: ["laboratory", "sentOn"]),
        "SamplingReport": object([
            ("reportNumber", text(200)), ("issuedOn", date), ("copies", ["type": ["integer", "null"], "minimum": 0, "maximum": 100]),
            ("passed", ["type": ["boolean", "null"]]), ("summary", text(2000)),
        ], required: ["reportNumber", "issuedOn", "copies", "passed", "summary"]),
        "Interview": object([
            ("enterprise", text(18)), ("team", names), ("interviewee", text(200)), ("position", text(200)), ("heldOn", date), ("time", text(200)),
            ("place", text(200)), ("reason", text(2000)), ("said", text(2000)), ("required", text(2000)),
        ], required: ["enterprise", "team", "interviewee", "heldOn", "time", "place", "reason", "said", "required"]),
        "Sampling": object([
            ("number", string), ("creditCode", string), ("enterprise", string), ("district", string),
            ("grounds", ["type": "array", "items": string]), ("product", string), ("sampledOn", string), ("dispatchDue", string),
            ("laboratory", ["type": ["string", "null"]]), ("sentOn", ["type": ["string", "null"]]), ("sentLate", ["type": "boolean"]),
            ("reportNumber", ["type": ["string", "null"]]), ("reportCopies", ["type": ["integer", "null"]]),
            ("result", choice("passed|failed")), ("feeCharged", ["type": "boolean", "const": false]),
        ], required: ["number", "creditCode", "enterprise", "district", "grounds", "product", "sampledOn", "dispatchDue", "sentLate", "feeCharged"]),
    ]
}
