import Foundation
import PermitCore
import PermitLedger
@_spi(Benchmarking) @testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

/// Both databases keep the ledger alike (`SQLLedgerLog`): a row per entry
/// and the hash tiles. PostgreSQL's entry bundles of migration 006 are moved
/// back into rows by migration 010.
@Suite("Ledger log — one layout on both databases (REC-9)")
struct LedgerLogTests {
    /// 7 covered entries from the fixture, then uncovered ones in appends
    /// of several sizes, single ones across a full tile's end among them: 607.
    private static func fill(_ store: Store) async throws {
        try await LedgerFixture.populate(store, districts: 6)
        var next = 7
        for count in [100, 148, 1, 1, 1, 300, 49] {
            try await store.ledger.appendUncovered(LedgerFixture.uncoveredEvents(next..<next + count))
            next += count
        }
    }

    private static func count(_ table: String, _ sql: any SQLDatabase) async throws -> Int {
        try #require(try await sql.raw("SELECT count(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self))
    }

    private static func tableExists(_ table: String, _ sql: any SQLDatabase) async throws -> Bool {
        let query: SQLQueryString = sql.dialect.name == "sqlite"
            ? "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)"
            : "SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema() AND tablename = \(bind: table)"
        return try #require(try await sql.raw(query).first()?.decode(column: "n", as: Int.self)) > 0
    }

    @Test("every entry is a row, and the API and fsck read the log from them")
    func layout() async throws {
        try await withTestStore { store in
            try await Self.fill(store)
            let sql = try store.sql()
            #expect(try await Self.count(LedgerTable.entries, sql) == 607)
            #expect(try await !Self.tableExists("ledger_bundles", sql))
            let all = try await store.ledger.entries(0..<1_000)
            #expect(all.map(\.index) == Array(0..<607))
            #expect(all.dropFirst(7).map(\.entry.subjectID) == (7..<607).map(String.init))
            #expect(try await store.ledger.entries(250..<520).map(\.index) == Array(250..<520))
            #expect(try await store.ledger.recentEntries(limit: 100).map(\.index) == Array((507..<607).reversed()))
            for number in [300, 600] {
                let about = try await store.ledger.entries(about: .init(kind: "benchmark", id: String(number)))
                #expect(about.map(\.index) == [UInt64(number)])
                let proof = try await store.ledger.inclusionProof(leafHash: all[number].leafHash)
                #expect(proof.leafIdx == UInt64(number))
            }
            let bundle = try await store.ledger.entryBundle(EntryBundleID(index: 1, width: 256))
            #expect(bundle == (try TileCoding.entryBundle(all[256..<512].map(\.bytes))))
            for pageSize in [4, 256, 1 << 11] {
                let summary = try await LedgerCheck(store: store, pageSize: pageSize).run()
                #expect(summary.entries == 607 && summary.coveredRows == 7, "pages of \(pageSize)")
                #expect(summary.root == Frontier().appending(all.map(\.leafHash)).root)
            }
        }
    }

    @Test(
        "migration 010 moves PostgreSQL's bundles back into rows; reverting it bundles them again",
        .enabled(if: TestDatabase.isPostgres, "only PostgreSQL kept bundles")
    )
    func unbundling() async throws {
        try await withTestStore { store in
            try await Self.fill(store)
            let before = try await store.ledger.entries(0..<1_000)
            let database = try store.database()
            try await UnbundleLedgerEntries().revert(on: database)
            #expect(try await Self.count("ledger_bundles", try store.sql()) == 2)
            #expect(try await Self.count(LedgerTable.entries, try store.sql()) == 95)
            try await UnbundleLedgerEntries().prepare(on: database)
            #expect(try await !Self.tableExists("ledger_bundles", try store.sql()))
            #expect(try await Self.count(LedgerTable.entries, try store.sql()) == 607)
            #expect(try await store.ledger.entries(0..<1_000) == before)
            #expect(try await store.ledger.check().entries == 607)
        }
    }
}
