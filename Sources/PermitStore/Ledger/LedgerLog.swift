import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// The ledger as a transparency log sees it: read the head, append after it,
/// read a range of entries, read hash tiles. Everything else — proofs,
/// checkpoints served, fsck — is built on these four.
///
/// Both databases store the log alike (`SQLLedgerLog`): one row per entry in
/// `ledger_entries` with its leaf hash, the C2SP hash tiles in
/// `ledger_tiles` (a level-0 tile once it is full; the partial one is the
/// newest entries' leaf hashes), and the head, one row in `ledger_head`.
protocol LedgerLog: Sendable {
    /// The head: the tree's size and frontier and the latest signed
    /// checkpoint. `locking` takes the ledger's write lock for the rest of
    /// the caller's transaction first, so that writers, in any number of
    /// processes, append one after the other.
    func head(locking: Bool) async throws -> LedgerHead

    /// Stores an append worked out after the head this transaction locked:
    /// its entries, the tiles they complete or extend, the new head.
    func append(_ append: LedgerAppend) async throws

    /// The stored entries of `range`, in index order, up to the first gap.
    func entries(_ range: Range<UInt64>) async throws -> [IndexedEntry]

    /// The hashes each tile holds now; a tile that has none yet is absent.
    func tiles(_ addresses: Set<TileAddress>) async throws -> [TileAddress: [Hash]]
}

extension LedgerLog {
    /// Node hashes by address, rebuilt from their tiles; `known` ones (for
    /// instance the head's frontier) are not fetched again.
    func nodes(_ ids: some Sequence<NodeID>, known: [NodeID: Hash] = [:]) async throws -> [NodeID: Hash] {
        var lookup = known
        let wanted = Set(ids).subtracting(known.keys)
        let tiles = try await self.tiles(Set(wanted.map { TileNodes.location(of: $0).tile }))
        for node in wanted {
            guard let tile = tiles[TileNodes.location(of: node).tile], let hash = TileNodes.hash(of: node, inTile: tile) else {
                throw StoreError.corruptRow(table: LedgerTable.tiles, id: node.description)
            }
            lookup[node] = hash
        }
        return lookup
    }
}

/// The ledger on SQL: the same tables and statements on SQLite and
/// PostgreSQL.
struct SQLLedgerLog: LedgerLog {
    let db: any SQLDatabase

    static let entryColumns = ["idx", "subject_kind", "subject_id", "entry", "leaf_hash"]

    func head(locking: Bool = false) async throws -> LedgerHead {
        try await locking ? LedgerHead.lock(on: db) : LedgerHead.read(on: db)
    }

    func append(_ append: LedgerAppend) async throws {
        try await append.head.write(on: db)
        try await LedgerTileStore(db: db).add(append.tileAdditions)
        try await BulkInsert(table: LedgerTable.entries, columns: Self.entryColumns)
            .run(append.entries.enumerated().map { offset, entry in
                [
                    .integer(Int64(append.firstIndex + UInt64(offset))), .text(entry.event.subject.kind), .text(entry.event.subject.id),
                    .blob(entry.bytes), .blob(entry.leafHash.bytes),
                ]
            }, on: db)
        if let history = append.history, let at = append.head.historyAt {
            try await db.insert(into: LedgerTable.checkpoints).columns("size", "note", "signed_at")
                .values(SQLBind(Int64(history.size)), SQLBind(append.head.checkpoint), SQLBind(at)).run()
        }
    }

    func entries(_ range: Range<UInt64>) async throws -> [IndexedEntry] {
        guard !range.isEmpty else { return [] }
        let rows = try await db.select().columns("idx", "entry").from(LedgerTable.entries)
            .where("idx", .greaterThanOrEqual, Int64(clamping: range.lowerBound))
            .where("idx", .lessThan, Int64(clamping: range.upperBound))
            .orderBy("idx").all()
        var entries: [IndexedEntry] = []
        for row in rows {
            let entry = try Self.indexedEntry(row)
            guard entry.index == range.lowerBound + UInt64(entries.count) else { break }
            entries.append(entry)
        }
        return entries
    }

    func tiles(_ addresses: Set<TileAddress>) async throws -> [TileAddress: [Hash]] {
        try await LedgerTileStore(db: db).hashes(of: addresses)
    }

    // MARK: Look-ups by the entries' indexes, beside the log's interface

