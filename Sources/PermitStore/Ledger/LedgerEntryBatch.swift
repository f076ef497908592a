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
        let leafHash: StoredLeafHash
    }

    /// Where a row's leaf hash is stored.
    enum StoredLeafHash: Sendable {
        /// In the row's column, or for an entry in a bundle its level-0 tile.
        case at(Range<Int>)
        /// The row's column is empty.
        case absent
        /// The bundle's level-0 tile is missing or not 256 hashes: the
        /// check of the tiles names it, not the entries.
        case inUnreadableTile

        var range: Range<Int>? {
            if case .at(let range) = self { range } else { nil }
        }
    }

    private(set) var rows: [Row] = []
    private(set) var bytes: [UInt8] = []
    /// What ended the batch before its page did: a bundle that is not 256
    /// entries and their subject identifiers.
    private(set) var stop: LedgerDivergence?

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
        stop = nil
    }

    /// Copies one row's columns in, as SQLite's C interface holds them.
    mutating func append(
        index: Int64, subjectKind: UnsafeRawBufferPointer, subjectID: UnsafeRawBufferPointer, entry: UnsafeRawBufferPointer,
        leafHash: UnsafeRawBufferPointer?
    ) {
        rows.append(Row(
            index: index, subjectKind: add(subjectKind), subjectID: add(subjectID), entry: add(entry),
            leafHash: leafHash.map { .at(add($0)) } ?? .absent
        ))
    }

    /// Copies one row's columns in, as PostgresNIO hands them over.
    mutating func append(index: Int64, subjectKind: ByteBuffer, subjectID: ByteBuffer, entry: ByteBuffer, leafHash: ByteBuffer?) {
        rows.append(Row(
            index: index, subjectKind: add(subjectKind), subjectID: add(subjectID), entry: add(entry),
            leafHash: leafHash.map { .at(add($0)) } ?? .absent
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

    /// Copies in the entries of bundle `number` that fall in `range`, as
    /// PostgresNIO hands over its columns: the entries laid end to end, the
    /// subject identifiers as a `text[]` in PostgreSQL's binary form, and
    /// the level-0 tile. Each entry's subject kind is its own, since a
    /// bundle does not repeat kinds.
    mutating func append(bundle number: Int64, entries: ByteBuffer, subjectIDs: ByteBuffer, tile: ByteBuffer?, within range: Range<Int64>) {
        let width = Int(LedgerBundleStore.width)
        let first = number * Int64(width)
        let base = bytes.count
        entries.withUnsafeReadableBytes { bytes.append(contentsOf: $0) }
        let idStart = bytes.count
        subjectIDs.withUnsafeReadableBytes { bytes.append(contentsOf: $0) }
        let ids = PostgresTextArray.elements(of: subjectIDs)?.map { idStart + $0.lowerBound..<idStart + $0.upperBound }
        let tileStart = bytes.count
        let tileIsWhole = tile?.readableBytes == width * Hash.byteCount
        if let tile, tileIsWhole { tile.withUnsafeReadableBytes { bytes.append(contentsOf: $0) } }
        var ranges: [Range<Int>] = []
        let splits = bytes.withUnsafeBytes { all in
            var offset = base
            let end = base + entries.readableBytes
            while offset < end, ranges.count <= width {
                guard let length = LedgerEntry.encodedLength(atStartOf: UnsafeRawBufferPointer(rebasing: all[offset..<end])) else {
                    return false
                }
                ranges.append(offset..<offset + length)
                offset += length
            }
            return true
        }
        guard splits, let ids, ranges.count == width, ids.count == width else {
            let bundle = UInt64(number)
            let reason: LedgerDivergence.Reason =
                if !splits { .bundleUnsplittable(bundle: bundle) }
                else if let ids { .bundleShape(bundle: bundle, entries: ranges.count, subjectIDs: ids.count) }
                else { .bundleSubjectsUnreadable(bundle: bundle) }
            stop = LedgerDivergence(place: .entry(index: UInt64(first)), subject: nil, reason: reason)
            return
        }
        for offset in 0..<width where range.contains(first + Int64(offset)) {
            let kind = bytes.withUnsafeBytes { LedgerEntry.subjectRanges(in: UnsafeRawBufferPointer(rebasing: $0[ranges[offset]])) }
            let leaf = tileStart + offset * Hash.byteCount
            rows.append(Row(
                index: first + Int64(offset),
                subjectKind: kind.map { ranges[offset].lowerBound + $0.kind.lowerBound..<ranges[offset].lowerBound + $0.kind.upperBound } ?? 0..<0,
                subjectID: ids[offset], entry: ranges[offset],
                leafHash: tileIsWhole ? .at(leaf..<leaf + Hash.byteCount) : .inUnreadableTile
            ))
        }
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
