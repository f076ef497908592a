import FluentPostgresDriver
import Foundation

/// Reads a PostgreSQL ledger's entries in index order, a page at a time,
/// straight from the driver's bytes: through SQLKit's generic per-column
/// decoding that reading cost many times the hashing it exists for
/// (BENCHMARKS.md, issue 4).
///
/// A page is the bundles that hold it, each one row with its level-0 tile
/// beside it, and past the last bundle the newest entries' rows. The tile is
/// looked up bundle by bundle: as a join, a planner without statistics on a
/// freshly filled log hashed every tile for every page.
struct LedgerEntryScan {
    let database: any PostgresDatabase
    let pageSize: Int

    /// The entries of the page starting at `index`; past a gap, the entries
    /// after it.
    func page(from index: Int64) async throws -> LedgerEntryBatch {
        let width = Int64(LedgerBundleStore.width)
        let end = index + Int64(pageSize)
        let result = try await database.query(
            """
            SELECT b.idx, b.entries, b.subject_ids,
                (SELECT t.hashes FROM \(LedgerTable.tiles) AS t WHERE t.level = 0 AND t.idx = b.idx)
            FROM \(LedgerTable.bundles) AS b WHERE b.idx >= $1 AND b.idx < $2 ORDER BY b.idx
            """,
            [PostgresData(int64: index / width), PostgresData(int64: (end + width - 1) / width)]
        ).get()
        var batch = LedgerEntryBatch()
        batch.reserveCapacity(bytes: result.rows.reduce(0) { sum, row in row.reduce(sum) { $0 + ($1.bytes?.readableBytes ?? 0) } })
        var next = index
        for row in result.rows {
            let (number, entries, subjectIDs, tile) = try row.decode((Int64, ByteBuffer, ByteBuffer, ByteBuffer?).self)
            // A missing bundle leaves its entries to the rows, where the
            // check finds them missing or out of place.
            guard number == next / width else { break }
            batch.append(bundle: number, entries: entries, subjectIDs: subjectIDs, tile: tile, within: next..<end)
            guard batch.stop == nil else { return batch }
            next = min(end, (number + 1) * width)
        }
        if next < end { try await appendRows(from: next, count: Int(end - next), to: &batch) }
        return batch
    }

    /// At most `count` entries' rows from `index` on.
    private func appendRows(from index: Int64, count: Int, to batch: inout LedgerEntryBatch) async throws {
        let result = try await database.query(
            "SELECT idx, subject_kind, subject_id, entry, leaf_hash FROM \(LedgerTable.entries) WHERE idx >= $1 ORDER BY idx LIMIT $2",
            [PostgresData(int64: index), PostgresData(int64: Int64(count))]
        ).get()
        for row in result.rows {
            let (index, kind, id, entry, leafHash) = try row.decode((Int64, ByteBuffer, ByteBuffer, ByteBuffer, ByteBuffer?).self)
            batch.append(index: index, subjectKind: kind, subjectID: id, entry: entry, leafHash: leafHash)
        }
    }
}
