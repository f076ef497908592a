import Foundation
import PermitCore
import PermitLedger
@_spi(Benchmarking) @testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

/// The fsck reads and hashes pages of entries apart and joins them in
/// order; with pages of four entries a small log spans many, so what lies
/// at or across a page's edge is checked too.
@Suite("Ledger fsck across pages — pages checked apart, joined in order (REC-9)")
struct LedgerCheckPagesTests {
    /// 7 covered entries from the fixture, then 40 uncovered ones: 47 in all.
    private func check(
        pageSize: Int = 4, _ damage: @escaping @Sendable (any SQLDatabase) async throws -> Void = { _ in }
    ) async throws -> Result<LedgerCheckSummary, LedgerDivergence> {
        var result: Result<LedgerCheckSummary, LedgerDivergence>?
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 6)
            try await store.ledger.appendUncovered(LedgerFixture.uncoveredEvents(0..<40))
            try await damage(try store.sql())
            do {
                result = .success(try await LedgerCheck(store: store, pageSize: pageSize).run())
            } catch let divergence as LedgerDivergence {
                result = .failure(divergence)
            }
        }
        return try #require(result)
    }

    @Test("the tree of pages is the tree of the whole log, for pages of 1, 4, 32 and 8192 entries")
    func samePassAnyPageSize() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 6)
            try await store.ledger.appendUncovered(LedgerFixture.uncoveredEvents(0..<40))
            let leaves = try await store.ledger.entries(0..<100).map(\.leafHash)
            for pageSize in [1, 4, 32, 1 << 13] {
                let summary = try await LedgerCheck(store: store, pageSize: pageSize).run()
                #expect(summary.entries == 47 && summary.coveredRows == 7)
                #expect(summary.root == Frontier().appending(leaves).root, "pages of \(pageSize)")
            }
        }
    }

    @Test("an entry changed in a later page is named, not an earlier one")
    func laterPage() async throws {
        let found = try await check { sql in
            try await sql.update("ledger_entries").set("subject_id", to: "forged").where("idx", .equal, 30).run()
        }
        guard case .failure(let divergence) = found else {
            Issue.record("entry 30 changed, but fsck passed")
            return
        }
        #expect(divergence.place == .entry(index: 30))
    }

    @Test("a missing entry is named wherever it falls: first or last of a page, or the last of the log")
    func missingAtEdges() async throws {
        for index in [8, 11, 46] {
            let found = try await check { sql in try await sql.delete(from: "ledger_entries").where("idx", .equal, index).run() }
            guard case .failure(let divergence) = found else {
                Issue.record("entry \(index) deleted, but fsck passed")
                continue
            }
            #expect(divergence.place == .entry(index: UInt64(index)) || index == 46 && divergence.place == .head, "\(divergence)")
        }
    }

    @Test("an entry no page reaches, below 0 or past a gap, is named")
    func strayEntries() async throws {
        for (index, expected) in [(-1, "negative index -1"), (1_000, "missing; the next stored entry is 1000")] {
            let found = try await check { sql in
                let row = try #require(try await sql.select().columns("subject_kind", "subject_id", "entry", "leaf_hash")
                    .from("ledger_entries").where("idx", .equal, 20).first())
                try await sql.insert(into: "ledger_entries").columns("idx", "subject_kind", "subject_id", "entry", "leaf_hash")
                    .values(
                        SQLBind(index), SQLBind(try row.decode(column: "subject_kind", as: String.self)),
                        SQLBind(try row.decode(column: "subject_id", as: String.self)),
                        SQLBind(try row.decode(column: "entry", as: Data.self)), SQLBind(try row.decode(column: "leaf_hash", as: Data.self))
                    ).run()
            }
            guard case .failure(let divergence) = found else {
                Issue.record("entry \(index) added, but fsck passed")
                continue
            }
            #expect(divergence.place == .entry(index: 47) && divergence.detail == expected, "\(divergence)")
        }
    }
}
