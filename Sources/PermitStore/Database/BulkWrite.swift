import SQLKit

extension SQLDatabase {
    /// Settings for a transaction that writes tens of thousands of rows, run
    /// at its start. SQLite's default page cache (2 MiB) spills modified pages
    /// into the write-ahead log long before such a transaction commits, and
    /// pages at random keys are then written again and again; a multi-row
    /// `INSERT` also journals the pages it touches in a temporary file, so it
    /// can be undone alone. A larger cache and an in-memory statement journal
    /// keep both in memory. The settings stay with the connection: its cache
    /// grows only as far as a transaction needs it. Nothing to do on
    /// PostgreSQL, whose server owns its buffers.
    func prepareForBulkWrite() async throws {
        guard dialect.name == "sqlite" else { return }
        try await raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.bulkCacheKiB))").run()
        try await raw("PRAGMA temp_store = MEMORY").run()
    }

    /// 64 MiB: the pages a 100,000-enterprise import touches, most of them
    /// index pages at random keys.
    static var bulkCacheKiB: Int { 65_536 }
}
