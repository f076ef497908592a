import Vapor

extension OpenAPIDocument {
    static let inspectionTaskOperations: [Operation] = [
        Operation(.POST, InspectionTaskURL.apiDispatch(.key), summary: "派发检查任务：每户抽中企业一个案件，检查组为匹配的执法检查人员 — dispatch a drawn plan's tasks",
                  tag: "inspection", request: nil, success: (201, "InspectionTasks"), problems: [409], isPublic: false),
        Operation(.GET, InspectionTaskURL.apiPlanTasks(.key), summary: "计划的检查任务 — a plan's tasks (bureau officers, auditor)",
                  tag: "inspection", request: nil, success: (200, "InspectionTasks"), problems: [], isPublic: false),
        Operation(.GET, InspectionTaskURL.apiResults(.key), summary: "抽查结果公示（无需登录）— a plan's published results, no sign-in",
                  tag: "inspection", request: nil, success: (200, "InspectionResults"), problems: [], isPublic: true),
        Operation(.PUT, InspectionTaskURL.apiInspectorAccount(.key), summary: "关联执法证号与执法检查人员账号 — link a certificate to an inspector's account",
                  tag: "inspection", request: "InspectorAccountInput", success: (200, "InspectorAccount"), problems: [], isPublic: false),
        Operation(.GET, InspectionTaskURL.apiTasks, summary: "我的检查任务 — the signed-in inspector's tasks",
                  tag: "inspection", request: nil, success: (200, "InspectionTasks"), problems: [], isPublic: false),
        Operation(.GET, InspectionTaskURL.apiTask(.key), summary: "检查任务及一企两表 — a task with its two forms",
                  tag: "inspection", request: nil, success: (200, "InspectionTask"), problems: [], isPublic: false),
        Operation(.POST, InspectionTaskURL.apiDeclaration(.key), summary: "出示执法证件并作出廉洁承诺（填表前）— the inspector's declaration (RND-8)",
                  tag: "inspection", request: "InspectionDeclarationInput", success: (200, "InspectionTask"), problems: [409], isPublic: false),
        Operation(.PUT, InspectionTaskURL.apiRecordForm(.key), summary: "提交监督检查表（提交即签名；未答项、选项不符、结论矛盾、缺企业签名 422）— submit the record form",
                  tag: "inspection", request: "InspectionRecordFormInput", success: (200, "InspectionTask"), problems: [409], isPublic: false),
        Operation(.PUT, InspectionTaskURL.apiEquipmentForm(.key), summary: "提交关键生产设备表（照片先记录在 equipment-form 环节）— submit the equipment form",
                  tag: "inspection", request: "InspectionEquipmentFormInput", success: (200, "InspectionTask"), problems: [409], isPublic: false),
        Operation(.POST, InspectionTaskURL.apiSignature(.key, .key), summary: "检查组组员签名（form 为 record 或 equipment，digest 为所读版本）— sign a form's version",
                  tag: "inspection", request: "InspectionSignatureInput", success: (200, "InspectionTask"), problems: [409], isPublic: false),
        Operation(.POST, InspectionTaskURL.apiReport(.key), summary: "上报并公示检查结果（两表须全体签名）— report and publish the result",
                  tag: "inspection", request: nil, success: (200, "InspectionTask"), problems: [409], isPublic: false),
        Operation(.POST, InspectionTaskURL.apiNotChecked(.key), summary: "记录因停产、转产未检查并公示（须说明情况，发现日期不晚于今日）— record not checked (stopped or converted)",
                  tag: "inspection", request: "InspectionNotCheckedInput", success: (200, "InspectionTask"), problems: [409], isPublic: false),
        Operation(.GET, InspectionTaskURL.apiCarriedOver(.key), summary: "上期未检查（停产/转产），本期继续跟进的企业（不进入抽取名录）— enterprises carried over from earlier plans",
                  tag: "inspection", request: nil, success: (200, "CarriedOverEnterprises"), problems: [], isPublic: false),
        Operation(.GET, InspectionTaskURL.apiDashboard, summary: "任务完成率和结果公示率，各区及全市，列出逾期事项 — completion and publication rates",
                  tag: "inspection", request: nil, success: (200, "InspectionRates"), problems: [], isPublic: false,
                  query: [.district]),
    ]

