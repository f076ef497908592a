import PermitCore
import Vapor

extension OpenAPIDocument {
    static let supervisionOperations: [Operation] = [
        Operation(.GET, SupervisionURL.apiPlan(.key), summary: "区年度定期监督检查计划（district 必填；source 可选的抽取随机源）— a district's annual plan",
                  tag: "supervision", request: nil, success: (200, "SupervisionPlanRows"), problems: [], isPublic: false,
                  query: [.text("district", pattern: "^[0-9]{6}$", required: true), .text("source", maxLength: 200)]),
        Operation(.POST, SupervisionURL.apiClassifications,
                  summary: "企业分类（按信用代码；同 POST /api/v1/enterprises/{id}/classification）— classify by credit code",
                  tag: "supervision", request: "ClassificationInput", success: (201, "Classification"), problems: [409], isPublic: false),
        Operation(.GET, SupervisionURL.apiEnterpriseClassification(.key),
                  summary: "企业分类、监管方式、产品风险等级、分类记录与分类建议（企业可查看本企业）— an enterprise's classification",
                  tag: "supervision", request: nil, success: (200, "EnterpriseClassification"), problems: [], isPublic: false),
        Operation(.POST, SupervisionURL.apiEnterpriseClassification(.key),
                  summary: "调整企业分类（class、reason；category、evidence 可选；AA 须 commitment：已完成的上传）；越级上升、无承诺书或5年内不接受承诺时 409，非生产地辖区 403 — classify",
                  tag: "supervision", request: "EnterpriseClassificationInput", success: (201, "Classification"), problems: [409], isPublic: false),
        Operation(.GET, SupervisionURL.apiQualityFacts(.key), summary: "企业质量信息 — an enterprise's quality facts", tag: "supervision",
                  request: nil, success: (200, "QualityFacts"), problems: [], isPublic: false),
        Operation(.POST, SupervisionURL.apiQualityFacts(.key),
                  summary: "记录质量信息（抽查不合格须 level，较大变化须 aspect）— record a quality fact", tag: "supervision",
                  request: "QualityFactInput", success: (201, "QualityFact"), problems: [], isPublic: false),
        Operation(.GET, SupervisionURL.apiOverview, summary: "各区分类监管统计（区级人员仅本区）— districts' figures", tag: "supervision",
                  request: nil, success: (200, "DistrictFiguresList"), problems: [], isPublic: false, query: [.integer("year", minimum: 2000, maximum: 2100)]),
        Operation(.GET, SupervisionURL.apiAAList, summary: "AA类企业名单 CSV（报国家市场监管总局）— the AA list as CSV", tag: "supervision",
                  request: nil, success: (200, nil), problems: [], isPublic: false),
    ]

    private static let supervisionClass: JSONValue = ["type": "string", "enum": ["AA", "A", "B", "C"]]
    private static let nullableClass: JSONValue = ["type": ["string", "null"], "pattern": "^(AA|A|B|C)$"]
    private static let modes: JSONValue = ["type": "string", "enum": ["credit", "responsibility", "normal", "strict"]]
    private static let reason: JSONValue = ["type": "string", "minLength": 1, "maxLength": 500]
    private static let evidence: JSONValue = ["type": ["string", "null"], "maxLength": 500]
    /// A finished upload of the caller (its id or tus URL) of the signed 承诺书.
    private static let commitment: JSONValue = ["type": ["string", "null"], "maxLength": 300]
    private static let count: JSONValue = ["type": "integer", "minimum": 0]

