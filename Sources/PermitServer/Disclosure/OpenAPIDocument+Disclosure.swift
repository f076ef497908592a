import Vapor

extension OpenAPIDocument {
    static let disclosureOperations: [Operation] = [
        Operation(.GET, DisclosureURL.api, summary: "网站公示（无需登录）— published outcomes, no sign-in", tag: "disclosures",
                  request: nil, success: (200, "DisclosureList"), problems: [], isPublic: true),
        Operation(.POST, DisclosureURL.approve(.key, node: .key),
                  summary: "批准公示已完成节点的结果（仅局机关人员）— approve publishing a settled node's outcome (officers only)",
                  tag: "disclosures", request: nil, success: (201, "DisclosureApproval"), problems: [409], isPublic: false),
    ]

    static let disclosureSchemas: JSONValue = [
        "Disclosure": object([
            ("caseNumber", string), ("process", string), ("node", string), ("nodeName", string), ("subject", string),
            ("creditCode", string), ("publishedAt", ["type": "string", "format": "date-time"]), ("texts", ["type": "array", "items": string]),
        ], required: ["caseNumber", "process", "node", "nodeName", "subject", "creditCode", "publishedAt", "texts"]),
        "DisclosureList": ["type": "array", "items": reference("Disclosure")],
        "DisclosureApproval": object([
            ("caseNumber", string), ("node", string), ("approvedBy", string), ("approvedAt", ["type": "string", "format": "date-time"]),
        ], required: ["caseNumber", "node", "approvedBy", "approvedAt"]),
    ]
}
