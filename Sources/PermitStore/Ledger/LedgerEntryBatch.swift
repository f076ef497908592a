import Foundation
import PermitCore
import PermitLedger

/// Stored entries exactly as their columns hold them, nothing decoded yet,
/// laid end to end in one buffer: the fsck reads a million of them, and an
/// array and a string or two per entry cost more than checking it.
struct LedgerEntryBatch: Sendable {
    struct Row: Sendable {
        let index: Int64
        let subjectKind: Range<Int>
        let subjectID: Range<Int>
        let entry: Range<Int>
        let leafHash: StoredLeafHash
    }

    /// Where a row's leaf hash is stored.
    enum StoredLeafHash: Sendable {
        /// In the row's column.
        case at(Range<Int>)
        /// The row's column is empty.
        case absent

        var range: Range<Int>? {
            if case .at(let range) = self { range } else { nil }
        }
    }

    private(set) var rows: [Row] = []
    private(set) var bytes: [UInt8] = []

    var count: Int { rows.count }

    /// An empty batch.
    init() {}

    /// Makes room for `count` bytes of columns, so that a page read whole is
    /// copied in once, not again each time the buffer outgrows itself.
    mutating func reserveCapacity(bytes count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Empties the batch but keeps its memory for the next page.
    mutating func removeAll() {
        rows.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Copies one row's columns in.
    mutating func append(
        index: Int64, subjectKind: UnsafeRawBufferPointer, subjectID: UnsafeRawBufferPointer, entry: UnsafeRawBufferPointer,
        leafHash: UnsafeRawBufferPointer?
    ) {
        rows.append(Row(
            index: index, subjectKind: add(subjectKind), subjectID: add(subjectID), entry: add(entry),
            leafHash: leafHash.map { .at(add($0)) } ?? .absent
        ))
    }

    /// Copies one row's columns in, as SQLKit decodes them.
    mutating func append(index: Int64, subjectKind: String, subjectID: String, entry: Data, leafHash: Data?) {
        var (kind, id) = (subjectKind, subjectID)
        kind.withUTF8 { kind in
            id.withUTF8 { id in
                entry.withUnsafeBytes { entry in
                    if let leafHash {
                        leafHash.withUnsafeBytes { append(index: index, subjectKind: .init(kind), subjectID: .init(id), entry: entry, leafHash: $0) }
                    } else {
                        append(index: index, subjectKind: .init(kind), subjectID: .init(id), entry: entry, leafHash: nil)
                    }
                }
            }
        }
    }

    private mutating func add(_ column: UnsafeRawBufferPointer) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: column)
        return start..<bytes.count
    }

    /// The entry as the check reports it, once something about it is wrong.
    func stored(_ row: Row) -> StoredEntry {
        StoredEntry(
            index: row.index,
            subject: .init(kind: String(decoding: bytes[row.subjectKind], as: UTF8.self), id: String(decoding: bytes[row.subjectID], as: UTF8.self)),
            bytes: Array(bytes[row.entry]), leafHash: row.leafHash.range.map { Array(bytes[$0]) }
        )
    }
}

/// One stored entry, copied out of a batch.
struct StoredEntry: Sendable {
    let index: Int64
    let subject: DomainEvent.Subject
    let bytes: [UInt8]
    let leafHash: [UInt8]?
}
