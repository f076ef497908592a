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
    private let recorded = Mutex<[DomainEvent]>([])

    fileprivate init(db: any Database, sql: any SQLDatabase) {
        self.db = db
        self.sql = sql
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

    fileprivate var events: [DomainEvent] { recorded.withLock { $0 } }
}

extension Store {
    /// Runs `change` once in one database transaction, after the ledger's
    /// lock is taken, and appends the events its writes carry; all of it is
    /// kept or none. A change that writes nothing appends nothing.
    public func write<T: Sendable>(_ change: @escaping @Sendable (WriteTransaction) async throws -> T) async throws -> T {
        try await journal.commitMany(on: try database()) { db in
            guard let sql = db as? any SQLDatabase else { throw StoreError.closed }
            let transaction = WriteTransaction(db: db, sql: sql)
            let result = try await change(transaction)
            return (result, transaction.events)
        }
    }
}
