import Fluent
import SQLKit

/// The ledger's tables. They are written only by `LedgerWriter` inside the
/// journal's transaction and read by `LedgerRepository` and `LedgerCheck`.
///
/// - `ledger_entries`: the canonical entry bytes at each index, with the
///   subject repeated in columns so a case's entries are found by index;
///   `LedgerCheck` confirms the columns match the bytes.
/// - `ledger_nodes`: every completed perfect subtree (leaves included); since
///   migration 004 the tree is kept as hash tiles instead (`StoreLedgerTiles`).
/// - `ledger_head`: one row, locked by every append, holding the size, the
///   frontier and the latest signed checkpoint; the lock is what gives every
///   process writing to one database the same single order.
/// - `ledger_checkpoints`: signed checkpoints kept for history, at most about
///   one per second, which `LedgerCheck` proves consistent with today's tree.
struct CreateLedger: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(LedgerTable.entries)
            .field("idx", .int64, .identifier(auto: false))
            .field("subject_kind", .string, .required)
            .field("subject_id", .string, .required)
            .field("entry", .data, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "ledger_entries_subject").on(LedgerTable.entries)
            .column("subject_kind").column("subject_id").column("idx").run()

        try await Self.createNodes(on: database)

        try await database.schema(LedgerTable.head)
            .field("id", .int16, .identifier(auto: false))
            .field("size", .int64, .required)
            .field("frontier", .data, .required)
            .field("checkpoint", .string, .required)
            .field("history_at", .datetime)
            .create()
        try await LedgerHead.createEmpty(on: sql)

        try await database.schema(LedgerTable.checkpoints)
            .field("size", .int64, .identifier(auto: false))
            .field("note", .string, .required)
            .field("signed_at", .datetime, .required)
            .create()
    }

    /// The node table of this first layout, also what migration 004 restores
    /// when it is reverted.
    static func createNodes(on database: any Database) async throws {
        try await database.schema(LedgerTable.nodes)
            .field("level", .int16, .required)
            .field("idx", .int64, .required)
            .field("hash", .data, .required)
            .compositeIdentifier(over: "level", "idx")
            .create()
        try await (database as! any SQLDatabase).create(index: "ledger_nodes_hash").on(LedgerTable.nodes).column("hash").run()
    }

    func revert(on database: any Database) async throws {
        for table in [LedgerTable.checkpoints, LedgerTable.head, LedgerTable.nodes, LedgerTable.entries] {
            try await database.schema(table).delete()
        }
    }
}

enum LedgerTable {
    static let entries = "ledger_entries"
    static let nodes = "ledger_nodes"
    static let tiles = "ledger_tiles"
    static let head = "ledger_head"
    static let checkpoints = "ledger_checkpoints"
}