    /// Every entry about one subject, oldest first.
    func entries(about subject: DomainEvent.Subject) async throws -> [IndexedEntry] {
        try await db.select().columns("idx", "entry").from(LedgerTable.entries)
            .where("subject_kind", .equal, subject.kind).where("subject_id", .equal, subject.id)
            .orderBy("idx").all().map(Self.indexedEntry)
    }

    /// The index of the first entry below `size` whose leaf hash is `leafHash`.
    func firstIndex(ofLeaf leafHash: Hash, below size: UInt64) async throws -> UInt64? {
        try await db.select().column("idx").from(LedgerTable.entries)
            .where("leaf_hash", .equal, Data(leafHash.bytes))
            .where("idx", .lessThan, Int64(clamping: size))
            .orderBy("idx").limit(1).first()
            .map { UInt64(try $0.decode(column: "idx", as: Int64.self)) }
    }

    // MARK: The fsck's reading

    /// The rows of entries `range` exactly as stored, in index order, for
    /// the fsck, which trusts none of them: nothing is decoded but the
    /// columns' values.
    func storedRows(_ range: Range<Int64>) async throws -> LedgerEntryBatch {
        let rows = try await db.select().columns(Self.entryColumns).from(LedgerTable.entries)
            .where("idx", .greaterThanOrEqual, range.lowerBound).where("idx", .lessThan, range.upperBound)
            .orderBy("idx").all()
        var batch = LedgerEntryBatch()
        batch.reserveCapacity(bytes: rows.count * 256)
        for row in rows {
            do {
                try batch.append(
                    index: row.decode(column: "idx", as: Int64.self),
                    subjectKind: row.decode(column: "subject_kind", as: String.self),
                    subjectID: row.decode(column: "subject_id", as: String.self),
                    entry: row.decode(column: "entry", as: Data.self),
                    leafHash: row.decode(column: "leaf_hash", as: Data?.self)
                )
            } catch {
                throw try await wrongType(inRowAfter: batch.rows.last?.index ?? range.lowerBound - 1) ?? error
            }
        }
        return batch
    }

    /// The types each column may hold, as the write path stores them.
    private static let columnTypes: [(name: String, types: [LedgerDivergence.ValueType])] = [
        ("idx", [.integer]), ("subject_kind", [.text]), ("subject_id", [.text]), ("entry", [.bytes]), ("leaf_hash", [.bytes, .null]),
    ]

    /// On SQLite, which keeps any type in any column, the divergence of the
    /// first row after `index` that holds a value of another type than the
    /// write path stores; nil if there is none, or on PostgreSQL, whose
    /// columns hold their own types only.
    private func wrongType(inRowAfter index: Int64) async throws -> LedgerDivergence? {
        guard db.dialect.name == "sqlite" else { return nil }
        let types = Self.columnTypes.map { "typeof(\($0.name)) AS \($0.name)" }.joined(separator: ", ")
        let row = try await db.raw("""
            SELECT idx AS at, \(unsafeRaw: types) FROM \(ident: LedgerTable.entries) WHERE idx > \(bind: index) ORDER BY idx LIMIT 1
            """).first()
        guard let row else { return nil }
        for column in Self.columnTypes {
            let holds = Self.valueType(try row.decode(column: column.name, as: String.self))
            guard !column.types.contains(holds) else { continue }
            return LedgerDivergence(
                place: .entry(index: UInt64(clamping: (try? row.decode(column: "at", as: Int64.self)) ?? index + 1)), subject: nil,
                reason: .columnType(column: column.name, holds: holds, expected: column.types)
            )
        }
        return nil
    }

    private static func valueType(_ sqliteType: String) -> LedgerDivergence.ValueType {
        switch sqliteType {
        case "integer": .integer
        case "real": .real
        case "text": .text
        case "blob": .bytes
        default: .null
        }
    }

    static func indexedEntry(_ row: any SQLRow) throws -> IndexedEntry {
        let index = try row.decode(column: "idx", as: Int64.self)
        let bytes = [UInt8](try row.decode(column: "entry", as: Data.self))
        guard let entry = try? LedgerEntry(decoding: bytes) else {
            throw StoreError.corruptRow(table: LedgerTable.entries, id: "\(index)")
        }
        return IndexedEntry(index: UInt64(index), bytes: bytes, entry: entry)
    }
}
