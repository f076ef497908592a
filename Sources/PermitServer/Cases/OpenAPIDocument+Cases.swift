import PermitCore
import Vapor

extension OpenAPIDocument {
    private static let changes = [400, 401, 403, 404, 409, 415, 422]

    static let caseOperations: [Operation] = [
        Operation(.GET, CaseURL.api(.cases), summary: "可见的在办案件 — active cases you can see", tag: "cases",
                  request: nil, success: (200, "CaseList"), problems: [], isPublic: false),
        Operation(.POST, CaseURL.api(.cases), summary: "立案 — open a case (一案一号)", tag: "cases",
                  request: "NewCase", success: (201, "Case"), problems: [400, 401, 403, 409, 415, 422], isPublic: false),
        Operation(.GET, CaseURL.api(.case(.key)), summary: "案件及其节点 — a case and its nodes", tag: "cases",
                  request: nil, success: (200, "Case"), problems: [], isPublic: false),
        Operation(.POST, CaseURL.api(.records(.key, node: .key)), summary: "添加记录：文字，或已完成的上传（照片、视频、扫描件）— add a text, or record a finished upload",
                  tag: "cases", request: "RecordInput", success: (201, "CaseRecord"), problems: changes, isPublic: false),
        Operation(.POST, CaseURL.api(.exemptions(.key, node: .key)),
                  summary: "不使用音像记录的书面说明 — record a written statement instead of recording (REC-8)", tag: "cases",
                  request: "ExemptionInput", success: (201, "Case"), problems: changes, isPublic: false),
        Operation(.POST, CaseURL.api(.notApplicable(.key, node: .key)), summary: "节点不适用（如有）— not applicable",
                  tag: "cases", request: "Reason", success: (200, "Case"), problems: changes, isPublic: false),
        Operation(.POST, CaseURL.api(.complete(.key, node: .key)),
                  summary: "完成节点（缺记录时 409 并列出所缺）— complete a node; 409 lists what is missing", tag: "cases",
                  request: nil, success: (200, "Case"), problems: [401, 403, 404, 409], isPublic: false),
        Operation(.POST, CaseURL.api(.pauseClock(.key)), summary: "补正，暂停计时 — stop the clock for a correction",
                  tag: "cases", request: "Reason", success: (200, "Case"), problems: changes, isPublic: false),
        Operation(.POST, CaseURL.api(.resumeClock(.key)), summary: "恢复计时 — restart the clock", tag: "cases",
                  request: nil, success: (200, "Case"), problems: [401, 403, 404, 409], isPublic: false),
        Operation(.GET, CaseURL.api(.worklist), summary: "我的待办（按期限）— my worklist, earliest deadline first",
                  tag: "cases", request: nil, success: (200, "Worklist"), problems: [], isPublic: false),
        Operation(.GET, CaseURL.api(.processes), summary: "流程定义（当前版本）— process definitions", tag: "processes",
                  request: nil, success: (200, "ProcessList"), problems: [], isPublic: true),
        Operation(.GET, CaseURL.api(.process(.key)), summary: "一个流程（可选 ?version=）— one process", tag: "processes",
                  request: nil, success: (200, "Process"), problems: [422], isPublic: true, query: [.version]),
        Operation(.POST, CaseURL.api(.versions(.key)), summary: "发布流程新版本 — publish a new version",
                  tag: "processes", request: "ProcessDefinition", success: (201, "Process"), problems: changes, isPublic: false),
        Operation(.GET, CaseURL.api(.agencies), summary: "检验检测机构 — testing agencies", tag: "agencies",
                  request: nil, success: (200, "AgencyList"), problems: [], isPublic: false),
        Operation(.POST, CaseURL.api(.agencies), summary: "登记检验检测机构 — register a testing agency", tag: "agencies",
                  request: "NewAgency", success: (201, "Agency"), problems: [400, 401, 403, 409, 415, 422], isPublic: false),
    ]

    private static let nullableString: JSONValue = ["type": ["string", "null"]]
    private static let nullableInteger: JSONValue = ["type": ["integer", "null"]]
    private static let dateTime: JSONValue = ["type": "string", "format": "date-time"]
    private static let bool: JSONValue = ["type": "boolean"]
    private static let strings: JSONValue = ["type": "array", "items": string]
    private static let creditCode: JSONValue = ["type": "string", "pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$"]

