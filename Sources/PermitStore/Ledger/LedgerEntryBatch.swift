import NIOCore
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
        /// Nil when the column is empty.
        let leafHash: Range<Int>?
    }

    private(set) var rows: [Row] = []
    private(set) var bytes: [UInt8] = []

    var count: Int { rows.count }

    /// An empty batch.
    init() {}

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

    /// The rows `start..<start + count` from their columns as a server
    /// joined them, each column's values laid end to end in index order: the
    /// entries and leaf hashes as they are, the subject kinds and identifiers
    /// separated by ``joinedTextSeparator``. Nil unless the columns split
    /// into exactly `count` values each, so a page that cannot be told apart
    /// this way (a missing leaf hash, a separator inside a subject, an
    /// entry that is not a whole encoding) is read row by row instead.
    init?(
        joinedFrom start: Int64, count: Int, entries: UnsafeRawBufferPointer, leafHashes: UnsafeRawBufferPointer,
        subjectKinds: UnsafeRawBufferPointer, subjectIDs: UnsafeRawBufferPointer
    ) {
        guard count > 0, leafHashes.count == count * Hash.byteCount else { return nil }
        var entryRanges: [Range<Int>] = []
        entryRanges.reserveCapacity(count)
        var offset = 0
        while offset < entries.count, entryRanges.count < count {
            guard let length = LedgerEntry.encodedLength(atStartOf: UnsafeRawBufferPointer(rebasing: entries[offset...])) else { return nil }
            entryRanges.append(offset..<offset + length)
            offset += length
        }
        let leafStart = entries.count
        let kindStart = leafStart + leafHashes.count
        let idStart = kindStart + subjectKinds.count
        guard offset == entries.count, entryRanges.count == count,
            let kinds = Self.split(subjectKinds, into: count, from: kindStart),
            let ids = Self.split(subjectIDs, into: count, from: idStart)
        else { return nil }
        bytes.reserveCapacity(idStart + subjectIDs.count)
        for column in [entries, leafHashes, subjectKinds, subjectIDs] { bytes.append(contentsOf: column) }
        rows.reserveCapacity(count)
        for offset in 0..<count {
            let leaf = leafStart + offset * Hash.byteCount
            rows.append(Row(
                index: start + Int64(offset), subjectKind: kinds[offset], subjectID: ids[offset], entry: entryRanges[offset],
                leafHash: leaf..<leaf + Hash.byteCount
            ))
        }
    }

    /// As ``init(joinedFrom:count:entries:leafHashes:subjectKinds:subjectIDs:)``,
    /// from the columns as PostgresNIO hands them over.
    init?(
        joinedFrom start: Int64, count: Int, entries: ByteBuffer, leafHashes: ByteBuffer, subjectKinds: ByteBuffer, subjectIDs: ByteBuffer
    ) {
        let batch = entries.withUnsafeReadableBytes { entries in
            leafHashes.withUnsafeReadableBytes { leafHashes in
                subjectKinds.withUnsafeReadableBytes { kinds in
                    subjectIDs.withUnsafeReadableBytes { ids in
                        Self(joinedFrom: start, count: count, entries: entries, leafHashes: leafHashes, subjectKinds: kinds, subjectIDs: ids)
                    }
                }
            }
        }
        guard let batch else { return nil }
        self = batch
    }

    /// What separates joined subject kinds and identifiers: the ASCII unit
    /// separator, made for this and in no subject the write path logs. A
    /// subject holding one only sends its page down the row-by-row path.
    static let joinedTextSeparator: UInt8 = 0x1F

    /// The ranges of `count` values separated by ``joinedTextSeparator``,
    /// offset by `base`; nil for another number of values.
    private static func split(_ joined: UnsafeRawBufferPointer, into count: Int, from base: Int) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(count)
        var start = 0
        for (offset, byte) in joined.enumerated() where byte == joinedTextSeparator {
            guard ranges.count < count - 1 else { return nil }
            ranges.append(base + start..<base + offset)
            start = offset + 1
        }
        ranges.append(base + start..<base + joined.count)
        return ranges.count == count ? ranges : nil
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