    static let inspectionTaskSchemas: JSONValue = {
        let acknowledgement = object([
            ("refused", ["type": "boolean"]), ("opinion", ["type": "string", "maxLength": 2000]), ("representative", ["type": "string", "maxLength": 100]),
            ("sealed", ["type": "boolean"]), ("refusalNote", ["type": "string", "maxLength": 2000]),
        ], required: [])
        let form = object([
            ("digest", string), ("submittedAt", string), ("final", ["type": "boolean"]), ("unsigned", ["type": "array", "items": string]),
            ("signatures", ["type": "array", "items": object([("certificate", string), ("name", string), ("at", string)], required: ["certificate", "name", "at"])]),
            ("text", string), ("print", string),
        ], required: ["digest", "submittedAt", "final", "unsigned", "signatures", "text", "print"])
        let late = object([("caseNumber", string), ("enterpriseName", string), ("district", string), ("lateness", string), ("due", string)],
                          required: ["caseNumber", "enterpriseName", "district", "lateness", "due"])
        let rates = object([
            ("district", ["type": ["string", "null"]]), ("name", string), ("tasks", ["type": "integer"]), ("checked", ["type": "integer"]),
            ("published", ["type": "integer"]), ("completionRate", ["type": ["integer", "null"]]), ("publicationRate", ["type": ["integer", "null"]]),
            ("late", ["type": "array", "items": late]),
        ], required: ["name", "tasks", "checked", "published", "late"])
        return [
            "CarriedOverEnterprises": ["type": "array", "items": object([
                ("enterpriseName", string), ("creditCode", string), ("district", string), ("fromPlan", string), ("caseNumber", string),
                ("ground", ["type": "string", "enum": ["stopped-production", "converted"]]), ("reason", string), ("foundOn", string),
            ], required: ["enterpriseName", "creditCode", "district", "fromPlan", "caseNumber", "ground", "reason", "foundOn"])],
            "InspectionNotCheckedInput": object([
                ("ground", ["type": "string", "enum": ["stopped-production", "converted"]]), ("reason", ["type": "string", "minLength": 1, "maxLength": 2000]),
                ("foundOn", ["type": "string", "format": "date"]),
            ], required: ["ground", "reason", "foundOn"]),
            "InspectorAccountInput": object([("username", ["type": "string", "minLength": 3, "maxLength": 32])], required: ["username"]),
            "InspectorAccount": object([("certificate", string), ("username", string), ("name", string)], required: ["certificate", "username", "name"]),
            "InspectionDeclarationInput": object([("integrityCommitment", ["type": "boolean"]), ("certificateShown", ["type": "boolean"])],
                                                 required: ["integrityCommitment", "certificateShown"]),
            "InspectionRecordFormInput": object([
                ("items", ["type": "object", "description": "项目编号 1–11 → 作答 / item number → answer",
                           "additionalProperties": object([
                               ("record", ["type": "string", "maxLength": 40]), ("details", ["type": "array", "items": ["type": "string", "maxLength": 40]]),
                               ("conclusion", ["type": "string", "enum": ["conforming", "non-conforming", "not-applicable"]]),
                               ("note", ["type": "string", "maxLength": 500]),
                           ], required: ["record", "conclusion"])]),
                ("other", ["type": "string", "maxLength": 2000]), ("problems", ["type": "string", "maxLength": 2000]),
                ("conclusion", ["type": "string", "enum": ["pass", "fail"]]), ("enterprise", acknowledgement),
            ], required: ["items", "enterprise"]),
            "InspectionEquipmentFormInput": object([
                ("devices", ["type": "array", "minItems": 1, "maxItems": 100, "items": object([
                    ("kind", ["type": "string", "enum": ["production", "inspection"]]), ("name", ["type": "string", "minLength": 1, "maxLength": 100]),
                    ("model", ["type": "string", "maxLength": 100]), ("found", ["type": "string", "minLength": 1, "maxLength": 500]),
                ], required: ["kind", "name", "found"])]),
                ("enterprise", acknowledgement),
            ], required: ["devices", "enterprise"]),
            "InspectionSignatureInput": object([("digest", ["type": "string", "pattern": "^[0-9a-f]{64}$"])], required: ["digest"]),
            "InspectionTasks": ["type": "array", "items": reference("InspectionTask")],
            "InspectionTask": object([
                ("caseNumber", string), ("plan", string), ("creditCode", string), ("enterpriseName", string), ("district", string),
                ("team", ["type": "array", "items": object([("certificate", string), ("username", string), ("name", string), ("declared", ["type": "boolean"])],
                                                           required: ["certificate", "username", "name", "declared"])]),
                ("checksDueOn", string), ("checkedOn", ["type": ["string", "null"]]), ("reportDueOn", ["type": ["string", "null"]]),
                ("recordForm", ["oneOf": [form, ["type": "null"]]]), ("equipmentForm", ["oneOf": [form, ["type": "null"]]]),
                ("conclusion", ["type": ["string", "null"]]),
                ("report", ["oneOf": [object([("conclusion", string), ("problems", string), ("publishedOn", string)], required: ["conclusion", "problems", "publishedOn"]),
                                      ["type": "null"]]]),
                ("page", string),
            ], required: ["caseNumber", "plan", "creditCode", "enterpriseName", "district", "team", "checksDueOn", "page"]),
            "InspectionResults": ["type": "array", "items": object([
                ("enterpriseName", string), ("creditCode", string), ("district", string), ("checkedOn", ["type": ["string", "null"]]), ("publishedOn", string),
                ("conclusion", ["type": "string", "enum": ["pass", "fail", "not-checked"]]), ("problems", string),
            ], required: ["enterpriseName", "creditCode", "district", "publishedOn", "conclusion", "problems"])],
            "InspectionRates": object([("city", rates), ("districts", ["type": "array", "items": rates])], required: ["city", "districts"]),
        ]
    }()
}
