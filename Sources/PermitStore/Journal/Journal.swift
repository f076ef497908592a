import Fluent
import Foundation
import PermitCore
import SQLKit

/// The one write path. A change of state is a closure that writes records,
/// plus the event that describes it; `commit` runs both in one database
/// transaction together with the ledger append, so the state and its entry in
/// the tamper-evident log exist together or not at all. Records are internal
/// to this module, so no other code can write the tables the ledger covers.
struct Journal: Sendable {
    private let gate: WriteGate?
    let writer: LedgerWriter

    init(serialised: Bool, signer: LedgerSigner) {
        gate = serialised ? WriteGate() : nil
        writer = LedgerWriter(signer: signer)
    }

    /// Runs `change` in a transaction; `change` returns its result and the
    /// event to append. Throwing anywhere rolls everything back.
    func commit<T: Sendable>(
        on database: any Database,
        _ change: @escaping @Sendable (any Database) async throws -> (T, DomainEvent)
    ) async throws -> T {
        try await commitMany(on: database) { db in
            let (result, event) = try await change(db)
            return (result, [event])
        }
    }

    /// As `commit`, for a change that is several events at once (an import):
    /// all of them or none.
    func commitMany<T: Sendable>(
        on database: any Database,
        _ change: @escaping @Sendable (any Database) async throws -> (T, [DomainEvent])
    ) async throws -> T {
        do {
            return try await run(change, on: database)
        } catch is StaleLedgerHead {
            // Another writer appended since this process's last commit; the
            // cache is empty now, so this run reads the head under its lock.
            return try await run(change, on: database)
        }
    }

    private func run<T: Sendable>(
        _ change: @escaping @Sendable (any Database) async throws -> (T, [DomainEvent]), on database: any Database
    ) async throws -> T {
        let writer = self.writer
        let transaction: @Sendable () async throws -> (T, LedgerHead) = {
            try await database.transaction { db in
                let (result, events) = try await change(db)
                guard let sql = db as? any SQLDatabase else { throw StoreError.closed }
                return (result, try await writer.append(events, on: sql))
            }
        }
        let (result, head) = if let gate { try await gate.withExclusiveAccess(transaction) } else { try await transaction() }
        writer.headCache.keep(head)
        return result
    }
}
