import Fluent
import SQLKit

/// Gave SQLite a view through which one entry and its head were written in a
/// single statement, refused when the head had moved since a cached read.
/// Writers now lock the head first, so migration 009 drops it again; the
/// schema stays here for databases migrated one step at a time.
struct AppendLedgerEntriesInOneStatement: AsyncMigration {
    static let view = "ledger_appends"

    static let sqliteSchema = [
        """
        CREATE VIEW \(view) AS SELECT NULL AS expected_size, NULL AS size, NULL AS frontier, NULL AS checkpoint, \
        NULL AS history_at, NULL AS idx, NULL AS subject_kind, NULL AS subject_id, NULL AS entry, NULL AS leaf_hash WHERE 0
        """,
        """
        CREATE TRIGGER \(view)_write INSTEAD OF INSERT ON \(view) BEGIN
            SELECT RAISE(ABORT, 'stale ledger head')
                WHERE NOT EXISTS (SELECT 1 FROM \(LedgerTable.head) WHERE id = \(LedgerHead.rowID) AND size = NEW.expected_size);
            UPDATE \(LedgerTable.head) SET size = NEW.size, frontier = NEW.frontier, checkpoint = NEW.checkpoint,
                history_at = NEW.history_at WHERE id = \(LedgerHead.rowID);
            INSERT INTO \(LedgerTable.entries) (idx, subject_kind, subject_id, entry, leaf_hash)
                VALUES (NEW.idx, NEW.subject_kind, NEW.subject_id, NEW.entry, NEW.leaf_hash);
        END
        """,
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return }
        for statement in Self.sqliteSchema {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return }
        // Dropping the view drops its trigger.
        try await sql.raw("DROP VIEW \(ident: Self.view)").run()
    }
}
