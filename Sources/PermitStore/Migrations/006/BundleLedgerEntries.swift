import Fluent
import Foundation
import PermitLedger
import SQLKit

/// Keeps a PostgreSQL ledger's full entry bundles as one row each
/// (`LedgerLayout.bundles`, `LedgerBundleStore`), and moves the entries of
/// every full bundle out of their rows. SQLite keeps its rows.
struct BundleLedgerEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard LedgerLayout(database as! any SQLDatabase) == .bundles else { return }
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            for statement in LedgerBundleStore.schema {
                try await sql.raw(SQLQueryString(statement)).run()
            }
            let bundled: SQLQueryString = """
                idx >= 0 AND idx < (SELECT size / \(unsafeRaw: String(LedgerBundleStore.width)) * \
                \(unsafeRaw: String(LedgerBundleStore.width)) FROM \(ident: LedgerTable.head) WHERE id = \(bind: LedgerHead.rowID))
                """
            try await sql.raw("""
                INSERT INTO \(ident: LedgerTable.bundles) (idx, entries, subject_ids) \
                SELECT idx / \(unsafeRaw: String(LedgerBundleStore.width)), string_agg(entry, ''::bytea ORDER BY idx), \
                array_agg(subject_id ORDER BY idx) FROM \(ident: LedgerTable.entries) WHERE \(bundled) \
                GROUP BY idx / \(unsafeRaw: String(LedgerBundleStore.width))
                """).run()
            try await sql.raw("DELETE FROM \(ident: LedgerTable.entries) WHERE \(bundled)").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard LedgerLayout(database as! any SQLDatabase) == .bundles else { return }
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            let rows = try await sql.select().column("idx").from(LedgerTable.bundles).orderBy("idx").all()
            for row in rows {
                let number = UInt64(try row.decode(column: "idx", as: Int64.self))
                let range = number * LedgerBundleStore.width..<(number + 1) * LedgerBundleStore.width
                let entries = try await LedgerBundleStore(db: sql).entries(range)
                try await BulkInsert(table: LedgerTable.entries, columns: ["idx", "subject_kind", "subject_id", "entry", "leaf_hash"])
                    .run(entries.map { entry in
                        [
                            .integer(Int64(entry.index)), .text(entry.entry.subjectKind), .text(entry.entry.subjectID),
                            .blob(entry.bytes), .blob(entry.leafHash.bytes),
                        ]
                    }, on: sql)
            }
            try await sql.raw("DROP INDEX \(ident: LedgerTable.tiles + "_leaf_hashes")").run()
            try await sql.raw("DROP FUNCTION \(ident: LedgerBundleStore.tileHashesFunction)(bytea)").run()
            try await sql.raw("DROP TABLE \(ident: LedgerTable.bundles)").run()
        }
    }
}
