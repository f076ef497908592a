import Vapor

extension OpenAPIDocument {
    // tus answers a request without `Tus-Resumable: 1.0.0` with 412 before
    // reading any other header, so the schema leaves every header's value
    // open; a malformed one is a 400 problem naming it.
    private static let resumable = QueryParameter.text("Tus-Resumable")

    static let evidenceOperations: [Operation] = [
        Operation(.OPTIONS, EvidenceURL.uploads, summary: "tus 能力 — tus capabilities (version, extensions, size limit, checksums)",
                  tag: "uploads", request: nil, success: (204, nil), problems: [], isPublic: false),
        Operation(.POST, EvidenceURL.uploads, summary: "创建上传（tus creation）— create an upload", tag: "uploads",
                  request: nil, success: (201, nil), problems: [412, 413], isPublic: false, headers: [
                      resumable, .text("Upload-Length"), .text("Upload-Metadata"),
                  ]),
        Operation(.HEAD, EvidenceURL.upload(.key), summary: "已确认的续传位置 — the acknowledged offset", tag: "uploads",
                  request: nil, success: (200, nil), problems: [412], isPublic: false, headers: [resumable]),
        Operation(.PATCH, EvidenceURL.upload(.key), summary: "续传数据（tus core, checksum）— append bytes at the offset",
                  tag: "uploads", request: nil, success: (204, nil), problems: [409, 412, 460], isPublic: false,
                  rawBody: TusProtocol.offsetContentType, headers: [
                      resumable, .text("Upload-Offset"), .text("Upload-Checksum"),
                  ], bodyRequired: false),
        Operation(.DELETE, EvidenceURL.upload(.key), summary: "放弃未完成的上传（已完成的不可删除）— abandon an unfinished upload",
                  tag: "uploads", request: nil, success: (204, nil), problems: [409, 412], isPublic: false, headers: [resumable]),
        Operation(.GET, EvidenceURL.upload(.key), summary: "上传进度与摘要 — an upload's progress and digest", tag: "uploads",
                  request: nil, success: (200, "Upload"), problems: [], isPublic: false),
        Operation(.GET, EvidenceURL.record(.key), summary: "一条记录及其读取的信息（查看记入账本）— a record and what was read from it; the view is logged",
                  tag: "records", request: nil, success: (200, "CaseRecord"), problems: [], isPublic: false),
        Operation(.GET, EvidenceURL.content(.key), summary: "下载原始记录（下载记入账本）— download the original; the download is logged",
                  tag: "records", request: nil, success: (200, nil), problems: [], isPublic: false),
        Operation(.POST, EvidenceURL.review(.key), summary: "审查机构审核音像记录：认可或退回（须说明原因）— the review agency approves or returns a photo or video",
                  tag: "records", request: "RecordReviewInput", success: (201, "RecordReview"), problems: [409], isPublic: false),
        Operation(.PUT, EvidenceURL.onSiteCheck(.key),
                  summary: "现场核查起止时间与必备关键设备（以最新为准，历次记入账本）— state the on-site check's times and key devices; the latest stands",
                  tag: "cases", request: "OnSiteCheckInput", success: (200, "OnSiteCheck"), problems: [409], isPublic: false),
        Operation(.POST, EvidenceURL.statements(.key),
                  summary: "标注应说明事项在视频中的时间（秒）— mark where in a video a required statement is said (seconds)",
                  tag: "records", request: "StatementTickInput", success: (201, "StatementTick"), problems: [409], isPublic: false),
    ]

    private static let dateTime: JSONValue = ["type": "string", "format": "date-time"]
    private static let device: JSONValue = object([
        ("name", ["type": "string", "minLength": 1, "maxLength": 100]), ("area", ["type": "string", "enum": ["production", "inspection"]]),
        ("hasMetrologyLabel", ["type": ["boolean", "null"]]),
    ], required: ["name", "area"])

    static let evidenceSchemas: JSONValue = [
        "OnSiteCheckInput": object([
            ("startedAt", dateTime), ("endedAt", ["type": ["string", "null"], "format": "date-time"]),
            ("devices", ["type": ["array", "null"], "items": device, "maxItems": 200]),
        ], required: ["startedAt"]),
        "OnSiteCheck": object([
            ("startedAt", dateTime), ("endedAt", ["type": ["string", "null"], "format": "date-time"]),
            ("devices", ["type": "array", "items": device]), ("recordingsDue", ["type": ["string", "null"], "format": "date-time"]),
        ], required: ["startedAt", "devices"]),
        "StatementTickInput": object([
            ("item", ["type": ["string", "null"]]), ("offset", ["type": ["integer", "null"], "minimum": 0]),
        ], required: ["item", "offset"]),
        "StatementTick": object([("record", string), ("item", string), ("offset", ["type": "integer"])], required: ["record", "item", "offset"]),
        "RecordReviewInput": object([
            ("decision", ["type": "string", "enum": ["approved", "returned"]]), ("reason", ["type": "string", "maxLength": 500]),
        ], required: ["decision"]),
        "RecordReview": object([
            ("decision", ["type": "string", "enum": ["approved", "returned"]]), ("reason", ["type": ["string", "null"]]),
            ("reviewer", string), ("reviewedAt", ["type": "string", "format": "date-time"]),
        ], required: ["decision", "reviewer", "reviewedAt"]),
        "Upload": object([
            ("id", string), ("length", ["type": "integer"]), ("offset", ["type": "integer"]), ("complete", ["type": "boolean"]),
            ("sha256", ["type": ["string", "null"]]), ("fileName", ["type": ["string", "null"]]),
        ], required: ["id", "length", "offset", "complete"]),
    ]
}
