import FluentPostgresDriver
import Foundation

/// Reads a PostgreSQL ledger's entries in index order, a page at a time,
/// straight from the driver's rows: through SQLKit's generic per-column
/// decoding that reading cost many times the hashing it exists for
/// (BENCHMARKS.md, issue 4). Every column is taken as the bytes the server
/// sent, so no entry costs a string or an array.
struct LedgerEntryScan {
    let database: any PostgresDatabase
    let pageSize: Int

    /// Entries from `index` on, at most one page of them.
    func page(from index: Int64) async throws -> LedgerEntryBatch {
        let result = try await database.query(
            "SELECT idx, subject_kind, subject_id, entry, leaf_hash FROM \(LedgerTable.entries) WHERE idx >= $1 ORDER BY idx LIMIT $2",
            [PostgresData(int64: index), PostgresData(int64: Int64(pageSize))]
        ).get()
        var batch = LedgerEntryBatch()
        for row in result.rows {
            let (index, kind, id, entry, leafHash) = try row.decode((Int64, ByteBuffer, ByteBuffer, ByteBuffer, ByteBuffer?).self)
            batch.append(index: index, subjectKind: kind, subjectID: id, entry: entry, leafHash: leafHash)
        }
        return batch
    }
}
