import Vapor

extension OpenAPIDocument {
    static let inspectionOperations: [Operation] = [
        Operation(.GET, InspectionURL.apiPlans, summary: "双随机一公开抽查计划（无需登录）— random inspection plans, no sign-in",
                  tag: "inspection", request: nil, success: (200, "InspectionPlans"), problems: [], isPublic: true),
        Operation(.POST, InspectionURL.apiPlans, summary: "新建抽查计划 — create a plan (title, year, districts, categories, checksEndOn, ratios)",
                  tag: "inspection", request: "InspectionPlanInput", success: (201, "InspectionPlan"), problems: [], isPublic: false),
        Operation(.GET, InspectionURL.apiPlan(.key), summary: "抽查计划、冻结的名录库哈希、随机源、抽取与匹配（无需登录）— a plan with its draw, no sign-in",
                  tag: "inspection", request: nil, success: (200, "InspectionPlan"), problems: [], isPublic: true),
        Operation(.POST, InspectionURL.apiFreeze(.key), summary: "冻结名录库并公布随机源；抽取前检查有问题时 409 列出 — freeze the pools, name the sources",
                  tag: "inspection", request: "InspectionFreezeInput", success: (200, "InspectionPlan"), problems: [409], isPublic: false),
        Operation(.PUT, InspectionURL.apiSource(.key, .key), summary: "录入第 n 个随机源的值（只录一次；全部录入后自动抽取）— enter a source's value",
                  tag: "inspection", request: "InspectionSourceInput", success: (200, "InspectionPlan"), problems: [409], isPublic: false),
        Operation(.PUT, InspectionURL.apiRiskTier(.key), summary: "设定企业风险等级（low、medium、medium-high、high）— set an enterprise's risk tier",
                  tag: "inspection", request: "RiskTierInput", success: (200, "RiskTier"), problems: [], isPublic: false),
    ]

    static let inspectionSchemas: JSONValue = [
        "InspectionPlanInput": object([
            ("title", ["type": "string", "minLength": 1, "maxLength": 200]), ("year", ["type": "integer", "minimum": 2000, "maximum": 2100]),
            ("districts", ["type": "array", "items": ["type": "string", "pattern": "^[0-9]{6}$"], "minItems": 1]),
            ("categories", ["type": "array", "items": ["type": "string", "pattern": "^[0-9]{2}-[0-9]{3}$"]]),
            ("checksEndOn", ["type": "string", "format": "date"]),
            ("ratios", ["type": "object", "additionalProperties": ["type": "integer", "minimum": 0, "maximum": 100]]),
        ], required: ["title", "year", "districts", "checksEndOn"]),
        "InspectionFreezeInput": object([
            ("sources", ["type": "array", "items": ["type": "string", "minLength": 1, "maxLength": 200], "minItems": 1, "maxItems": 5]),
        ], required: ["sources"]),
        "InspectionSourceInput": object([("value", ["type": "string", "minLength": 1, "maxLength": 500])], required: ["value"]),
        "RiskTierInput": object([("tier", ["type": "string", "enum": ["low", "medium", "medium-high", "high"]])], required: ["tier"]),
        "RiskTier": object([("creditCode", string), ("tier", string), ("rated", ["type": "boolean"])], required: ["creditCode", "tier", "rated"]),
        "InspectionPlans": ["type": "array", "items": reference("InspectionPlan")],
        "InspectionPlan": object([
            ("identifier", string), ("year", ["type": "integer"]), ("title", string), ("state", ["type": "string", "enum": ["draft", "frozen", "drawn"]]),
            ("districts", ["type": "array", "items": string]), ("categories", ["type": "array", "items": string]), ("checksEndOn", string),
            ("inspectorsPerEnterprise", ["type": "integer"]),
            ("tiers", ["type": "array", "items": object([
                ("tier", string), ("percent", ["type": "integer"]), ("poolSize", ["type": ["integer", "null"]]), ("count", ["type": ["integer", "null"]]),
                ("selected", ["type": ["array", "null"], "items": string]),
            ], required: ["tier", "percent"])]),
            ("frozenOn", ["type": ["string", "null"]]), ("poolsHash", ["type": ["string", "null"]]),
            ("sources", ["type": ["array", "null"], "items": object([("index", ["type": "integer"]), ("name", string), ("value", ["type": ["string", "null"]])], required: ["index", "name"])]),
            ("keyString", ["type": ["string", "null"]]),
            ("matching", ["type": ["array", "null"], "items": object([("enterprise", string), ("district", string), ("inspectors", ["type": "array", "items": string])], required: ["enterprise", "district", "inspectors"])]),
            ("page", string), ("drawFile", ["type": ["string", "null"]]), ("poolsFile", ["type": ["string", "null"]]),
        ], required: ["identifier", "year", "title", "state", "districts", "categories", "checksEndOn", "inspectorsPerEnterprise", "tiers", "page"]),
    ]
}
