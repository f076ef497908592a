import FluentPostgresDriver
import Foundation
import PermitCore
import PermitLedger
@_spi(Benchmarking) @testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

/// PostgreSQL's fsck asks the server for each page's columns joined end to
/// end; what it splits them into must be exactly the rows, and anything it
/// cannot split must go back to reading rows.
@Suite("Ledger fsck on joined pages — split back into exactly the rows (REC-9)")
struct LedgerJoinedPagesTests {
    /// Entries of several shapes: fields, evidence, a Chinese subject.
    private static let entries: [LedgerEntry] = (0..<5).map { number in
        LedgerEntry(
            eventType: "district.added", actor: "system:test", subjectKind: number == 2 ? "case" : "district",
            subjectID: number == 3 ? "沪-2026-000\(number)" : String(310_100 + number), time: Date(timeIntervalSince1970: Double(number)),
            fields: Dictionary(uniqueKeysWithValues: (0..<number).map { ("k\($0)", String(repeating: "值", count: $0)) }),
            evidence: Array(repeating: TreeHasher.leafHash([UInt8(number)]), count: number % 3)
        )
    }

    /// The columns of `entries` as the server joins them.
    private struct Joined {
        var entries: [UInt8] = []
        var leafHashes: [UInt8] = []
        var kinds: [UInt8] = []
        var ids: [UInt8] = []

        init(_ entries: [LedgerEntry]) throws {
            let separator = [LedgerEntryBatch.joinedTextSeparator]
            for entry in entries {
                let bytes = try entry.encoded()
                self.entries += bytes
                leafHashes += TreeHasher.leafHash(bytes).bytes
            }
            kinds = Array(entries.map { Array($0.subjectKind.utf8) }.joined(separator: separator))
            ids = Array(entries.map { Array($0.subjectID.utf8) }.joined(separator: separator))
        }

        func batch(from start: Int64, count: Int) -> LedgerEntryBatch? {
            LedgerEntryBatch(
                joinedFrom: start, count: count, entries: ByteBuffer(bytes: entries), leafHashes: ByteBuffer(bytes: leafHashes),
                subjectKinds: ByteBuffer(bytes: kinds), subjectIDs: ByteBuffer(bytes: ids)
            )
        }
    }

    private static func rows(of batch: LedgerEntryBatch) -> [String] {
        batch.rows.map { row in
            let stored = batch.stored(row)
            return "\(stored.index) \(stored.subject.kind) \(stored.subject.id) \(stored.bytes) \(stored.leafHash ?? [])"
        }
    }

    @Test("joined columns split into the rows they were joined from")
    func splitsIntoTheRows() throws {
        var byRow = LedgerEntryBatch()
        for (offset, entry) in Self.entries.enumerated() {
            let bytes = try entry.encoded()
            byRow.append(
                index: 40 + Int64(offset), subjectKind: ByteBuffer(string: entry.subjectKind), subjectID: ByteBuffer(string: entry.subjectID),
                entry: ByteBuffer(bytes: bytes), leafHash: ByteBuffer(bytes: TreeHasher.leafHash(bytes).bytes)
            )
        }
        let joined = try #require(try Joined(Self.entries).batch(from: 40, count: Self.entries.count))
        #expect(Self.rows(of: joined) == Self.rows(of: byRow))
    }

    @Test("columns that do not split into exactly the rows counted give no batch")
    func refusesWhatDoesNotSplit() throws {
        let whole = try Joined(Self.entries)
        let count = Self.entries.count
        #expect(whole.batch(from: 0, count: count) != nil)
        #expect(whole.batch(from: 0, count: count - 1) == nil, "one entry more than counted")
        #expect(whole.batch(from: 0, count: count + 1) == nil, "one entry fewer than counted")
        #expect(whole.batch(from: 0, count: 0) == nil)
        var damaged = whole
        damaged.leafHashes.removeLast(Hash.byteCount)
        #expect(damaged.batch(from: 0, count: count) == nil, "a leaf hash missing, as string_agg skips a null")
        damaged = whole
        damaged.ids.insert(LedgerEntryBatch.joinedTextSeparator, at: 2)
        #expect(damaged.batch(from: 0, count: count) == nil, "a separator inside a subject")
        damaged = whole
        damaged.entries.removeLast()
        #expect(damaged.batch(from: 0, count: count) == nil, "the last entry cut short")
        damaged = whole
        damaged.entries.append(0)
        #expect(damaged.batch(from: 0, count: count) == nil, "a byte after the last entry")
    }

    @Test(
        "on PostgreSQL a joined page is read exactly as its rows, and a page it cannot split is read row by row",
        .enabled(if: TestDatabase.isPostgres, "the server joins pages only on PostgreSQL")
    )
    func joinedPagesOnPostgres() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 6)
            try await store.ledger.appendUncovered(LedgerFixture.uncoveredEvents(0..<40))
            let database = try #require(try store.database() as? any PostgresDatabase)
            let joined = LedgerEntryScan(database: database, pageSize: 4, joinsPages: true)
            let byRow = LedgerEntryScan(database: database, pageSize: 4, joinsPages: false)
            for start in stride(from: Int64(0), through: 48, by: 4) {
                let page = try #require(try await joined.joinedPage(from: start), "page \(start) was not joined")
                #expect(Self.rows(of: page) == Self.rows(of: try await byRow.rows(from: start)), "page \(start)")
            }

            let sql = try store.sql()
            try await sql.update("ledger_entries").set("leaf_hash", to: SQLLiteral.null).where("idx", .equal, 9).run()
            try await sql.update("ledger_entries").set("subject_id", to: "a\u{1F}b").where("idx", .equal, 21).run()
            for start: Int64 in [8, 20] {
                #expect(try await joined.joinedPage(from: start) == nil, "page \(start)")
                #expect(Self.rows(of: try await joined.page(from: start)) == Self.rows(of: try await byRow.rows(from: start)))
            }
        }
    }

    @Test("joined pages and rows read one by one find the same divergence, and none in an untouched log")
    func sameVerdictEitherWay() async throws {
        let damages: [@Sendable (any SQLDatabase) async throws -> Void] = [
            { _ in },
            { sql in
                // Two entries trade places: each still matches its own leaf hash.
                try await sql.update("ledger_entries").set("idx", to: -30).where("idx", .equal, 30).run()
                try await sql.update("ledger_entries").set("idx", to: 30).where("idx", .equal, 31).run()
                try await sql.update("ledger_entries").set("idx", to: 31).where("idx", .equal, -30).run()
            },
            { sql in try await sql.update("ledger_entries").set("subject_kind", to: "forged").where("idx", .equal, 12).run() },
            { sql in try await sql.delete(from: "ledger_entries").where("idx", .equal, 17).run() },
        ]
        for (number, damage) in damages.enumerated() {
            try await withTestStore { store in
                try await LedgerFixture.populate(store, districts: 6)
                try await store.ledger.appendUncovered(LedgerFixture.uncoveredEvents(0..<40))
                try await damage(try store.sql())
                func verdict(joining: Bool) async throws -> String {
                    var check = LedgerCheck(store: store, pageSize: 4)
                    check.joinsPages = joining
                    do { return "passed: \(try await check.run().root.hex)" } catch let divergence as LedgerDivergence {
                        return "\(divergence)"
                    }
                }
                let joined = try await verdict(joining: true)
                #expect(joined == (try await verdict(joining: false)), "damage \(number)")
                #expect(joined.hasPrefix("passed") == (number == 0), "damage \(number): \(joined)")
            }
        }
    }
}
