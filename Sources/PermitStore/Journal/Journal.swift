import Fluent
import Foundation
import PermitCore
import SQLKit
import Synchronization

/// The one write path. A change of state is a closure that writes records,
/// plus the event that describes it; `commit` runs both in one database
/// transaction together with the ledger append, so the state and its entry in
/// the tamper-evident log exist together or not at all. Records are internal
/// to this module, so no other code can write the tables the ledger covers.
///
/// Every transaction takes the ledger's lock before its change runs
/// (`LedgerHead.lock`), so writers, in any number of processes, follow one
/// another and a change runs exactly once: later changes store blobs and send
/// notices, which must not happen twice.
struct Journal: Sendable {
    private let gate = WriteGate()
    let writer: LedgerWriter

    init(signer: LedgerSigner) {
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
        let writer = self.writer
        return try await locked(on: database) { db, sql, head in
            let (result, events) = try await change(db)
            _ = try await writer.append(try EncodedEvent.all(events), on: sql, after: head)
            return result
        }
    }

    /// As `commitMany`, for a change too large to hold all its events at
    /// once: it appends them itself, a part at a time, through `ledger`,
    /// inside the same transaction; all of them or none still.
    func commitInParts<T: Sendable>(
        on database: any Database,
        _ change: @escaping @Sendable (any Database, TransactionLedger) async throws -> T
    ) async throws -> T {
        let writer = self.writer
        return try await locked(on: database) { db, sql, head in
            try await change(db, TransactionLedger(writer: writer, db: sql, head: head))
        }
    }

    /// Appends events that change no row of their own.
    func record(_ events: [DomainEvent], on database: any Database) async throws {
        let writer = self.writer
        let encoded = try EncodedEvent.all(events)
        try await locked(on: database) { _, sql, head in
            _ = try await writer.append(encoded, on: sql, after: head)
        }
    }

    /// Runs `body` once, in a transaction that holds the ledger's lock from
    /// its first statement, with the head read under that lock.
    private func locked<T: Sendable>(
        on database: any Database,
        _ body: @escaping @Sendable (any Database, any SQLDatabase, LedgerHead) async throws -> T
    ) async throws -> T {
        let transaction: @Sendable () async throws -> T = {
            try await database.transaction { db in
                guard let sql = db as? any SQLDatabase else { throw StoreError.closed }
                return try await body(db, sql, try await SQLLedgerLog(db: sql).head(locking: true))
            }
        }
        // This process's writers queue here before they take a connection
        // (see `WriteGate`).
        return try await gate.withExclusiveAccess(transaction)
    }
}

/// The ledger of one transaction, for a change that appends in parts: each
/// part takes the head the previous one left, under the same lock.
final class TransactionLedger: Sendable {
    private let writer: LedgerWriter
    private let db: any SQLDatabase
    private let latest: Mutex<LedgerHead>

    fileprivate init(writer: LedgerWriter, db: any SQLDatabase, head: LedgerHead) {
        self.writer = writer
        self.db = db
        latest = Mutex(head)
    }

    func append(_ events: [EncodedEvent]) async throws {
        let previous = latest.withLock { $0 }
        let head = try await writer.append(events, on: db, after: previous)
        latest.withLock { $0 = head }
    }
}
