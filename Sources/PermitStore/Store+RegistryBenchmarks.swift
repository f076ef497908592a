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
}