    static let caseSchemas: JSONValue = [
        "NewCase": object([
            ("process", string), ("subject", creditCode), ("team", strings), ("agency", creditCode),
        ], required: ["process", "subject"]),
        "RecordInput": object([
            ("kind", ["type": "string", "enum": ["text", "photo", "video", "scan"]]), ("text", ["type": "string", "minLength": 1]),
            ("upload", ["type": "string", "minLength": 1]), ("label", string), ("supersedes", ["type": "string", "format": "uuid"]),
            ("subject", ["type": "string", "enum": .array(PhotoSubject.allCases.map { .string($0.rawValue) })]), ("device", string),
            ("form", ["type": "string", "enum": .array(TextForm.allCases.map { .string($0.rawValue) })]),
            ("fields", ["type": "object", "additionalProperties": ["type": "string"]]),
        ], required: []),
        "ExemptionInput": object([
            ("ground", ["type": "string", "enum": ["secrecy_or_privacy", "emergency", "safety_or_failure"]]),
            ("statement", ["type": "string", "minLength": 1]),
        ], required: ["ground", "statement"]),
        "Reason": object([("reason", ["type": "string", "minLength": 1])], required: ["reason"]),
        "CaseRecord": object([
            ("id", string), ("node", string), ("kind", string), ("label", string), ("text", nullableString), ("sha256", nullableString),
            ("supersedes", nullableString), ("superseded", bool), ("recordedAt", dateTime), ("recordedBy", string),
            ("size", nullableInteger), ("mediaType", nullableString), ("width", nullableInteger), ("height", nullableInteger),
            ("durationSeconds", ["type": ["number", "null"]]), ("capturedAt", ["type": ["string", "null"], "format": "date-time"]),
            ("latitude", ["type": ["number", "null"]]), ("longitude", ["type": ["number", "null"]]), ("fileName", nullableString),
            ("problems", ["type": ["array", "null"], "items": ["type": "string"]]), ("subject", nullableString), ("device", nullableString),
            ("review", ["oneOf": [reference("RecordReview"), ["type": "null"]]]), ("form", nullableString),
        ], required: ["id", "node", "kind", "label", "superseded", "recordedAt", "recordedBy"]),
        "CaseNode": object([
            ("id", string), ("name", string), ("stage", string),
            ("status", ["type": "string", "enum": ["open", "complete", "exempted", "not_applicable"]]),
            ("forms", strings), ("missing", strings), ("due", nullableString), ("overdue", bool), ("paused", bool),
            ("whereApplicable", bool), ("disclosed", bool), ("ready", bool), ("exemption", ["type": ["object", "null"]]),
            ("notApplicableReason", nullableString), ("settledAt", ["type": ["string", "null"], "format": "date-time"]),
            ("settledBy", nullableString), ("records", ["type": "array", "items": reference("CaseRecord")]),
            ("evidenceProblems", ["type": "array", "items": object([("code", string), ("message", string)], required: ["code", "message"])]),
        ], required: [
            "id", "name", "stage", "status", "forms", "missing", "overdue", "paused", "whereApplicable", "disclosed", "ready", "records",
            "evidenceProblems",
        ]),
        "Case": object([
            ("number", string), ("process", string), ("processVersion", ["type": "integer"]), ("processName", string),
            ("subject", object([("kind", string), ("creditCode", string), ("name", string)], required: ["kind", "creditCode", "name"])),
            ("district", nullableString), ("agency", nullableString), ("status", ["type": "string", "enum": ["open", "closed"]]),
            ("openedAt", dateTime), ("openedBy", string), ("closedAt", ["type": ["string", "null"], "format": "date-time"]),
            ("filingDue", nullableString), ("clockPaused", bool), ("pauses", ["type": "array", "items": ["type": "object"]]),
            ("team", ["type": "array", "items": ["type": "object"]]), ("nodes", ["type": "array", "items": reference("CaseNode")]),
        ], required: ["number", "process", "processVersion", "processName", "subject", "status", "openedAt", "openedBy", "clockPaused", "pauses", "team", "nodes"]),
        "CaseList": ["type": "array", "items": reference("Case")],
        "WorkItem": object([
            ("caseNumber", string), ("process", string), ("subject", string), ("task", string), ("name", string),
            ("due", nullableString), ("dueAt", ["type": ["string", "null"], "format": "date-time"]),
            ("nodes", ["type": ["array", "null"], "items": string]), ("paused", bool), ("overdue", bool),
        ], required: ["caseNumber", "process", "subject", "task", "name", "paused", "overdue"]),
        "Worklist": ["type": "array", "items": reference("WorkItem")],
        "Process": object([
            ("id", string), ("version", ["type": "integer"]), ("name", string), ("caseKind", string), ("subject", string),
            ("filing", nullableString), ("nodes", ["type": "array", "items": ["type": "object"]]),
        ], required: ["id", "version", "name", "caseKind", "subject", "nodes"]),
        "ProcessList": ["type": "array", "items": reference("Process")],
        // As `GET …/processes/{id}` would not give it: the definition itself,
        // with names in both languages and record requirements as lists of forms.
        "ProcessDefinition": object([
            ("id", string), ("version", ["type": "integer", "minimum": 1]),
            ("name", object([("zhHans", string), ("en", string)], required: ["zhHans", "en"])),
            ("caseKind", string), ("subject", ["type": "string", "enum": ["enterprise", "testingAgency"]]),
            ("nodes", ["type": "array", "items": ["type": "object"]]), ("filing", ["type": ["object", "null"]]),
        ], required: ["id", "version", "name", "caseKind", "subject", "nodes"]),
        "Agency": object([("id", string), ("creditCode", string), ("name", string), ("district", nullableString)],
                         required: ["id", "creditCode", "name"]),
        "AgencyList": ["type": "array", "items": reference("Agency")],
        "NewAgency": object([("creditCode", creditCode), ("name", ["type": "string", "minLength": 1]),
                             // Absent, null or empty: an agency of no district (the city bureau's).
                             ("district", ["type": ["string", "null"], "pattern": "^([0-9]{6})?$"])], required: ["creditCode", "name"]),
    ]
}
