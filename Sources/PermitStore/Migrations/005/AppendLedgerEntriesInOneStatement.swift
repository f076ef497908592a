import Fluent
import SQLKit

/// Gives SQLite the view through which one entry and its head are written in
/// a single statement (`OneStatementAppend`). PostgreSQL needs no schema for
/// it: a data-modifying `WITH` does the same there.
struct AppendLedgerEntriesInOneStatement: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return }
        for statement in OneStatementAppend.sqliteSchema {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return }
        // Dropping the view drops its trigger.
        try await sql.raw("DROP VIEW \(ident: OneStatementAppend.view)").run()
    }
}