    static let supervisionSchemas: JSONValue = [
        "SupervisionPlanRows": ["type": "array", "items": reference("SupervisionPlanRow")],
        "SupervisionPlanRow": object([
            ("creditCode", string), ("name", string), ("class", ["type": ["string", "null"], "pattern": "^(AA|A|B|C)$"]),
            ("productRisk", ["type": ["string", "null"], "pattern": "^(I|II|III)$"]),
            ("mode", ["type": "string", "enum": ["credit", "responsibility", "normal", "strict"]]), ("inspections", ["type": "integer", "minimum": 0]),
        ], required: ["creditCode", "name", "mode", "inspections"]),
        "ClassificationInput": object([
            ("creditCode", ["type": "string", "maxLength": 18]), ("category", ["type": ["string", "null"], "pattern": "^[0-9]{2}-[0-9]{3}$"]),
            ("class", supervisionClass), ("reason", reason), ("evidence", evidence), ("commitment", commitment),
        ], required: ["creditCode", "class", "reason"]),
        "EnterpriseClassificationInput": object([
            ("class", supervisionClass), ("reason", reason), ("category", ["type": ["string", "null"], "pattern": "^[0-9]{2}-[0-9]{3}$"]),
            ("evidence", evidence), ("commitment", commitment),
        ], required: ["class", "reason"]),
        "EnterpriseClassification": object([
            ("enterpriseId", string), ("creditCode", string), ("name", string), ("class", nullableClass), ("mode", modes),
            ("productRisk", ["type": ["string", "null"], "pattern": "^(I|II|III)$"]), ("supervisingDistrict", string),
            ("categories", ["type": "array", "items": object([
                ("category", ["type": ["string", "null"]]), ("class", supervisionClass), ("date", string),
            ], required: ["class", "date"])]),
            ("history", ["type": "array", "items": object([
                ("id", string), ("class", supervisionClass), ("category", ["type": ["string", "null"]]), ("reason", string), ("evidence", string),
                ("date", string), ("by", string), ("district", string), ("commitment", ["type": ["string", "null"]]),
            ], required: ["id", "class", "reason", "evidence", "date", "by", "district"])]),
            ("proposals", ["type": "array", "items": object([
                ("kind", ["type": "string", "enum": ["classify-new-licensee", "class-c", "failed-sampling", "downgrade", "commitment-broken", "reclassify"]]),
                ("classes", ["type": "array", "items": supervisionClass]), ("text", string),
            ], required: ["kind", "classes", "text"])]),
            ("classificationDue", ["type": ["string", "null"]]), ("overdue", ["type": "boolean"]), ("commitmentBanUntil", ["type": ["string", "null"]]),
            ("notice", string),
        // Absent members are null: the encoder leaves them out.
        ], required: ["enterpriseId", "creditCode", "name", "mode", "supervisingDistrict", "categories", "history", "proposals", "overdue", "notice"]),
        "QualityFactInput": object([
            ("kind", ["type": "string", "enum": .array(QualityFact.Kind.codes.map(JSONValue.string))]),
            // Empty as null: the page's form sends the choice it does not ask for as "".
            ("level", ["type": ["string", "null"], "pattern": "^(national|provincial|district)?$"]),
            ("aspect", ["type": ["string", "null"], "pattern": "^(standards|rules|conditions|process)?$"]),
            ("occurredOn", ["type": "string", "format": "date"]), ("description", ["type": "string", "minLength": 1, "maxLength": 500]),
            ("source", ["type": ["string", "null"], "maxLength": 100]),
        ], required: ["kind", "occurredOn", "description"]),
        "QualityFacts": ["type": "array", "items": reference("QualityFact")],
        "QualityFact": object([
            ("id", string), ("kind", string), ("qualifier", ["type": ["string", "null"]]), ("occurredOn", string), ("description", string),
            ("source", string), ("district", string), ("recordedOn", string), ("recordedBy", string),
        ], required: ["id", "kind", "occurredOn", "description", "source", "district", "recordedOn", "recordedBy"]),
        "DistrictFiguresList": ["type": "array", "items": object([
            ("district", string), ("licensed", count), ("aa", count), ("a", count), ("b", count), ("c", count), ("unclassified", count),
            ("overdue", count), ("proposals", count), ("plannedInspections", count), ("inspectionsOpened", count), ("overdueRectifications", count),
        ], required: [
            "district", "licensed", "aa", "a", "b", "c", "unclassified", "overdue", "proposals", "plannedInspections", "inspectionsOpened",
            "overdueRectifications",
        ])],
        "Classification": object([
            ("id", string), ("creditCode", string), ("category", ["type": ["string", "null"]]), ("class", supervisionClass), ("reason", string),
            ("evidence", string), ("commitment", ["type": ["string", "null"]]), ("district", string), ("classifiedOn", string),
        ], required: ["id", "creditCode", "class", "reason", "evidence", "district", "classifiedOn"]),
    ]
}
