import FluentSQLiteDriver
import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// The commonest append, one entry, as a single statement: the head is
/// written on condition that it still has the size the entry's index assumes,
/// and the entry is inserted only if it was. A change therefore costs one
/// round trip to the database fewer, and an append that is a transaction of
/// its own needs no `BEGIN` or `COMMIT` either (see `Journal.record`).
///
/// PostgreSQL does both in one data-modifying `WITH`; SQLite, which has none,
/// inserts into the view `ledger_appends`, whose trigger does the same
/// (migration `AppendLedgerEntriesInOneStatement`).
struct OneStatementAppend {
    let head: LedgerHead
    let firstIndex: UInt64
    let entry: EncodedEvent

    /// What the SQLite trigger says when the head has moved.
    static let staleHeadMessage = "stale ledger head"

    /// - Throws: `StaleLedgerHead` when another writer moved the head.
    func run(on db: any SQLDatabase) async throws {
        if db.dialect.name == "sqlite" {
            do {
                try await db.raw(sqliteStatement).run()
            } catch let error as SQLiteError where error.message == Self.staleHeadMessage {
                throw StaleLedgerHead()
            }
        } else {
            guard try await db.raw(postgresStatement).first() != nil else { throw StaleLedgerHead() }
        }
    }

    private var sqliteStatement: SQLQueryString {
        """
        INSERT INTO \(ident: Self.view) (expected_size, size, frontier, checkpoint, history_at, \
        idx, subject_kind, subject_id, entry, leaf_hash) VALUES (\(bind: Int64(firstIndex)), \(head.values), \(entryValues))
        """
    }

    private var postgresStatement: SQLQueryString {
        """
        WITH moved AS (\(head.update) AND size = \(bind: Int64(firstIndex)) RETURNING size) \
        INSERT INTO \(ident: LedgerTable.entries) (idx, subject_kind, subject_id, entry, leaf_hash) \
        SELECT \(entryValues) FROM moved RETURNING idx
        """
    }

    private var entryValues: SQLQueryString {
        """
        \(bind: Int64(firstIndex)), \(bind: entry.event.subject.kind), \(bind: entry.event.subject.id), \
        \(bind: Data(entry.bytes)), \(bind: Data(entry.leafHash.bytes))
        """
    }

    static let view = "ledger_appends"

    /// SQLite's statement behind the view: refuses a stale head, then writes
    /// the head and the entry. `RAISE(ABORT)` undoes the statement, and in
    /// autocommit the transaction SQLite opened for it.
    static let sqliteSchema = [
        """
        CREATE VIEW \(view) AS SELECT NULL AS expected_size, NULL AS size, NULL AS frontier, NULL AS checkpoint, \
        NULL AS history_at, NULL AS idx, NULL AS subject_kind, NULL AS subject_id, NULL AS entry, NULL AS leaf_hash WHERE 0
        """,
        """
        CREATE TRIGGER \(view)_write INSTEAD OF INSERT ON \(view) BEGIN
            SELECT RAISE(ABORT, '\(staleHeadMessage)')
                WHERE NOT EXISTS (SELECT 1 FROM \(LedgerTable.head) WHERE id = \(LedgerHead.rowID) AND size = NEW.expected_size);
            UPDATE \(LedgerTable.head) SET size = NEW.size, frontier = NEW.frontier, checkpoint = NEW.checkpoint,
                history_at = NEW.history_at WHERE id = \(LedgerHead.rowID);
            INSERT INTO \(LedgerTable.entries) (idx, subject_kind, subject_id, entry, leaf_hash)
                VALUES (NEW.idx, NEW.subject_kind, NEW.subject_id, NEW.entry, NEW.leaf_hash);
        END
        """,
    ]
}
