import Foundation
import PermitLedger
import SQLKit

/// The one row every append locks: the tree's size and frontier, and the
/// latest signed checkpoint. Reading it `FOR UPDATE` on PostgreSQL makes
/// concurrent writers, in any number of processes, append one after the
/// other; SQLite has a single writer anyway (see `WriteGate`).
struct LedgerHead: Sendable {
    var frontier: Frontier
    /// The signed note of the latest checkpoint; empty before the first append.
    var checkpoint: String
    /// When a checkpoint was last kept in `ledger_checkpoints`.
    var historyAt: Date?

    static let rowID = 1

    /// The frontier's perfect subtrees by address: they never change, so a
    /// proof at any size can use them without reading their tiles.
    var knownNodes: [NodeID: Hash] {
        Dictionary(uniqueKeysWithValues: zip(frontier.nodeIDs, frontier.hashes))
    }

    static func read(on db: any SQLDatabase, forUpdate: Bool = false) async throws -> LedgerHead {
        var query = db.select().columns("size", "frontier", "checkpoint", "history_at")
            .from(LedgerTable.head).where("id", .equal, rowID)
        if forUpdate { query = query.for(.update) }
        guard let row = try await query.first() else { throw StoreError.corruptRow(table: LedgerTable.head, id: "\(rowID)") }
        let size = try row.decode(column: "size", as: Int64.self)
        let hashes = LedgerBytes.hashes(try row.decode(column: "frontier", as: Data.self))
        guard size >= 0, let hashes, let frontier = try? Frontier(size: UInt64(size), hashes: hashes) else {
            throw StoreError.corruptRow(table: LedgerTable.head, id: "\(rowID)")
        }
        return LedgerHead(
            frontier: frontier,
            checkpoint: try row.decode(column: "checkpoint", as: String.self),
            historyAt: try row.decode(column: "history_at", as: Date?.self)
        )
    }

    /// The row of the empty log, written by the migration so that the very
    /// first appends already have a row to lock.
    static func createEmpty(on db: any SQLDatabase) async throws {
        try await db.insert(into: LedgerTable.head)
            .columns("id", "size", "frontier", "checkpoint", "history_at")
            .values(SQLBind(rowID), SQLBind(Int64(0)), SQLBind(Data()), SQLBind(""), SQLLiteral.null)
            .run()
    }

    func write(on db: any SQLDatabase) async throws {
        try await db.raw(update).run()
    }

    /// Writes the head only if the stored one still has `size` entries;
    /// false if another writer moved it. On PostgreSQL the update waits for
    /// a concurrent writer's lock and then sees its size.
    func write(on db: any SQLDatabase, ifSizeIs size: UInt64) async throws -> Bool {
        try await db.raw(update + " AND size = \(bind: Int64(size)) RETURNING size").first() != nil
    }

    /// Written out rather than built: this statement runs with every change,
    /// and SQLKit's builders cost more to serialise than SQLite to run it.
    var update: SQLQueryString {
        """
        UPDATE \(ident: LedgerTable.head) SET size = \(bind: Int64(frontier.size)), \
        frontier = \(bind: LedgerBytes.data(frontier.hashes)), checkpoint = \(bind: checkpoint), \
        history_at = \(bind: historyAt) WHERE id = \(bind: Self.rowID)
        """
    }

    /// The head's columns in the order `size, frontier, checkpoint, history_at`.
    var values: SQLQueryString {
        "\(bind: Int64(frontier.size)), \(bind: LedgerBytes.data(frontier.hashes)), \(bind: checkpoint), \(bind: historyAt)"
    }
}

/// Hashes as stored: raw 32-byte strings, concatenated for lists.
enum LedgerBytes {
    static func data(_ hashes: [Hash]) -> Data {
        var data = Data(capacity: hashes.count * Hash.byteCount)
        for hash in hashes { data.append(contentsOf: hash.bytes) }
        return data
    }

    /// Nil unless the bytes are a whole number of hashes.
    static func hashes(_ data: Data) -> [Hash]? {
        guard data.count % Hash.byteCount == 0 else { return nil }
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count, by: Hash.byteCount).compactMap {
            try? Hash(bytes: bytes[$0..<$0 + Hash.byteCount])
        }
    }

    static func hash(_ data: Data) -> Hash? {
        try? Hash(bytes: data)
    }
}
