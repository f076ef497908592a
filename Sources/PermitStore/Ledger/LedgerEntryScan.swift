import FluentPostgresDriver
import Foundation

/// Reads a PostgreSQL ledger's entries in index order, a page at a time,
/// straight from the driver's bytes: through SQLKit's generic per-column
/// decoding that reading cost many times the hashing it exists for
/// (BENCHMARKS.md, issue 4).
///
/// A page is asked for joined: the server lays each column's values end to
/// end (`string_agg`), and one row of seven values crosses the wire instead
/// of a page's thousands of rows of five, whose handling in the driver was
/// most of the fsck's time. A page whose columns do not split into exactly its entries
/// is read again row by row. The order the server joins rows in is that of
/// the sorted subquery, relied on but not proven, so a divergence found
/// through joined pages is only reported once a row-by-row check confirms
/// it (`LedgerCheck.run`).
struct LedgerEntryScan {
    let database: any PostgresDatabase
    let pageSize: Int
    /// False to read every page row by row.
    let joinsPages: Bool

    /// The entries of the page starting at `index`; past a gap, the entries
    /// after it.
    func page(from index: Int64) async throws -> LedgerEntryBatch {
        if joinsPages, let batch = try await joinedPage(from: index) { return batch }
        return try await rows(from: index)
    }

    /// The page from `index` on, if the server's joined columns are exactly
    /// the entries `index..<index + count`: no gap, no stray index.
    func joinedPage(from index: Int64) async throws -> LedgerEntryBatch? {
        let separator = "E'\\x\(String(LedgerEntryBatch.joinedTextSeparator, radix: 16))'"
        let result = try await database.query(
            """
            SELECT count(*), min(idx), max(idx), string_agg(entry, ''::bytea), string_agg(leaf_hash, ''::bytea),
                string_agg(subject_kind, \(separator)), string_agg(subject_id, \(separator))
            FROM (SELECT idx, subject_kind, subject_id, entry, leaf_hash FROM \(LedgerTable.entries)
                WHERE idx >= $1 AND idx < $2 ORDER BY idx) AS page
            """,
            [PostgresData(int64: index), PostgresData(int64: index + Int64(pageSize))]
        ).get()
        guard let row = result.rows.first else { return nil }
        let (count, first, last, entries, leafHashes, kinds, ids) = try row.decode(
            (Int64, Int64?, Int64?, ByteBuffer?, ByteBuffer?, ByteBuffer?, ByteBuffer?).self
        )
        if count == 0 { return LedgerEntryBatch() }
        guard first == index, last == index + count - 1, let entries, let leafHashes, let kinds, let ids else { return nil }
        return LedgerEntryBatch(
            joinedFrom: index, count: Int(count), entries: entries, leafHashes: leafHashes, subjectKinds: kinds, subjectIDs: ids
        )
    }

    /// At most a page of entries from `index` on, a row each.
    func rows(from index: Int64) async throws -> LedgerEntryBatch {
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
