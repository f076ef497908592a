import Vapor

extension OpenAPIDocument {
    static let registryOperations: [Operation] = [
        Operation(.GET, RegistryURL.api(.catalogue), summary: "产品目录（可选 ?version= 查看历史版本）— product catalogue", tag: "catalogue",
                  request: nil, success: (200, "Catalogue"), problems: [401, 404, 422], isPublic: false,
                  query: [.version]),
        Operation(.GET, RegistryURL.api(.unit(.key)), summary: "产品单元（可选 ?version=）— one product unit", tag: "catalogue",
                  request: nil, success: (200, "ProductUnit"), problems: [401, 404, 422], isPublic: false,
                  query: [.version]),
        Operation(.POST, RegistryURL.api(.units), summary: "新增产品单元 — add a product unit", tag: "catalogue",
                  request: "ProductUnitInput", success: (201, "ProductUnit"), problems: [400, 401, 403, 409, 415, 422], isPublic: false),
        Operation(.PUT, RegistryURL.api(.unit(.key)), summary: "修改产品单元 — edit a product unit", tag: "catalogue",
                  request: "ProductUnitInput", success: (200, "ProductUnit"), problems: [400, 401, 403, 404, 409, 415, 422], isPublic: false),
        Operation(.POST, RegistryURL.api(.categories), summary: "新增产品类别 — add a product category", tag: "catalogue",
                  request: "ProductCategoryInput", success: (201, "ProductCategory"), problems: [400, 401, 403, 409, 415, 422], isPublic: false),
        Operation(.PUT, RegistryURL.api(.category(.key)),
                  summary: "修改产品类别（名称、发证级别、简化程序；代码不变）— edit a product category", tag: "catalogue",
                  request: "ProductCategoryEdit", success: (200, "ProductCategory"), problems: [400, 401, 403, 404, 409, 415, 422], isPublic: false),
        Operation(.PUT, RegistryURL.api(.simplified(category: .key)),
                  summary: "设置是否适用简化审批程序 — switch the simplified procedure", tag: "catalogue",
                  request: "Simplified", success: (200, "ProductCategory"), problems: [400, 401, 403, 404, 409, 415, 422], isPublic: false),
        Operation(.GET, RegistryURL.api(.allInspectors), summary: "全部执法检查人员 — every district's inspectors", tag: "inspectors",
                  request: nil, success: (200, "InspectorList"), problems: [401, 403], isPublic: false),
        Operation(.GET, RegistryURL.api(.inspectors(district: .key)), summary: "辖区执法检查人员名录 — a district's inspectors", tag: "inspectors",
                  request: nil, success: (200, "InspectorList"), problems: [401, 403, 404], isPublic: false),
        Operation(.POST, RegistryURL.api(.inspectors(district: .key)), summary: "新增执法检查人员 — add an inspector", tag: "inspectors",
                  request: "InspectorInput", success: (201, "Inspector"), problems: [400, 401, 403, 404, 409, 415, 422], isPublic: false),
        Operation(.PUT, RegistryURL.api(.inspector(district: .key, .key)), summary: "修改执法检查人员 — update an inspector",
                  tag: "inspectors", request: "InspectorInput", success: (200, "Inspector"), problems: [400, 401, 403, 404, 409, 415, 422],
                  isPublic: false),
    ]

    private static let riskLevels: JSONValue = ["type": "string", "enum": ["I", "II", "III"]]
    private static let testItems: JSONValue = ["type": "array", "items": ["type": "string"]]
    private static let categoryCode: JSONValue = ["type": "string", "pattern": "^[0-9]{2}-[0-9]{3}$"]
    private static let integer: JSONValue = ["type": "integer"]
    private static let boolean: JSONValue = ["type": "boolean"]

    static let registrySchemas: JSONValue = [
        "Catalogue": object([
            ("version", integer), ("currentVersion", integer), ("categories", ["type": "array", "items": reference("ProductCategory")]),
        ], required: ["version", "currentVersion", "categories"]),
        "ProductCategory": object([
            ("code", categoryCode), ("industryCode", string), ("productCode", string), ("name", string),
            ("issuingLevel", ["type": "string", "enum": ["national", "provincial"]]), ("simplifiedProcedure", boolean),
            ("units", ["type": "array", "items": reference("ProductUnit")]),
        ], required: ["code", "industryCode", "productCode", "name", "issuingLevel", "simplifiedProcedure", "units"]),
        "ProductUnit": object([
            ("id", ["type": "string", "format": "uuid"]), ("category", categoryCode), ("name", string),
            ("implementationRules", string), ("riskLevel", riskLevels), ("testItems", testItems), ("version", integer),
        ], required: ["id", "category", "name", "implementationRules", "riskLevel", "testItems", "version"]),
        "ProductUnitInput": object([
            ("category", categoryCode), ("name", string), ("implementationRules", string), ("riskLevel", riskLevels),
            ("testItems", ["type": ["array", "null"], "items": ["type": "string", "maxLength": 60], "maxItems": 60]),
        ], required: ["category", "name", "implementationRules", "riskLevel"]),
        "ProductCategoryInput": object([
            ("code", categoryCode), ("name", string), ("issuingLevel", ["type": "string", "enum": ["national", "provincial"]]),
            ("simplifiedProcedure", boolean),
        ], required: ["name", "issuingLevel", "simplifiedProcedure"]),
        // The code is the path's; one in the body is not read.
        "ProductCategoryEdit": object([
            ("name", string), ("issuingLevel", ["type": "string", "enum": ["national", "provincial"]]), ("simplifiedProcedure", boolean),
        ], required: ["name", "issuingLevel", "simplifiedProcedure"]),
        "Simplified": object([("simplified", boolean)], required: ["simplified"]),
        "Inspector": object([
            ("id", ["type": "string", "format": "uuid"]), ("district", string), ("name", string), ("unit", string),
            ("position", string), ("phone", string), ("certificateNumber", string), ("active", boolean),
            ("conflicts", ["type": "array", "items": string]),
        ], required: ["id", "district", "name", "unit", "position", "phone", "certificateNumber", "active", "conflicts"]),
        "InspectorList": ["type": "array", "items": reference("Inspector")],
        "InspectorInput": object([
            ("name", string), ("unit", string), ("position", string), ("phone", string), ("certificateNumber", string),
            // Absent or null: on duty, no declared conflicts.
            ("active", ["type": ["boolean", "null"]]), ("conflicts", ["type": ["array", "null"], "items": string]),
        ], required: ["name", "unit", "position", "phone", "certificateNumber"]),
    ]
}
