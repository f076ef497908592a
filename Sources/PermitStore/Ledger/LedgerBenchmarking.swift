import PermitCore

extension LedgerRepository {
    /// Appends `events` through the write path's own `Journal.record`, in
    /// one transaction, writing no other row.
    ///
    /// For benchmarks only: measuring proofs and fsck at 10^6 entries needs a
    /// log that size within minutes, not one durable commit per entry. Subjects
    /// of covered kinds are refused, because an entry about a row that was
    /// never written would be a divergence that fsck reports.
    @_spi(Benchmarking)
    public func appendUncovered(_ events: [DomainEvent]) async throws {
        precondition(
            events.allSatisfy { CoveredTables.all[$0.subject.kind] == nil },
            "benchmark entries must not be about a covered table's rows"
        )
        try await store.journal.record(events, on: try store.database())
    }
}
