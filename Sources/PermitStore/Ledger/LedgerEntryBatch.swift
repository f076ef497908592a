import NIOCore
import PermitCore

/// Stored entries exactly as their columns hold them, nothing decoded yet,
/// laid end to end in one buffer: the fsck reads a million of them, and an
/// array and a string or two per entry cost more than checking it.
struct LedgerEntryBatch: Sendable {
    struct Row: Sendable {
        let index: Int64
        let subjectKind: Range<Int>
        let subjectID: Range<Int>
        let entry: Range<Int>
        /// Nil when the column is empty.
        let leafHash: Range<Int>?
    }

    private(set) var rows: [Row] = []
    private(set) var bytes: [UInt8] = []

    var count: Int { rows.count }

    /// Empties the batch but keeps its memory for the next page.
    mutating func removeAll() {
        rows.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Copies one row's columns in, as SQLite's C interface holds them.
    mutating func append(
        index: Int64, subjectKind: UnsafeRawBufferPointer, subjectID: UnsafeRawBufferPointer, entry: UnsafeRawBufferPointer,
        leafHash: UnsafeRawBufferPointer?
    ) {
        rows.append(Row(
            index: index, subjectKind: add(subjectKind), subjectID: add(subjectID), entry: add(entry), leafHash: leafHash.map { add($0) }
        ))
    }

    /// Copies one row's columns in, as PostgresNIO hands them over.
    mutating func append(index: Int64, subjectKind: ByteBuffer, subjectID: ByteBuffer, entry: ByteBuffer, leafHash: ByteBuffer?) {
        rows.append(Row(
            index: index, subjectKind: add(subjectKind), subjectID: add(subjectID), entry: add(entry), leafHash: leafHash.map { add($0) }
        ))
    }

    private mutating func add(_ column: ByteBuffer) -> Range<Int> {
        column.withUnsafeReadableBytes { add($0) }
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
            bytes: Array(bytes[row.entry]), leafHash: row.leafHash.map { Array(bytes[$0]) }
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
