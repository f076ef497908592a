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
        let subjectText = subject.map { Phrase.ledgerDivergenceSubject.text(language, ["kind": $0.kind, "id": $0.id]) } ?? ""
        let detail = reason.text(language)
        return switch place {
        case .entry(let index):
            Phrase.ledgerDivergenceAtEntry.text(language, ["index": String(index), "subject": subjectText, "detail": detail])
        case .node(let node):
            Phrase.ledgerDivergenceAtNode.text(language, [
                "level": String(node.level), "index": String(node.index), "subject": subjectText, "detail": detail,
            ])
        case .head: Phrase.ledgerDivergenceAtHead.text(language, ["detail": detail])
        case .checkpoint(let size): Phrase.ledgerDivergenceAtCheckpoint.text(language, ["size": String(size), "detail": detail])
        case .coveredRow(let kind, let id): Phrase.ledgerDivergenceAtRow.text(language, ["kind": kind, "id": id, "detail": detail])
        }
    }
}

extension LedgerDivergence.Reason {
    func text(_ language: Language) -> String {
        func tile(_ address: TileAddress) -> String {
            Phrase.ledgerDivergenceTile.text(language, ["level": String(address.level), "index": String(address.index)])
        }
        return switch self {
        case .negativeIndex(let index): Phrase.ledgerDivergenceNegativeIndex.text(language, ["index": String(index)])
        case .missing(let next): Phrase.ledgerDivergenceMissing.text(language, ["next": String(next)])
        case .notCanonical(let error): Phrase.ledgerDivergenceNotCanonical.text(language, ["error": error])
        case .indexedAs(let indexed, let actual):
            Phrase.ledgerDivergenceIndexedAs.text(language, [
                "indexedKind": indexed.kind, "indexedID": indexed.id, "kind": actual.kind, "id": actual.id,
            ])
        case .leafHash(let computed, let stored?):
            Phrase.ledgerDivergenceLeafHash.text(language, ["computed": computed, "stored": stored])
        case .leafHash(let computed, nil): Phrase.ledgerDivergenceLeafHashAbsent.text(language, ["computed": computed])
        case .columnType(let column, let holds, let expected):
            Phrase.ledgerDivergenceColumnType.text(language, [
                "column": column, "holds": holds.phrase.text(language),
                "expected": expected.map { $0.phrase.text(language) }.joined(separator: Phrase.ledgerDivergenceOr.text(language)),
            ])
        case .tileMissing(let address): Phrase.ledgerDivergenceTileMissing.text(language, ["tile": tile(address)])
        case .tileHash(let address, let stored, let leaves, let computed):
            Phrase.ledgerDivergenceTileHash.text(language, [
                "tile": tile(address), "stored": stored, "from": String(leaves.lowerBound), "to": String(leaves.upperBound),
                "computed": computed,
            ])
        case .tileWidth(let address, let bytes, let hashes):
            Phrase.ledgerDivergenceTileWidth.text(language, ["tile": tile(address), "bytes": String(bytes), "hashes": String(hashes)])
        case .tileStray(let address): Phrase.ledgerDivergenceTileStray.text(language, ["tile": tile(address)])
        case .headUnreadable(let error): Phrase.ledgerDivergenceHeadUnreadable.text(language, ["error": error])
        case .headSize(let recorded, let entries):
            Phrase.ledgerDivergenceHeadSize.text(language, ["recorded": String(recorded), "entries": String(entries)])
        case .headFrontier: Phrase.ledgerDivergenceHeadFrontier.text(language)
        case .checkpointSignature(let error): Phrase.ledgerDivergenceCheckpointSignature.text(language, ["error": error])
        case .checkpointSize(let signed, let filed, let size):
            Phrase.ledgerDivergenceCheckpointSize.text(language, ["signed": String(signed), "filed": String(filed), "size": String(size)])
        case .checkpointRoot(let signed, let tree): Phrase.ledgerDivergenceCheckpointRoot.text(language, ["signed": signed, "tree": tree])
        case .rowMissing(let entry): Phrase.ledgerDivergenceRowMissing.text(language, ["entry": String(entry)])
        case .rowUnreadable(let error): Phrase.ledgerDivergenceRowUnreadable.text(language, ["error": error])
        case .rowDiffers(let entry, let field, let ledger, let table):
            Phrase.ledgerDivergenceRowDiffers.text(language, [
                "entry": String(entry), "field": field, "ledger": Self.quoted(ledger, language), "table": Self.quoted(table, language),
            ])
        case .rowUnrecorded: Phrase.ledgerDivergenceRowUnrecorded.text(language)
        }
    }

    private static func quoted(_ value: String?, _ language: Language) -> String {
        value.map { "\"\($0)\"" } ?? Phrase.ledgerDivergenceAbsent.text(language)
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
