import Vapor

extension OpenAPIDocument {
    static let licensingOperations: [Operation] = [
        Operation(.POST, LicensingURL.applications, summary: "企业在线申请（草稿，返回尚缺事项）— an enterprise starts an application; the problems list what is missing",
                  tag: "applications", request: "ApplicationInput", success: (201, "Application"), problems: [422], isPublic: false,
                  headers: [idempotencyKey]),
        Operation(.GET, LicensingURL.application(.key), summary: "申请及其状态 — an application and where it stands", tag: "applications",
                  request: nil, success: (200, "Application"), problems: [], isPublic: false),
        Operation(.PUT, LicensingURL.application(.key), summary: "修改草稿或补正 — change the draft, or answer a correction", tag: "applications",
                  request: "ApplicationInput", success: (200, "Application"), problems: [409], isPublic: false),
    ] + ApplicationStep.allCases.map { step in
        Operation(.POST, LicensingURL.step(.key, step), summary: step.summary, tag: "applications",
                  request: step == .submit || step == .accept ? nil : "ApplicationDecision", success: (200, "Application"), problems: [409],
                  isPublic: false)
    } + [
        Operation(.POST, LicensingURL.attachments(.key), summary: "上传营业执照或其他材料（已完成的上传）— attach the business licence or other material from a finished upload",
                  tag: "applications", request: "AttachmentInput", success: (201, "Application"), problems: [409], isPublic: false),
        Operation(.GET, LicensingURL.attachment(.key, index: .key), summary: "附件原件 — an attachment's original", tag: "applications",
                  request: nil, success: (200, nil), problems: [], isPublic: false),
        Operation(.POST, LicensingURL.apiPaperRequest(.key), summary: "申请纸质证书（持证企业；delivery 为 mail 或 pickup）— the holder asks for a paper copy",
                  tag: "certificates", request: "PaperRequestInput", success: (201, "PaperRequest"), problems: [409], isPublic: false),
        Operation(.GET, LicensingURL.apiPaperRequests, summary: "待发放的纸质证书 — paper copies waiting", tag: "certificates",
                  request: nil, success: (200, "PaperRequests"), problems: [], isPublic: false),
        Operation(.POST, LicensingURL.apiHandOver(.key), summary: "记录纸质证书已寄出或领取（note）— record the handover", tag: "certificates",
                  request: "HandOverInput", success: (200, "PaperRequest"), problems: [409], isPublic: false),
        Operation(.GET, LicensingURL.apiCertificate(.key), summary: "证书及其当前状态（无需登录）— a certificate and its live status, no sign-in",
                  tag: "certificates", request: nil, success: (200, "Certificate"), problems: [], isPublic: true),
        Operation(.POST, ExitURL.exits, summary: "立案退出：撤回、撤销、吊销或注销（kind、certificate、ground）— open an exit procedure",
                  tag: "exits", request: "ExitInput", success: (201, "Exit"), problems: [409], isPublic: false),
        Operation(.GET, ExitURL.exit(.key), summary: "退出程序及其所处步骤 — an exit procedure and its step", tag: "exits",
                  request: nil, success: (200, "Exit"), problems: [], isPublic: false),
    ] + ExitStep.allCases.map { step in
        Operation(.POST, ExitURL.step(.key, step), summary: "退出步骤：\(step.rawValue)（text 为本步文书）— exit step, its document in text",
                  tag: "exits", request: "ExitStepInput", success: (200, "Exit"), problems: [409], isPublic: false)
    } + [
        Operation(.POST, LicensingURL.apiVerify, summary: "核验签名证书文件（请求体为 .note 文件内容，无需登录）— check a signed certificate file, sent as the body",
                  tag: "certificates", request: nil, success: (200, "CertificateVerification"), problems: [422], isPublic: true, rawBody: "text/plain"),
        Operation(.GET, LicensingURL.reminders, summary: "证书到期提醒（企业看本企业，机关看所辖）— certificates to renew, for their holder and the bureau",
                  tag: "certificates", request: nil, success: (200, "RenewalReminders"), problems: [], isPublic: false),
        Operation(.GET, LicensingURL.publicKey, summary: "证书签名验证公钥（C2SP note verifier key）— the key that checks certificate files",
                  tag: "certificates", request: nil, success: (200, nil), problems: [], isPublic: true),
    ]

    private static let nullableText: JSONValue = ["type": ["string", "null"]]
    private static let paperRequest = object([
        ("id", string), ("certificate", string), ("version", ["type": "integer"]), ("holder", string), ("delivery", string), ("address", string),
        ("requestedAt", ["type": "string", "format": "date-time"]), ("handedAt", ["type": ["string", "null"], "format": "date-time"]),
        ("handoverNote", nullableText), ("summary", string),
    ], required: ["id", "certificate", "version", "holder", "delivery", "address", "requestedAt", "summary"])
    /// A retried creation with the same key returns the first one's application.
    private static let idempotencyKey = QueryParameter.text("Idempotency-Key", maxLength: 255)

