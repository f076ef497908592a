import SQLKit

extension Store {
    /// Raw SQL in one transaction, for the registry benchmark's reference: a
    /// plain bulk insert of the rows an import writes, into a table of its own
    /// (Benchmarks/RegistryBenchmark). Tables the ledger covers are written
    /// through the journal only; this is for scratch tables. The transaction
    /// gets the settings an import's transaction gets.
    @_spi(Benchmarking)
    public func registryBenchmarkTransaction<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await sqlTransaction { sql in
            try await sql.prepareForBulkWrite()
            return try await body(sql)
        }
    }

    /// Text rows into a scratch table through the store's own bulk path
    /// (values bound by the driver; `COPY` on PostgreSQL), for the reference
    /// that stores the same rows exactly as fast as the import could.
    @_spi(Benchmarking)
    public static func registryBenchmarkBulkInsert(
        _ rows: [[String]], into table: String, columns: [String], on sql: any SQLDatabase
    ) async throws {
        try await BulkInsert(table: table, columns: columns).run(rows.map { $0.map(BulkValue.text) }, on: sql)
    }
}
