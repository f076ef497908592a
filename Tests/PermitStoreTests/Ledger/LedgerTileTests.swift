import Foundation
import PermitCore
import PermitLedger
@_spi(Benchmarking) @testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

/// The tree is stored as C2SP hash tiles; these tests need logs past one full
/// tile (256 entries), which the write path's bulk append gives quickly.
@Suite("Ledger hash tiles — stored, served, checked and migrated (REC-9, ARC-1)")
struct LedgerTileTests {
    /// A log of `size` entries: a few real changes, then bulk appends in
    /// uneven batches so tiles are completed both within and across batches.
    private static func fill(_ store: Store, size: Int) async throws {
        try await LedgerFixture.populate(store, districts: 3)
        var next = 4
        for batch in [1, 250, 3, 300, 1] + Array(repeating: 97, count: size / 97) where next < size {
            let end = min(size, next + batch)
            try await store.ledger.appendUncovered(LedgerFixture.uncoveredEvents(next..<end))
            next = end
        }
    }

    /// What fsck reports, or nil when it passes.
    private static func divergence(_ store: Store) async throws -> LedgerDivergence? {
        do {
            _ = try await store.ledger.check()
            return nil
        } catch let divergence as LedgerDivergence {
            return divergence
        }
    }

    private static func tileCount(_ sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("ledger_tiles").first()?
            .decode(column: "n", as: Int.self) ?? -1
    }

    @Test("the stored tiles are exactly the tree's, and each is served as C2SP bytes")
    func storedTilesMatchTheTree() async throws {
        try await withTestStore { store in
            try await Self.fill(store, size: 1_000)

            let summary = try await store.ledger.check()
            #expect(summary.entries == 1_000)
            // 1,000 leaf hashes, three full level-0 tiles, the partial level-1 tile of three hashes.
            #expect(summary.nodes == 1_000 + 3 * 256 + 3)
            #expect(try await Self.tileCount(store.sql()) == 4)
            let leaves = try await store.ledger.entries(0..<1_000).map(\.leafHash)
            let tree = TreeLevels(leaves: leaves)
            for tile in TileLayout.tiles(treeSize: 1_000) {
                #expect(try await store.ledger.tile(tile) == TileCoding.tile(tree.hashes(of: tile)), "\(tile)")
            }
            let narrower = TileID(level: 0, index: 3, width: 100)
            #expect(try await store.ledger.tile(narrower) == TileCoding.tile(tree.hashes(of: narrower)))
        }
    }

    @Test("proofs from tiles verify at the head and at earlier sizes")
    func proofsFromTiles() async throws {
        try await withTestStore { store in
            try await Self.fill(store, size: 1_300)
            let root = try await store.ledger.check().root
            for index: UInt64 in [0, 255, 256, 700, 1_023, 1_024, 1_299] {
                let proof = try await store.ledger.inclusionProof(index: index)
                #expect(proof.root == root.bytes)
                #expect(throws: Never.self) { try proof.verify() }
                let earlier = try await store.ledger.inclusionProof(index: index / 2, size: index + 1)
                #expect(throws: Never.self) { try earlier.verify() }
            }
            for size1: UInt64 in [1, 255, 256, 257, 511, 512, 1_024, 1_299] {
                let proof = try await store.ledger.consistencyProof(size1: size1)
                #expect(proof.root2 == root.bytes)
                #expect(throws: Never.self) { try proof.verify() }
            }
            let byHash = try await store.ledger.inclusionProof(leafHash: try await store.ledger.entries(900..<901)[0].leafHash)
            #expect(byHash.leafIdx == 900)
        }
    }

    @Test("one byte of a tile, a missing tile and a stray tile are each named")
    func damagedTiles() async throws {
        try await withTestStore { store in
            try await Self.fill(store, size: 600)
            let sql = try store.sql()
            let row = try #require(try await sql.select().column("hashes").from("ledger_tiles")
                .where("level", .equal, 0).where("idx", .equal, 1).first())
            let original = try row.decode(column: "hashes", as: Data.self)
            var damaged = original
            damaged[40 * 32 + 5] ^= 0x01
            try await sql.update("ledger_tiles").set("hashes", to: damaged).where("level", .equal, 0).where("idx", .equal, 1).run()
            #expect(try await Self.divergence(store)?.place == .node(NodeID(level: 0, index: 256 + 40)))

            try await sql.delete(from: "ledger_tiles").where("level", .equal, 0).where("idx", .equal, 1).run()
            let missing = try await Self.divergence(store)
            #expect(missing?.place == .node(NodeID(level: 0, index: 256)))
            #expect(missing?.detail.contains("missing") == true)

            try await sql.insert(into: "ledger_tiles").columns("level", "idx", "hashes")
                .values(SQLBind(Int16(0)), SQLBind(Int64(1)), SQLBind(original)).run()
            _ = try await store.ledger.check()
            try await sql.insert(into: "ledger_tiles").columns("level", "idx", "hashes")
                .values(SQLBind(Int16(0)), SQLBind(Int64(2)), SQLBind(original)).run()
            let stray = try await Self.divergence(store)
            #expect(stray?.place == .node(NodeID(level: 0, index: 512)))
            #expect(stray?.detail.contains("do not reach") == true)
        }
    }

    @Test("migration 004 turns node rows into tiles and back, and the tree stays the same")
    func migrationRoundTrip() async throws {
        try await withTestStore { store in
            try await Self.fill(store, size: 700)
            let before = try await store.ledger.check()
            let proof = try await store.ledger.inclusionProof(index: 333)
            let database = try store.database()

            // Migrations are undone newest first; 010 and 006 undo each other
            // on PostgreSQL (its bundles) and do nothing on SQLite.
            try await UnbundleLedgerEntries().revert(on: database)
            try await BundleLedgerEntries().revert(on: database)
            try await StoreLedgerTiles().revert(on: database)
            let nodes = try await store.sql().select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("ledger_nodes").first()?.decode(column: "n", as: Int.self)
            // Every perfect subtree of 700 leaves: 700 + 350 + 175 + 87 + 43 + 21 + 10 + 5 + 2 + 1.
            #expect(nodes == 1_394)
            try await StoreLedgerTiles().prepare(on: database)
            try await BundleLedgerEntries().prepare(on: database)
            try await UnbundleLedgerEntries().prepare(on: database)

            let after = try await store.ledger.check()
            #expect(after == before)
            #expect(try await store.ledger.inclusionProof(index: 333) == proof)
        }
    }
}