    static let licensingSchemas: JSONValue = [
        // A draft may be sent half-filled: every field may be absent or null.
        "ApplicationInput": object([
            ("units", ["type": ["array", "null"], "items": string]), ("productionAddress", nullableText), ("contactPerson", nullableText),
            ("contactPhone", nullableText), ("commitmentSignatory", nullableText),
            ("reports", ["type": ["array", "null"], "items": reference("TestReport")]),
            ("renews", nullableText), ("conditionsUnchanged", ["type": ["boolean", "null"]]), ("noViolationProof", nullableText),
            ("change", nullableText), ("changeCertificate", nullableText), ("changedOn", nullableText), ("newName", nullableText),
            ("newResidence", nullableText),
        ], required: []),
        "TestReport": object([
            ("unit", nullableText), ("kind", ["type": "string", "enum": ["type-test", "supervision"]]), ("number", nullableText),
            ("laboratory", nullableText), ("issuedOn", ["type": ["string", "null"], "format": "date"]), ("passed", ["type": ["boolean", "null"]]),
            ("items", ["type": ["array", "null"], "items": ["type": "string", "maxLength": 60], "maxItems": 60]),
        ], required: []),
        "AttachmentInput": object([
            ("kind", ["type": "string", "enum": ["business-licence", "other"]]), ("upload", ["type": "string", "minLength": 1]),
            ("label", ["type": ["string", "null"], "maxLength": 100]),
        ], required: ["kind", "upload"]),
        "ApplicationDecision": object([("reason", nullableText), ("items", nullableText), ("agency", nullableText)], required: []),
        "Application": object([
            ("number", string), ("status", string), ("statusName", string), ("applicant", string), ("applicantName", string),
            ("units", ["type": "array", "items": string]), ("productionAddress", string), ("contactPerson", string), ("contactPhone", string),
            ("commitmentSignatory", nullableText), ("reports", ["type": "array", "items": reference("TestReport")]),
            ("responsibleOfficer", nullableText), ("correction", nullableText), ("refusalReason", nullableText),
            ("problems", ["type": "array", "items": object([("code", string), ("message", string)], required: ["code", "message"])]),
            ("certificate", nullableText), ("onSiteReview", nullableText), ("renews", nullableText),
            ("change", nullableText), ("lateChange", ["type": "boolean"]), ("blacklisted", ["type": ["boolean", "null"]]),
            ("attachments", ["type": "array", "items": object([
                ("kind", string), ("label", string), ("sha256", string), ("mediaType", string), ("size", ["type": "integer"]), ("href", string),
            ], required: ["kind", "sha256", "mediaType", "size", "href"])]),
        ], required: ["number", "status", "applicant", "units", "problems"]),
        "RenewalReminders": ["type": "array", "items": object([
            ("certificate", string), ("holder", string), ("creditCode", string), ("validUntil", string), ("applyFrom", string),
            ("reducedPathBy", string), ("stage", ["type": "string", "enum": ["due", "reduced-path-closed", "expired"]]), ("message", string),
        ], required: ["certificate", "holder", "creditCode", "validUntil", "applyFrom", "reducedPathBy", "stage", "message"])],
        "PaperRequestInput": object([
            ("delivery", ["type": "string", "enum": ["mail", "pickup"]]), ("address", ["type": ["string", "null"], "maxLength": 200]),
        ], required: ["delivery"]),
        "HandOverInput": object([("note", ["type": "string", "minLength": 1, "maxLength": 200])], required: ["note"]),
        "PaperRequest": paperRequest,
        "PaperRequests": ["type": "array", "items": paperRequest],
        "CertificateVerification": object([
            ("verified", ["type": "boolean"]), ("current", ["type": "boolean"]), ("number", nullableText),
            ("version", ["type": ["integer", "null"]]), ("status", nullableText), ("message", string),
        ], required: ["verified", "current", "message"]),
        "ExitInput": object([
            ("kind", ["type": "string", "enum": ["withdrawal", "revocation", "penalty-revocation", "cancellation"]]), ("certificate", string),
            ("ground", string),
        ], required: ["kind", "certificate", "ground"]),
        "ExitStepInput": object([("text", nullableText), ("hearing", ["type": ["boolean", "null"]])], required: []),
        "Exit": object([("number", string), ("certificate", string), ("kind", string), ("ground", string), ("status", string)],
                       required: ["number", "certificate", "kind", "ground", "status"]),
        "Certificate": object([
            ("number", string), ("identifier", string), ("version", ["type": "integer"]),
            ("status", ["type": "string", "enum": ["valid", "expired", "suspended", "revoked", "cancelled", "merged"]]), ("statusName", string),
            ("holder", string), ("creditCode", string), ("residence", string), ("productionAddress", string),
            ("products", ["type": "array", "items": string]), ("issuedOn", string), ("validUntil", string), ("issuer", string),
            ("blacklisted", ["type": "boolean"]),
        ], required: ["number", "identifier", "version", "status", "holder", "creditCode", "products", "issuedOn", "validUntil", "issuer", "blacklisted"]),
    ]
}

extension ApplicationStep {
    var summary: String {
        switch self {
        case .submit: "提交（尚缺事项时 409 逐项列出）— submit; 409 lists every missing or invalid item"
        case .accept: "受理 — accept"
        case .refuseAcceptance: "不予受理（reason）— refuse acceptance"
        case .requestCorrection: "一次性告知补正（items），计时中止 — ask once for all corrections; the clock stops"
        case .grant: "准予许可：生成电子证书并开启证后现场审查（agency 可选）— grant: issue the e-certificate, open the on-site review"
        case .refuse: "不予许可（reason）— refuse"
        }
    }
}
