import Vapor

extension OpenAPIDocument {
    /// The ledger: public checkpoint, key and proofs; entries for officials.
    static let ledgerOperations: [Operation] = [
        Operation(.GET, LedgerURL.api(.checkpoint), summary: "最新签名检查点 — latest signed checkpoint", tag: "ledger",
                  request: nil, success: (200, "Checkpoint"), problems: [], isPublic: true),
        Operation(.GET, LedgerURL.api(.publicKey), summary: "检查点公钥 — checkpoint verifier key", tag: "ledger",
                  request: nil, success: (200, "PublicKey"), problems: [], isPublic: true),
        Operation(.GET, LedgerURL.api(.inclusionProof),
                  summary: "包含证明（?index= 或 ?leafHash=，可选 &size=）— inclusion proof", tag: "ledger",
                  request: nil, success: (200, "InclusionProof"), problems: [404, 422], isPublic: true,
                  query: [.integer("index"), .text("leafHash", pattern: "^([A-Za-z0-9+/]{43}=|[0-9A-Fa-f]{64})$"), .integer("size")]),
        Operation(.GET, LedgerURL.api(.consistencyProof),
                  summary: "一致性证明（?size1=，可选 &size2=）— consistency proof", tag: "ledger",
                  request: nil, success: (200, "ConsistencyProof"), problems: [422], isPublic: true,
                  query: [.integer("size1", minimum: 1, required: true), .integer("size2", minimum: 1)]),
        Operation(.GET, LedgerURL.api(.entries), summary: "账本记录（?start=&count=，至多 1000）— ledger entries", tag: "ledger",
                  request: nil, success: (200, "EntryList"), problems: [401, 403, 422], isPublic: false,
                  query: [.integer("start"), .integer("count", maximum: 1000)]),
    ]

    static let ledgerSchemas: JSONValue = [
        "Checkpoint": object([("origin", string), ("size", ["type": "integer"]), ("root", string), ("note", string)],
                             required: ["origin", "size", "root", "note"]),
        "PublicKey": object([("origin", string), ("verifierKey", string)], required: ["origin", "verifierKey"]),
        "InclusionProof": object([("leafIdx", ["type": "integer"]), ("treeSize", ["type": "integer"]), ("root", string),
                                  ("leafHash", string), ("proof", ["type": "array", "items": string])],
                                 required: ["leafIdx", "treeSize", "root", "leafHash", "proof"]),
        "ConsistencyProof": object([("size1", ["type": "integer"]), ("size2", ["type": "integer"]), ("root1", string),
                                    ("root2", string), ("proof", ["type": "array", "items": string])],
                                   required: ["size1", "size2", "root1", "root2", "proof"]),
        "EntryList": ["type": "array", "items": object([
            ("index", ["type": "integer"]), ("leafHash", string), ("eventType", string), ("actor", string),
            ("subjectKind", string), ("subjectID", string), ("time", ["type": "string", "format": "date-time"]),
            ("fields", ["type": "object", "additionalProperties": string]), ("evidence", ["type": "array", "items": string]),
            ("entry", string),
        ], required: ["index", "leafHash", "eventType", "actor", "subjectKind", "subjectID", "time", "fields", "evidence", "entry"])],
    ]
}
