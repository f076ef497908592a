import PermitCore
import PermitLedger
import PermitStore
import Vapor

extension QueryParameters {
    /// A leaf hash in standard base64 or hex, exactly 32 bytes.
    mutating func hash(_ name: String) -> Hash? {
        guard let text = text(name) else { return nil }
        guard let hash = (try? Hash(base64: text)) ?? (try? Hash(hex: text)) else {
            refuse(name, .invalidFormat)
            return nil
        }
        return hash
    }
}

extension Problem {
    init(_ refusal: LedgerQueryError) {
        switch refusal {
        case .sizeBeyondTree(let size, let treeSize):
            self.init(kind: .invalidInput, detail: .problemLedgerSizeBeyondTree,
                      arguments: ["size": String(size), "treeSize": String(treeSize)],
                      issues: [FieldIssue(field: "size", problem: .notAllowed)])
        case .indexOutOfRange(let index, let size):
            self.init(kind: .invalidInput, detail: .problemLedgerIndexOutOfRange,
                      arguments: ["index": String(index), "size": String(size)],
                      issues: [FieldIssue(field: "index", problem: .notAllowed)])
        case .unknownLeafHash:
            self.init(kind: .notFound, detail: .problemLedgerUnknownLeaf)
        case .invalidLeafHash:
            self.init(kind: .invalidInput, detail: .problemInvalidInputDetail,
                      issues: [FieldIssue(field: "leafHash", problem: .invalidFormat)])
        case .invalidSizes(let size1, let size2):
            self.init(kind: .invalidInput, detail: .problemLedgerInvalidSizes,
                      arguments: ["size1": String(size1), "size2": String(size2)],
                      issues: [FieldIssue(field: "size1", problem: .notAllowed)])
        case .noSuchTile(let path):
            self.init(kind: .notFound, detail: .problemLedgerNoSuchTile, arguments: ["path": path])
        }
    }
}
