import PermitCore
import PermitLedger
import PermitStore
import Vapor

/// Reads and checks the numbers and hashes of ledger requests, naming every
/// bad parameter at once, before anything is looked up.
struct LedgerQuery {
    private let request: Request
    private var issues: [FieldIssue] = []

    init(_ request: Request) {
        self.request = request
    }

    /// An optional non-negative integer query parameter.
    mutating func number(_ name: String) -> UInt64? {
        guard let text = request.query[String.self, at: name] else { return nil }
        guard let value = UInt64(text), String(value) == text else {
            issues.append(FieldIssue(field: name, problem: .wrongType(expected: "integer")))
            return nil
        }
        return value
    }

    mutating func requiredNumber(_ name: String) -> UInt64 {
        if request.query[String.self, at: name] == nil { issues.append(FieldIssue(field: name, problem: .missing)) }
        return number(name) ?? 0
    }

    /// A leaf hash in standard base64 or hex, exactly 32 bytes.
    mutating func hash(_ name: String) -> Hash? {
        guard let text = request.query[String.self, at: name] else { return nil }
        guard let hash = (try? Hash(base64: text)) ?? (try? Hash(hex: text)) else {
            issues.append(FieldIssue(field: name, problem: .invalidFormat))
            return nil
        }
        return hash
    }

    func check() throws {
        try InvalidInput.check(issues)
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
