import PermitCore
import PermitLedger

/// The first place where storage and the ledger disagree, named precisely
/// enough for an investigator to go straight to the row, in either language.
public struct LedgerDivergence: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Place: Sendable, Hashable {
        case entry(index: UInt64)
        case node(NodeID)
        case head
        case checkpoint(size: UInt64)
        case coveredRow(kind: String, id: String)
    }

    /// What differs. Hashes are lowercase hex or base64 as the place quotes
    /// them; error texts are the decoders' own.
    public enum Reason: Sendable, Hashable {
        case negativeIndex(Int64)
        case missing(nextStored: Int64)
        case notCanonical(error: String)
        case indexedAs(DomainEvent.Subject, entryIsAbout: DomainEvent.Subject)
        case leafHash(computed: String, stored: String?)
        case columnType(column: String, holds: ValueType, expected: [ValueType])
        case tileMissing(TileAddress)
        case tileHash(TileAddress, stored: String, leaves: Range<UInt64>, computed: String)
        case tileWidth(TileAddress, bytes: Int, hashes: Int)
        case tileStray(TileAddress)
        case headUnreadable(error: String)
        case headSize(recorded: UInt64, entries: UInt64)
        case headFrontier
        case checkpointSignature(error: String)
        case checkpointSize(signed: UInt64, filedAs: UInt64, treeSize: UInt64)
        case checkpointRoot(signed: String, tree: String)
        case rowMissing(entry: UInt64)
        case rowUnreadable(error: String)
        case rowDiffers(entry: UInt64, field: String, ledger: String?, table: String?)
        case rowUnrecorded
    }

    /// The storage types a column can hold (SQLite keeps any in any column).
    public enum ValueType: Sendable, Hashable {
        case integer, real, text, bytes, null
    }

    public let place: Place
    /// The subject concerned, when the place has one.
    public let subject: DomainEvent.Subject?
    public let reason: Reason

    public init(place: Place, subject: DomainEvent.Subject?, reason: Reason) {
        self.place = place
        self.subject = subject
        self.reason = reason
    }

    /// What differs, in English, as scripts read it.
    public var detail: String { reason.text(.en) }

    public var description: String { description(.en) }

    /// The place, the subject and what differs, in `language`.
    public func description(_ language: Language) -> String {
        let detail = reason.wording
        let wording = switch place {
        case .entry(let index): Phrase.ledgerDivergenceAtEntry(index: index, subject: subject, detail: detail)
        case .node(let node): Phrase.ledgerDivergenceAtNode(level: node.level, index: node.index, subject: subject, detail: detail)
        case .head: Phrase.ledgerDivergenceAtHead(detail: detail)
        case .checkpoint(let size): Phrase.ledgerDivergenceAtCheckpoint(size: size, detail: detail)
        case .coveredRow(let kind, let id): Phrase.ledgerDivergenceAtRow(kind: kind, id: id, detail: detail)
        }
        return wording.text(language)
    }
}

extension LedgerDivergence.Reason {
    func text(_ language: Language) -> String { wording.text(language) }

    var wording: Bilingual {
        func tile(_ address: TileAddress) -> Bilingual { Phrase.ledgerDivergenceTile(level: address.level, index: address.index) }
        return switch self {
        case .negativeIndex(let index): Phrase.ledgerDivergenceNegativeIndex(index: index)
        case .missing(let next): Phrase.ledgerDivergenceMissing(next: next)
        case .notCanonical(let error): Phrase.ledgerDivergenceNotCanonical(error: error)
        case .indexedAs(let indexed, let actual): Phrase.ledgerDivergenceIndexedAs(indexed: indexed, actual: actual)
        case .leafHash(let computed, let stored?): Phrase.ledgerDivergenceLeafHash(computed: computed, stored: stored)
        case .leafHash(let computed, nil): Phrase.ledgerDivergenceLeafHashAbsent(computed: computed)
        case .columnType(let column, let holds, let expected):
            Phrase.ledgerDivergenceColumnType(column: column, holds: holds.phrase.bilingual, expected: expected.map(\.phrase.bilingual))
        case .tileMissing(let address): Phrase.ledgerDivergenceTileMissing(tile: tile(address))
        case .tileHash(let address, let stored, let leaves, let computed):
            Phrase.ledgerDivergenceTileHash(tile: tile(address), stored: stored, leaves: leaves, computed: computed)
        case .tileWidth(let address, let bytes, let hashes): Phrase.ledgerDivergenceTileWidth(tile: tile(address), bytes: bytes, hashes: hashes)
        case .tileStray(let address): Phrase.ledgerDivergenceTileStray(tile: tile(address))
        case .headUnreadable(let error): Phrase.ledgerDivergenceHeadUnreadable(error: error)
        case .headSize(let recorded, let entries): Phrase.ledgerDivergenceHeadSize(recorded: recorded, entries: entries)
        case .headFrontier: Phrase.ledgerDivergenceHeadFrontier.bilingual
        case .checkpointSignature(let error): Phrase.ledgerDivergenceCheckpointSignature(error: error)
        case .checkpointSize(let signed, let filed, let size): Phrase.ledgerDivergenceCheckpointSize(signed: signed, filed: filed, size: size)
        case .checkpointRoot(let signed, let tree): Phrase.ledgerDivergenceCheckpointRoot(signed: signed, tree: tree)
        case .rowMissing(let entry): Phrase.ledgerDivergenceRowMissing(entry: entry)
        case .rowUnreadable(let error): Phrase.ledgerDivergenceRowUnreadable(error: error)
        case .rowDiffers(let entry, let field, let ledger, let table):
            Phrase.ledgerDivergenceRowDiffers(entry: entry, field: field, ledger: ledger, table: table)
        case .rowUnrecorded: Phrase.ledgerDivergenceRowUnrecorded.bilingual
        }
    }
}

extension LedgerDivergence.ValueType {
    var phrase: Phrase {
        switch self {
        case .integer: .ledgerValueInteger
        case .real: .ledgerValueReal
        case .text: .ledgerValueText
        case .bytes: .ledgerValueBytes
        case .null: .ledgerValueNull
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
