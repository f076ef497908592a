import Foundation
import PermitCore
import PermitLedger

/// The first place where storage and the ledger disagree, named precisely
/// enough for an investigator to go straight to the row.
public struct LedgerDivergence: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Place: Sendable, Hashable {
        case entry(index: UInt64)
        case node(NodeID)
        case head
        case checkpoint(size: UInt64)
        case coveredRow(kind: String, id: String)
    }

    public let place: Place
    /// The subject concerned, when the place has one.
    public let subject: DomainEvent.Subject?
    /// What differs, in words.
    public let detail: String

    public var description: String {
        let subjectText = subject.map { " (\($0.kind) \($0.id))" } ?? ""
        return switch place {
        case .entry(let index): "entry \(index)\(subjectText): \(detail)"
        case .node(let node): "tree node level \(node.level) index \(node.index)\(subjectText): \(detail)"
        case .head: "ledger head: \(detail)"
        case .checkpoint(let size): "checkpoint of size \(size): \(detail)"
        case .coveredRow(let kind, let id): "\(kind) \(id): \(detail)"
        }
    }
}

/// What a clean check went through.
public struct LedgerCheckSummary: Sendable, Hashable {
    public let entries: UInt64
    public let nodes: Int
    public let checkpoints: Int
    public let coveredRows: Int
    public let root: Hash
}

extension Data {
    /// Lowercase hex, as divergences quote stored hashes.
    var hexText: String { map { String(format: "%02x", $0) }.joined() }
}
