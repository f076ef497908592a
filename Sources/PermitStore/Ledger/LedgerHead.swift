import Foundation
import PermitLedger
import SQLKit

/// The one row every write transaction locks first (`lock(on:)`): the
/// tree's size and frontier, and the latest signed checkpoint.
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

    /// Takes the ledger's lock for the rest of the caller's transaction and
    /// reads the head under it, so that concurrent writers, in any number of
    /// processes, append one after the other.
    static func lock(on db: any SQLDatabase) async throws -> LedgerHead {
        if db.dialect.name == "sqlite" {
            // SQLite's BEGIN takes no lock until the first write, and a
            // transaction that read before another process wrote can no longer
            // write at all. Writing first makes it the writer at once, waiting
            // for any other, as `BEGIN IMMEDIATE` would.
            try await db.raw("UPDATE \(ident: LedgerTable.head) SET id = id WHERE id = \(bind: rowID)").run()
        }
        return try await read(on: db, forUpdate: true)
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
        try await db.update(LedgerTable.head)
            .set("size", to: SQLBind(Int64(frontier.size))).set("frontier", to: SQLBind(LedgerBytes.data(frontier.hashes)))
            .set("checkpoint", to: SQLBind(checkpoint)).set("history_at", to: SQLBind(historyAt))
            .where("id", .equal, Self.rowID)
            .run()
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
