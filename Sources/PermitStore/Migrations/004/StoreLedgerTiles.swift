import Fluent
import Foundation
import PermitLedger
import SQLKit

/// Keeps the ledger's tree as C2SP hash tiles instead of one row per perfect
/// subtree, and the leaf hash beside each entry.
///
/// - `ledger_tiles`: every full tile, and the partial tile of each level
///   above 0, as the concatenated 32-byte hashes the tile serves. A tile row
///   changes at most once per 256 appends, where a node row was written on
///   every append, and the fsck reads a few thousand rows instead of two per
///   entry.
/// - `ledger_entries.leaf_hash`: finds an entry by its leaf hash, and is the
///   partial level-0 tile (the newest `size mod 256` leaves).
///
/// Existing logs are converted by recomputing the tree from the entries, the
/// only source the tree is ever trusted from.
struct StoreLedgerTiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            try await db.schema(LedgerTable.tiles)
                .field("level", .int16, .required)
                .field("idx", .int64, .required)
                .field("hashes", .data, .required)
                .compositeIdentifier(over: "level", "idx")
                .create()
            try await db.schema(LedgerTable.entries).field("leaf_hash", .data).update()
            let tree = try await Self.recomputedTree(on: sql)
            for (index, leaf) in tree.levels[0].enumerated() {
                try await sql.update(LedgerTable.entries).set("leaf_hash", to: Data(leaf.bytes)).where("idx", .equal, index).run()
            }
            for tile in TileLayout.tiles(treeSize: tree.size) where tile.level > 0 || !tile.isPartial {
                try await sql.insert(into: LedgerTable.tiles).columns("level", "idx", "hashes")
                    .values(SQLBind(Int16(tile.level)), SQLBind(Int64(tile.index)), SQLBind(LedgerBytes.data(tree.hashes(of: tile))))
                    .run()
            }
            try await sql.create(index: "ledger_entries_leaf_hash").on(LedgerTable.entries).column("leaf_hash").run()
            try await db.schema(LedgerTable.nodes).delete()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            try await CreateLedger.createNodes(on: db)
            let tree = try await Self.recomputedTree(on: sql)
            for (level, hashes) in tree.levels.enumerated() {
                for (index, hash) in hashes.enumerated() {
                    try await sql.insert(into: LedgerTable.nodes).columns("level", "idx", "hash")
                        .values(SQLBind(Int16(level)), SQLBind(Int64(index)), SQLBind(Data(hash.bytes))).run()
                }
            }
            try await sql.drop(index: "ledger_entries_leaf_hash").run()
            try await sql.raw("ALTER TABLE \(ident: LedgerTable.entries) DROP COLUMN leaf_hash").run()
            try await db.schema(LedgerTable.tiles).delete()
        }
    }

    private static func recomputedTree(on sql: any SQLDatabase) async throws -> TreeLevels {
        let rows = try await sql.select().column("entry").from(LedgerTable.entries).orderBy("idx").all()
        return TreeLevels(leaves: try rows.map { TreeHasher.leafHash(try $0.decode(column: "entry", as: Data.self)) })
    }
}
