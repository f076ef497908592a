import Vapor

extension OpenAPIDocument {
    static let creditOperations: [Operation] = [
        Operation(.GET, CreditURL.apiBlacklist, summary: "质量信用黑名单（列入期内，无需登录）— the blacklist in force, no sign-in",
                  tag: "credit", request: nil, success: (200, "BlacklistEntries"), problems: [], isPublic: true),
        Operation(.POST, CreditURL.apiBlacklist, summary: "列入黑名单（creditCode、reason、basis、until 可选）— list an enterprise",
                  tag: "credit", request: "BlacklistInput", success: (201, "BlacklistEntry"), problems: [409], isPublic: false),
        Operation(.POST, CreditURL.apiRemoval(.key), summary: "移出黑名单（reason）— remove a listing", tag: "credit",
                  request: "BlacklistRemoval", success: (200, "BlacklistEntry"), problems: [409], isPublic: false),
    ]

    static let creditSchemas: JSONValue = [
        "BlacklistInput": object([
            ("creditCode", ["type": "string", "maxLength": 18]), ("reason", ["type": "string", "minLength": 1, "maxLength": 500]),
            ("basis", ["type": "string", "minLength": 1, "maxLength": 500]), ("until", ["type": ["string", "null"], "format": "date"]),
        ], required: ["creditCode", "reason", "basis"]),
        "BlacklistEntries": ["type": "array", "items": reference("BlacklistEntry")],
        "BlacklistRemoval": object([("reason", ["type": "string", "minLength": 1, "maxLength": 500])], required: ["reason"]),
        "BlacklistEntry": object([
            ("id", string), ("creditCode", string), ("name", string), ("reason", string), ("basis", string), ("listedOn", string),
            ("until", ["type": ["string", "null"]]), ("inForce", ["type": "boolean"]), ("removedOn", ["type": ["string", "null"]]), ("removalReason", ["type": ["string", "null"]]),
        ], required: ["id", "creditCode", "name", "reason", "basis", "listedOn", "inForce"]),
    ]
}
