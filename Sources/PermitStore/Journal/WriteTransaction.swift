import Fluent
import Foundation
import PermitCore
import SQLKit
import Synchronization

/// The one object through which a command changes state. Every write it
/// offers takes the event that covers it and fills the event's fields from
/// the row written, so a row and its ledger entry cannot disagree or exist
/// apart; `Store.write` appends the events in the same database transaction.
/// Capabilities add their writes as extensions in their own folder, and
/// their reads inside the transaction (which see its own writes) likewise.
public final class WriteTransaction: Sendable {
    let db: any Database
    let sql: any SQLDatabase
    private let ledger: TransactionLedger
    private let recorded = Mutex<[DomainEvent]>([])

    fileprivate init(db: any Database, sql: any SQLDatabase, ledger: TransactionLedger) {
        self.db = db
        self.sql = sql
        self.ledger = ledger
    }

    /// Inserts a covered row and records `event` about it.
    func insert<R: LedgerCovered>(_ row: R, _ event: DomainEvent) async throws {
        try await row.create(on: db)
        try record(event.covering(row))
    }

    /// Saves a changed covered row and records `event` about it.
    func update<R: LedgerCovered>(_ row: R, _ event: DomainEvent) async throws {
        try await row.update(on: db)
        try record(event.covering(row))
    }

    private func record(_ event: DomainEvent) throws {
        recorded.withLock { $0.append(event) }
    }

    /// Appends entries now, for a write too large to hold all its events
    /// until the end (an import): the events recorded before them first,
    /// so the ledger keeps the order of the writes.
    func appendPart(_ entries: [EncodedEvent]) async throws {
        let earlier = recorded.withLock { events in
            defer { events = [] }
            return events
        }
        try await ledger.append(try EncodedEvent.all(earlier) + entries)
    }

    /// Appends what is still recorded. A change that found nothing to write
    /// (an alert raised already) appends nothing: an empty append would sign
    /// a second checkpoint of the same size.
    fileprivate func finish() async throws {
        let events = recorded.withLock { $0 }
        guard !events.isEmpty else { return }
        try await ledger.append(try EncodedEvent.all(events))
    }
}

/// An error whose answer takes a read after its transaction rolled back: a
/// PostgreSQL transaction a unique index refused reads nothing more.
protocol RefusalAfterRollback: Error {
    func refusal(in store: Store) async throws -> any Error
}

extension Store {
    /// Runs `change` once in one database transaction, after the ledger's
    /// lock is taken, and appends the events its writes carry; all of it is
    /// kept or none. A change that writes nothing appends nothing.
    public func write<T: Sendable>(_ change: @escaping @Sendable (WriteTransaction) async throws -> T) async throws -> T {
        do {
            return try await journal.commitInParts(on: try database()) { db, ledger in
                guard let sql = db as? any SQLDatabase else { throw StoreError.closed }
                let transaction = WriteTransaction(db: db, sql: sql, ledger: ledger)
                let result = try await change(transaction)
                try await transaction.finish()
                return result
            }
        } catch let pending as any RefusalAfterRollback {
            throw try await pending.refusal(in: self)
        }
    }
}
