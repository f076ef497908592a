import Fluent
import Foundation
import PermitLedger
import SQLKit

/// Kept PostgreSQL's full entry bundles (the 256 entries under one full
/// level-0 tile) as one row each of `ledger_bundles`, and moved the entries
/// of every full bundle out of their rows; SQLite kept its rows. Migration
/// 010 (`UnbundleLedgerEntries`) moves them back: both databases now keep a
/// row per entry.
struct BundleLedgerEntries: AsyncMigration {
    /// Entries per bundle: one level-0 tile's worth.
    static let width = TileLayout.width
    static let table = "ledger_bundles"
    /// Splits a level-0 tile into its hashes, for the leaf-hash index.
    static let tileHashesFunction = "ledger_tile_hashes"

    static let schema = [
        """
        CREATE TABLE \(table) (idx bigint PRIMARY KEY, entries bytea NOT NULL, subject_ids text[] NOT NULL)
        """,
        "ALTER TABLE \(table) ALTER COLUMN entries SET STORAGE EXTERNAL, ALTER COLUMN subject_ids SET STORAGE EXTERNAL",
        "CREATE INDEX \(table)_subject_ids ON \(table) USING gin (subject_ids)",
        """
        CREATE FUNCTION \(tileHashesFunction)(tile bytea) RETURNS bytea[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT ARRAY(SELECT substring(tile FROM i * 32 + 1 FOR 32) FROM generate_series(0, length(tile) / 32 - 1) AS i)
        $$
        """,
        """
        CREATE INDEX \(LedgerTable.tiles)_leaf_hashes ON \(LedgerTable.tiles) USING gin (\(tileHashesFunction)(hashes)) WHERE level = 0
        """,
    ]

    static func isPostgres(_ database: any Database) -> Bool {
        (database as! any SQLDatabase).dialect.name != "sqlite"
    }

    func prepare(on database: any Database) async throws {
        guard Self.isPostgres(database) else { return }
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            for statement in Self.schema {
                try await sql.raw(SQLQueryString(statement)).run()
            }
            let bundled: SQLQueryString = """
                idx >= 0 AND idx < (SELECT size / \(unsafeRaw: String(Self.width)) * \
                \(unsafeRaw: String(Self.width)) FROM \(ident: LedgerTable.head) WHERE id = \(bind: LedgerHead.rowID))
                """
            try await sql.raw("""
                INSERT INTO \(ident: Self.table) (idx, entries, subject_ids) \
                SELECT idx / \(unsafeRaw: String(Self.width)), string_agg(entry, ''::bytea ORDER BY idx), \
                array_agg(subject_id ORDER BY idx) FROM \(ident: LedgerTable.entries) WHERE \(bundled) \
                GROUP BY idx / \(unsafeRaw: String(Self.width))
                """).run()
            try await sql.raw("DELETE FROM \(ident: LedgerTable.entries) WHERE \(bundled)").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard Self.isPostgres(database) else { return }
        try await database.transaction { db in
            try await UnbundleLedgerEntries.unbundle(on: db as! any SQLDatabase)
        }
    }
}
