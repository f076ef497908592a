import Fluent
import Foundation
import PermitCore
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

/// The fsck reads covered rows without Fluent's per-row reflection; what it
/// reads must be what Fluent's own decoding gives.
@Suite("Covered rows read for the fsck, as Fluent reads them (REC-9)")
struct CoveredTablesTests {
    private static func oracle<R: LedgerCovered>(_ type: R.Type, on db: any Database) async throws -> [String: [String: String]] {
        var rows: [String: [String: String]] = [:]
        for record in try await R.query(on: db).all() { rows[record.subjectID] = try record.ledgerFields() }
        return rows
    }

    @Test("every row's fields, optional fields included, are those Fluent decodes")
    func sameAsFluent() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 6)
            // A city account: its district is null.
            _ = try await store.testWrites.create(
                try AccountRules.validate(AccountDraft(
                    username: "li.ming", displayName: "李明", role: "city_officer", district: "", password: "correct horse battery"
                )),
                passwordHash: "$2b$12$other", by: LedgerFixture.actor, at: .t0.addingTimeInterval(90)
            )
            let db = try store.database()
            let loaded = try await CoveredTables.load(on: db)
            let users = try #require(loaded[UserRecord.subjectKind]).mapValues { try $0.get() }
            let districts = try #require(loaded[DistrictRecord.subjectKind]).mapValues { try $0.get() }
            #expect(users.count == 2 && districts.count == 6)
            #expect(users == (try await Self.oracle(UserRecord.self, on: db)))
            #expect(districts == (try await Self.oracle(DistrictRecord.self, on: db)))
            #expect(Set(users.values.map { $0["district"] ?? "absent" }).count == 2, "one account with a district, one without")
        }
    }

    @Test(
        "a row that cannot be decoded fails the load, as Fluent's would",
        .enabled(if: !TestDatabase.isPostgres, "PostgreSQL's column types refuse such a value in the first place")
    )
    func undecodableRow() async throws {
        try await withTestStore { store in
            try await LedgerFixture.populate(store, districts: 2)
            try await store.sql().update("districts").set("created_at", to: "not a time").where("code", .equal, "310101").run()
            await #expect(throws: (any Error).self) { try await CoveredTables.load(on: try store.database()) }
        }
    }

    @Test("every table the migrations make is covered by the ledger or says why it is not")
    func noTableMissed() async throws {
        try await withTestStore { store in
            let sql = try store.sql()
            let rows = TestDatabase.isPostgres
                ? try await sql.raw("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'").all()
                : try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
            let tables = Set(try rows.map { try $0.decode(column: "name", as: String.self) })
            let covered = Set(Store.schemas.flatMap(\.covered).map { $0.schema })
            let explained = Set(Store.schemas.flatMap(\.uncovered.keys))
            #expect(tables.subtracting(covered).subtracting(explained).isEmpty, "tables neither covered nor explained")
            #expect(covered.isSubset(of: tables), "a covered table the migrations do not make")
            #expect(covered.isDisjoint(with: explained))
            #expect(Set(CoveredTables.all.keys).count == Store.schemas.flatMap(\.covered).count, "two covered types share a subject kind")
        }
    }
}
