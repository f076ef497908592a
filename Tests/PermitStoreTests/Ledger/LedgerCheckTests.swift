import Foundation
import PermitCore
import PermitLedger
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

/// Each test damages the database the way someone with direct access might,
/// bypassing the write path, and expects fsck to name the first divergence.
@Suite("Ledger fsck — no record is altered or removed unnoticed (REC-9, ARC-1)")
struct LedgerCheckTests {
    /// Runs `damage` on a populated store and returns what fsck says.
    private func divergence(
        _ damage: @escaping @Sendable (Store, any SQLDatabase) async throws -> Void
    ) async throws -> LedgerDivergence? {
        var found: LedgerDivergence?
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 6)
            _ = try await store.ledger.check()
            try await damage(store, try store.sql())
            do {
                _ = try await store.ledger.check()
            } catch let divergence as LedgerDivergence {
                found = divergence
            }
        }
        return found
    }

    private static func entryBytes(_ index: Int, _ sql: any SQLDatabase) async throws -> [UInt8] {
        let row = try #require(try await sql.select().column("entry").from("ledger_entries").where("idx", .equal, index).first())
        return [UInt8](try row.decode(column: "entry", as: Data.self))
    }

    private static func setEntry(_ index: Int, _ bytes: [UInt8], _ sql: any SQLDatabase) async throws {
        try await sql.update("ledger_entries").set("entry", to: Data(bytes)).where("idx", .equal, index).run()
    }

    @Test("an untouched database passes")
    func clean() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 6)

            let summary = try await store.ledger.check()

            #expect(summary.entries == 7)
            // Seven leaf hashes; a tree this small has no full tile yet.
            #expect(summary.nodes == 7)
            #expect(summary.coveredRows == 7)
            #expect(summary.checkpoints == 8)
        }
    }

    @Test("one byte of a covered row")
    func coveredRowByte() async throws {
        let found = try await divergence { _, sql in
            try await sql.update("districts").set("name", to: "测试区９").where("code", .equal, "310103").run()
        }
        #expect(found?.place == .coveredRow(kind: "district", id: "310103"))
        #expect(found?.description.contains("name is \"测试区3\" in the ledger and \"测试区９\" in the table") == true)
    }

    @Test("a password hash replaced in the table")
    func credential() async throws {
        let found = try await divergence { _, sql in
            try await sql.update("users").set("password_hash", to: "$2b$12$attacker").run()
        }
        #expect(found?.detail.contains("credential") == true)
    }

    @Test("one byte of an entry")
    func entryByte() async throws {
        let found = try await divergence { _, sql in
            var bytes = try await Self.entryBytes(2, sql)
            let digit = try #require(bytes.lastIndex(of: UInt8(ascii: "3")))
            bytes[digit] = UInt8(ascii: "4")
            try await Self.setEntry(2, bytes, sql)
        }
        #expect(found?.place == .entry(index: 2))
        #expect(found?.subject == DomainEvent.Subject(kind: "district", id: "310103"))
    }

    @Test("an entry that no longer decodes")
    func entryTruncated() async throws {
        let found = try await divergence { _, sql in
            try await Self.setEntry(4, Array(try await Self.entryBytes(4, sql).dropLast()), sql)
        }
        #expect(found?.place == .entry(index: 4))
        #expect(found?.detail.contains("not a canonical entry") == true)
    }

    @Test("an entry's bytes rewritten as text, which SQLite accepts in any column")
    func entryOfAnotherType() async throws {
        let found = try await divergence { _, sql in
            guard sql.dialect.name == "sqlite" else {
                // PostgreSQL's bytea column takes no text; the same edit as bytes is "one byte of an entry".
                return try await Self.setEntry(5, try await Self.entryBytes(5, sql).map { $0 == 0 ? 1 : $0 }, sql)
            }
            try await sql.raw("UPDATE ledger_entries SET entry = CAST(entry AS TEXT) WHERE idx = 5").run()
        }
        #expect(found?.place == .entry(index: 5))
        if (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty {
            #expect(found?.detail == "its column entry holds text, not bytes")
        }
    }

    @Test("one stored leaf hash")
    func leafHash() async throws {
        let found = try await divergence { _, sql in
            try await sql.update("ledger_entries").set("leaf_hash", to: Data(repeating: 0xAB, count: 32)).where("idx", .equal, 1).run()
        }
        #expect(found?.place == .entry(index: 1))
        #expect(found?.detail.contains("stored leaf hash is abab") == true)
    }

    @Test("an entry row deleted")
    func entryDeleted() async throws {
        let found = try await divergence { _, sql in
            try await sql.delete(from: "ledger_entries").where("idx", .equal, 3).run()
        }
        #expect(found?.place == .entry(index: 3))
        #expect(found?.detail.contains("missing") == true)
    }

    @Test("a covered row deleted")
    func coveredRowDeleted() async throws {
        let found = try await divergence { _, sql in
            try await sql.delete(from: "districts").where("code", .equal, "310105").run()
        }
        #expect(found?.place == .coveredRow(kind: "district", id: "310105"))
    }

    @Test("a row added behind the write path's back")
    func coveredRowAdded() async throws {
        let found = try await divergence { _, sql in
            try await sql.insert(into: "districts").columns("code", "name", "level", "created_at")
                .values(SQLBind("310199"), SQLBind("伪造区"), SQLBind("district"), SQLBind(Date.t0)).run()
        }
        #expect(found?.place == .coveredRow(kind: "district", id: "310199"))
    }

    @Test("two entry rows swapped")
    func entriesSwapped() async throws {
        let found = try await divergence { _, sql in
            let (second, third) = (try await Self.entryBytes(1, sql), try await Self.entryBytes(2, sql))
            try await Self.setEntry(1, third, sql)
            try await Self.setEntry(2, second, sql)
        }
        #expect(found?.place == .entry(index: 1))
    }

    @Test("a checkpoint replaced by one the log's key never signed")
    func checkpointReplaced() async throws {
        let found = try await divergence { _, sql in
            let forger = LedgerSigner(key: try NoteSignerKey(name: "permittrail/test"))
            let forged = try Checkpoint(origin: "permittrail/test", size: 3, root: TreeHasher.emptyRoot)
            let note = try SignedCheckpoint(signing: forged, with: [forger.key]).formatted
            try await sql.update("ledger_checkpoints").set("note", to: note).where("size", .equal, 3).run()
        }
        #expect(found?.place == .checkpoint(size: 3))
        #expect(found?.detail.contains("does not verify") == true)
    }

    @Test("the latest checkpoint replaced by an older genuine one")
    func checkpointRolledBack() async throws {
        let found = try await divergence { store, sql in
            let older = try #require(try await store.ledger.checkpointHistory().first { $0.size == 2 })
            try await sql.update("ledger_head").set("checkpoint", to: older.note).run()
        }
        #expect(found?.place == .checkpoint(size: 7))
    }
}
