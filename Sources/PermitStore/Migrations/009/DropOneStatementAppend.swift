import Fluent

/// Drops SQLite's one-statement append view (migration 005): every append
/// now runs in a transaction that locked the head first.
struct DropOneStatementAppend: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await AppendLedgerEntriesInOneStatement().revert(on: database)
    }

    func revert(on database: any Database) async throws {
        try await AppendLedgerEntriesInOneStatement().prepare(on: database)
    }
}
