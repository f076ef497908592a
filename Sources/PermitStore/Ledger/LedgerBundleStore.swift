import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// How a database keeps the ledger's entries.
enum LedgerLayout: Sendable {
    /// A row per entry, `ledger_entries`: SQLite, whose fsck reads rows
    /// through the C interface at little cost per row.
    case rows
    /// On PostgreSQL, each full entry bundle (条目包 — the 256 entries under
    /// one full level-0 tile) as one row of `ledger_bundles`, and only the
    /// newest `size mod 256` entries as rows. Read row by row, a million
    /// entries cost the server several times the hashing they exist for; as
    /// bundles they are a few thousand stored values (BENCHMARKS.md, issue 4).
    case bundles

    init(_ db: any SQLDatabase) {
        self = db.dialect.name == "sqlite" ? .rows : .bundles
    }
}

/// The entry bundles of a PostgreSQL ledger (`BundleLedgerEntries`).
///
/// A bundle row holds its 256 entries' canonical bytes laid end to end
/// (each encoding gives its own length, so no entry size is capped, as
/// C2SP's 16-bit lengths would cap it) and their subject identifiers, which
/// a GIN index finds a subject's bundles by. Leaf hashes are not repeated:
/// they are the bundle's level-0 tile, found by leaf hash through an index
/// on the tiles. Whatever is read is checked against the entries themselves:
/// a bundle found for a subject yields only entries about that subject.
struct LedgerBundleStore {
    let db: any SQLDatabase

    /// Entries per bundle: one level-0 tile's worth.
    static let width = UInt64(TileLayout.width)

    /// The schema `BundleLedgerEntries` creates. Bundles are stored without
    /// compression: they are read far more often than written, by the fsck
    /// above all, and entries of fields and hashes compress little.
    static let schema = [
        """
        CREATE TABLE \(LedgerTable.bundles) (idx bigint PRIMARY KEY, entries bytea NOT NULL, subject_ids text[] NOT NULL)
        """,
        "ALTER TABLE \(LedgerTable.bundles) ALTER COLUMN entries SET STORAGE EXTERNAL, ALTER COLUMN subject_ids SET STORAGE EXTERNAL",
        "CREATE INDEX \(LedgerTable.bundles)_subject_ids ON \(LedgerTable.bundles) USING gin (subject_ids)",
        """
        CREATE FUNCTION \(tileHashesFunction)(tile bytea) RETURNS bytea[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT ARRAY(SELECT substring(tile FROM i * 32 + 1 FOR 32) FROM generate_series(0, length(tile) / 32 - 1) AS i)
        $$
        """,
        """
        CREATE INDEX \(LedgerTable.tiles)_leaf_hashes ON \(LedgerTable.tiles) USING gin (\(tileHashesFunction)(hashes)) WHERE level = 0
        """,
    ]

    /// Splits a level-0 tile into its hashes, for the leaf-hash index.
    static let tileHashesFunction = "ledger_tile_hashes"

    /// Writes the bundles that `entries`, starting at index `first`,
    /// complete: the bundle's earlier entries are taken out of their rows.
    /// - Returns: the entries left for rows, those after the last complete
    ///   bundle.
    func add(_ entries: ArraySlice<EncodedEvent>, from first: UInt64) async throws -> ArraySlice<EncodedEvent> {
        let end = first + UInt64(entries.count)
        let bundledEnd = end / Self.width * Self.width
        guard bundledEnd > first else { return entries }
        let start = first / Self.width * Self.width
        var pending = start < first ? try await takeRows(start..<first) : []
        var bundles: [(number: UInt64, entries: Data, subjectIDs: [String])] = []
        var index = first
        for entry in entries.prefix(Int(bundledEnd - first)) {
            pending.append((entry.bytes, entry.event.subject.id))
            index += 1
            guard index % Self.width == 0 else { continue }
            var bytes = Data(capacity: pending.reduce(0) { $0 + $1.bytes.count })
            for entry in pending { bytes.append(contentsOf: entry.bytes) }
            bundles.append((index / Self.width - 1, bytes, pending.map(\.subjectID)))
            pending.removeAll(keepingCapacity: true)
        }
        for part in bundles.chunked(into: 64) {
            let insert = db.insert(into: LedgerTable.bundles).columns("idx", "entries", "subject_ids")
            for bundle in part {
                insert.values(SQLBind(Int64(bundle.number)), SQLBind(bundle.entries), SQLBind(bundle.subjectIDs))
            }
            try await insert.run()
        }
        return entries.dropFirst(Int(bundledEnd - first))
    }

