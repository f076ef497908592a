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

extension LedgerQueryError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .sizeBeyondTree(let size, let treeSize):
            Problem(kind: .invalidInput, detail: Phrase.problemLedgerSizeBeyondTree(size: size, treeSize: treeSize),
                    issues: [FieldIssue(field: "size", problem: .notAllowed)])
        case .indexOutOfRange(let index, let size):
            Problem(kind: .invalidInput, detail: Phrase.problemLedgerIndexOutOfRange(index: index, size: size),
                    issues: [FieldIssue(field: "index", problem: .notAllowed)])
        case .unknownLeafHash:
            Problem(kind: .notFound, detail: .problemLedgerUnknownLeaf)
        case .invalidLeafHash:
            Problem(kind: .invalidInput, detail: .problemInvalidInputDetail,
                    issues: [FieldIssue(field: "leafHash", problem: .invalidFormat)])
        case .invalidSizes(let size1, let size2):
            Problem(kind: .invalidInput, detail: Phrase.problemLedgerInvalidSizes(size1: size1, size2: size2),
                    issues: [FieldIssue(field: "size1", problem: .notAllowed)])
        case .noSuchTile(let path):
            Problem(kind: .notFound, detail: Phrase.problemLedgerNoSuchTile(path: path))
        }
    }
}
