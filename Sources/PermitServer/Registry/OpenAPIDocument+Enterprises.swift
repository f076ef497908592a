import Vapor

extension OpenAPIDocument {
    /// The enterprise database and the CSV imports.
    static let enterpriseOperations: [Operation] = [
        Operation(.GET, RegistryURL.api(.enterprises),
                  summary: "搜索企业（?q= 名称任意部分、信用代码或许可证编号；?district=；?limit=&offset=）— search enterprises",
                  tag: "enterprises", request: nil, success: (200, "EnterpriseList"), problems: [401, 403, 422], isPublic: false,
                  query: [.text("q", maxLength: 100), .district, .integer("limit", minimum: 1, maximum: 500), .integer("offset", maximum: Int(Int32.max))]),
        Operation(.POST, RegistryURL.api(.enterprises), summary: "登记企业 — register an enterprise", tag: "enterprises",
                  request: "EnterpriseDraft", success: (201, "Enterprise"), problems: [400, 401, 403, 409, 415, 422], isPublic: false),
        Operation(.GET, RegistryURL.api(.export), summary: "导出 CSV（?district=）— export as CSV", tag: "enterprises",
                  request: nil, success: (200, nil), problems: [401, 403, 422], isPublic: false, query: [.district]),
        Operation(.POST, RegistryURL.api(.enterpriseImport),
                  summary: "导入 CSV（正文为 text/csv；?dryRun=true 仅检查；?skipInvalid=true 跳过有误行）— import CSV", tag: "enterprises",
                  request: nil, success: (201, "ImportReport"), problems: [200, 401, 403, 413, 422], isPublic: false,
                  query: [.boolean("dryRun"), .boolean("skipInvalid")], rawBody: "text/csv"),
        Operation(.POST, RegistryURL.api(.inspectorImport),
                  summary: "导入执法检查人员 CSV（正文为 text/csv；?dryRun=true；?skipInvalid=true）— import inspectors", tag: "inspectors",
                  request: nil, success: (201, "ImportReport"), problems: [200, 401, 403, 413, 422], isPublic: false,
                  query: [.boolean("dryRun"), .boolean("skipInvalid")], rawBody: "text/csv"),
        Operation(.GET, RegistryURL.api(.enterprise(.key)), summary: "企业详情 — one enterprise", tag: "enterprises",
                  request: nil, success: (200, "Enterprise"), problems: [401, 403, 404], isPublic: false),
        Operation(.PUT, RegistryURL.api(.enterprise(.key)), summary: "更新企业 — update an enterprise", tag: "enterprises",
                  request: "EnterpriseDraft", success: (200, "Enterprise"), problems: [400, 401, 403, 404, 409, 415, 422], isPublic: false),
        Operation(.GET, RegistryURL.api(.history(.key)), summary: "企业变更记录 — history from the ledger",
                  tag: "enterprises", request: nil, success: (200, "EnterpriseHistory"), problems: [401, 403, 404], isPublic: false),
    ]

    /// A production site, in an enterprise and in a draft's further sites.
    private static let site = object([("address", string), ("district", string)], required: ["address", "district"])

    static let enterpriseSchemas: JSONValue = [
        "Enterprise": object([
            ("id", string), ("name", string), ("creditCode", string), ("registeredAddress", string),
            ("registeredDistrict", string),
            ("productionSites", ["type": "array", "items": site]),
            ("legalRepresentative", string), ("phone", string),
            ("licenses", ["type": "array", "items": object([("number", string), ("issuedOn", string), ("validUntil", string),
                                                            ("productScope", string)],
                                                           required: ["number", "issuedOn", "validUntil", "productScope"])]),
            ("riskTier", ["type": ["string", "null"]]), ("classification", ["type": ["string", "null"]]),
        ], required: ["id", "name", "creditCode", "registeredAddress", "registeredDistrict", "productionSites",
                      "legalRepresentative", "phone", "licenses"]),
        "EnterpriseList": ["type": "array", "items": reference("Enterprise")],
        "EnterpriseDraft": object([
            ("name", string), ("creditCode", ["type": "string", "pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$"]),
            ("registeredAddress", string), ("registeredDistrict", ["type": "string", "pattern": "^[0-9]{6}$"]),
            ("productionAddress", string), ("productionDistrict", ["type": "string", "pattern": "^[0-9]{6}$"]),
            ("legalRepresentative", string), ("phone", string), ("licenseNumber", string),
            ("licenseIssuedOn", ["type": "string", "format": "date"]), ("licenseValidUntil", ["type": "string", "format": "date"]),
            ("productScope", string), ("otherProductionSites", ["type": "array", "items": site]),
        ], required: ["name", "creditCode", "registeredAddress", "registeredDistrict", "productionAddress",
                      "productionDistrict", "legalRepresentative", "phone"]),
        "EnterpriseHistory": ["type": "array", "items": object([
            ("index", ["type": "integer"]), ("eventType", string), ("actor", string),
            ("time", ["type": "string", "format": "date-time"]), ("fields", ["type": "object", "additionalProperties": string]),
            ("leafHash", string),
        ], required: ["index", "eventType", "actor", "time", "fields", "leafHash"])],
        "ImportReport": object([
            ("dryRun", ["type": "boolean"]), ("accepted", ["type": "integer"]), ("imported", ["type": "integer"]),
            ("rejected", ["type": "array", "items": object([("line", ["type": "integer"]), ("errors", ["type": "array", "items": string])],
                                                           required: ["line", "errors"])]),
        ], required: ["dryRun", "accepted", "imported", "rejected"]),
    ]
}
