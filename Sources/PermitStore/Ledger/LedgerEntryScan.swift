import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import PermitCore

/// One stored entry exactly as its columns hold it, nothing decoded yet.
struct StoredEntry: Sendable {
    let index: Int64
    let subject: DomainEvent.Subject
    let bytes: [UInt8]
    /// Nil when the column is empty.
    let leafHash: [UInt8]?
}

/// Reads the ledger's entries in index order, a page at a time, straight
/// from the driver's rows. The fsck reads every entry; through SQLKit's
/// generic per-column decoding that reading cost many times the hashing it
/// exists for (BENCHMARKS.md, issue 4).
struct LedgerEntryScan {
    let database: any Database
    let pageSize: Int

    /// Entries from `index` on, at most one page of them; none from nil.
    func page(from index: Int64?) async throws -> [StoredEntry] {
        guard let index else { return [] }
        let columns = "idx, subject_kind, subject_id, entry, leaf_hash"
        if let sqlite = database as? any SQLiteDatabase {
            let rows = try await sqlite.query(
                "SELECT \(columns) FROM \(LedgerTable.entries) WHERE idx >= ? ORDER BY idx LIMIT ?",
                [.integer(Int(index)), .integer(pageSize)]
            )
            return try rows.map(Self.entry)
        }
        if let postgres = database as? any PostgresDatabase {
            let result = try await postgres.query(
                "SELECT \(columns) FROM \(LedgerTable.entries) WHERE idx >= $1 ORDER BY idx LIMIT $2",
                [PostgresData(int64: index), PostgresData(int64: Int64(pageSize))]
            ).get()
            return try result.rows.map(Self.entry)
        }
        throw StoreError.closed
    }

    private static func entry(_ row: SQLiteRow) throws -> StoredEntry {
        guard case .integer(let index) = row.column("idx"),
            case .text(let kind) = row.column("subject_kind"), case .text(let id) = row.column("subject_id"),
            case .blob(let bytes) = row.column("entry")
        else { throw StoreError.corruptRow(table: LedgerTable.entries, id: row.column("idx")?.description ?? "?") }
        let leafHash: [UInt8]? = if case .blob(let hash) = row.column("leaf_hash") { Array(hash.readableBytesView) } else { nil }
        return StoredEntry(
            index: Int64(index), subject: .init(kind: kind, id: id), bytes: Array(bytes.readableBytesView), leafHash: leafHash
        )
    }

    private static func entry(_ row: PostgresRow) throws -> StoredEntry {
        let (index, kind, id, bytes, leafHash) = try row.decode((Int64, String, String, ByteBuffer, ByteBuffer?).self)
        return StoredEntry(
            index: index, subject: .init(kind: kind, id: id), bytes: Array(bytes.readableBytesView),
            leafHash: leafHash.map { Array($0.readableBytesView) }
        )
    }
}