    /// Deletes the rows `range`, which must be there, one per index, and
    /// returns their entries.
    private func takeRows(_ range: Range<UInt64>) async throws -> [(bytes: [UInt8], subjectID: String)] {
        let rows = try await db.delete(from: LedgerTable.entries)
            .where("idx", .greaterThanOrEqual, Int64(range.lowerBound)).where("idx", .lessThan, Int64(range.upperBound))
            .returning("idx", "entry", "subject_id").all()
        let taken = try rows.map { row in
            (index: try row.decode(column: "idx", as: Int64.self), bytes: [UInt8](try row.decode(column: "entry", as: Data.self)),
             subjectID: try row.decode(column: "subject_id", as: String.self))
        }.sorted { $0.index < $1.index }
        guard taken.map(\.index) == range.map(Int64.init) else {
            throw StoreError.corruptRow(table: LedgerTable.entries, id: "\(range.lowerBound)..<\(range.upperBound)")
        }
        return taken.map { ($0.bytes, $0.subjectID) }
    }

    /// The stored entries of the bundles that hold any of `range`, clipped
    /// to it, up to the first bundle missing.
    func entries(_ range: Range<UInt64>) async throws -> [IndexedEntry] {
        guard !range.isEmpty else { return [] }
        let rows = try await db.select().columns("idx", "entries").from(LedgerTable.bundles)
            .where("idx", .greaterThanOrEqual, Int64(clamping: range.lowerBound / Self.width))
            .where("idx", .lessThanOrEqual, Int64(clamping: (range.upperBound - 1) / Self.width))
            .orderBy("idx").all()
        var entries: [IndexedEntry] = []
        var next = range.lowerBound / Self.width
        for row in rows {
            let number = try row.decode(column: "idx", as: Int64.self)
            guard number == Int64(next) else { break }
            entries += try Self.split(row, keeping: range.contains)
            next += 1
        }
        return entries
    }

    /// The entries about `subject` in bundles, oldest first.
    func entries(about subject: DomainEvent.Subject) async throws -> [IndexedEntry] {
        let rows = try await db.raw("""
            SELECT idx, entries FROM \(ident: LedgerTable.bundles) WHERE subject_ids @> ARRAY[\(bind: subject.id)::text] ORDER BY idx
            """).all()
        return try rows.flatMap { try Self.split($0) }.filter { $0.entry.subjectKind == subject.kind && $0.entry.subjectID == subject.id }
    }

    /// The index of the first bundled entry below `size` whose leaf hash is
    /// `leafHash`, found through the level-0 tiles.
    func firstIndex(ofLeaf leafHash: Hash, below size: UInt64) async throws -> UInt64? {
        let rows = try await db.raw("""
            SELECT idx, hashes FROM \(ident: LedgerTable.tiles) WHERE level = 0 \
            AND \(ident: Self.tileHashesFunction)(hashes) @> ARRAY[\(bind: Data(leafHash.bytes))::bytea] ORDER BY idx
            """).all()
        for row in rows {
            let tile = try row.decode(column: "idx", as: Int64.self)
            guard let hashes = LedgerBytes.hashes(try row.decode(column: "hashes", as: Data.self)) else {
                throw StoreError.corruptRow(table: LedgerTable.tiles, id: "0/\(tile)")
            }
            if let position = hashes.firstIndex(of: leafHash) {
                let index = UInt64(tile) * Self.width + UInt64(position)
                return index < size ? index : nil
            }
        }
        return nil
    }

    /// The entries of one bundle row whose indices `keeping` accepts; the
    /// others are walked past, not decoded.
    private static func split(_ row: any SQLRow, keeping: (UInt64) -> Bool = { _ in true }) throws -> [IndexedEntry] {
        let number = try row.decode(column: "idx", as: Int64.self)
        let bytes = [UInt8](try row.decode(column: "entries", as: Data.self))
        let first = UInt64(number) * width
        let corrupt = StoreError.corruptRow(table: LedgerTable.bundles, id: "\(number)")
        var entries: [IndexedEntry] = []
        var offset = 0
        var index = first
        while offset < bytes.count {
            let length = bytes.withUnsafeBytes { LedgerEntry.encodedLength(atStartOf: UnsafeRawBufferPointer(rebasing: $0[offset...])) }
            guard let length else { throw corrupt }
            if keeping(index) {
                let encoding = Array(bytes[offset..<offset + length])
                guard let entry = try? LedgerEntry(decoding: encoding) else { throw corrupt }
                entries.append(IndexedEntry(index: index, bytes: encoding, entry: entry))
            }
            offset += length
            index += 1
        }
        guard index - first == width else { throw corrupt }
        return entries
    }
}
