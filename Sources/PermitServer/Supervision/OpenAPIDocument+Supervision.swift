import Vapor

extension OpenAPIDocument {
    static let supervisionOperations: [Operation] = [
        Operation(.GET, SupervisionURL.apiPlan(.key), summary: "区年度定期监督检查计划（district 必填；source 可选的抽取随机源）— a district's annual plan",
                  tag: "supervision", request: nil, success: (200, "SupervisionPlanRows"), problems: [], isPublic: false,
                  query: [.text("district", pattern: "^[0-9]{6}$", required: true), .text("source", maxLength: 200)]),
        Operation(.POST, SupervisionURL.apiClassifications, summary: "企业分类（creditCode、category 可选、class、reason、evidence、AA 须 commitment）— classify",
                  tag: "supervision", request: "ClassificationInput", success: (201, "Classification"), problems: [409], isPublic: false),
    ]

    private static let supervisionClass: JSONValue = ["type": "string", "enum": ["AA", "A", "B", "C"]]

    static let supervisionSchemas: JSONValue = [
        "SupervisionPlanRows": ["type": "array", "items": reference("SupervisionPlanRow")],
        "SupervisionPlanRow": object([
            ("creditCode", string), ("name", string), ("class", ["type": ["string", "null"], "pattern": "^(AA|A|B|C)$"]),
            ("productRisk", ["type": ["string", "null"], "pattern": "^(I|II|III)$"]),
            ("mode", ["type": "string", "enum": ["credit", "responsibility", "normal", "strict"]]), ("inspections", ["type": "integer", "minimum": 0]),
        ], required: ["creditCode", "name", "class", "productRisk", "mode", "inspections"]),
        "ClassificationInput": object([
            ("creditCode", ["type": "string", "maxLength": 18]), ("category", ["type": ["string", "null"], "pattern": "^[0-9]{2}-[0-9]{3}$"]),
            ("class", supervisionClass), ("reason", ["type": "string", "minLength": 1, "maxLength": 500]),
            ("evidence", ["type": "string", "minLength": 1, "maxLength": 500]), ("commitment", ["type": ["string", "null"]]),
        ], required: ["creditCode", "class", "reason", "evidence"]),
        "Classification": object([
            ("id", string), ("creditCode", string), ("category", ["type": ["string", "null"]]), ("class", supervisionClass), ("reason", string),
            ("evidence", string), ("commitment", ["type": ["string", "null"]]), ("district", string), ("classifiedOn", string),
        ], required: ["id", "creditCode", "class", "reason", "evidence", "district", "classifiedOn"]),
    ]
}
