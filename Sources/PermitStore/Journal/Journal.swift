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
        let writer = self.writer
        return try await retryingStaleHead(on: database) { db, sql in
            let (result, events) = try await change(db)
            return (result, try await writer.append(events, on: sql))
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
        return try await retryingStaleHead(on: database) { db, sql in
            let ledger = TransactionLedger(writer: writer, db: sql)
            let result = try await change(db, ledger)
            return (result, ledger.head)
        }
    }

    /// Appends events that change no row of their own. With the head this
    /// process last committed at hand, an append that is one statement
    /// (`LedgerAppend.isOneStatement`) runs in autocommit: its own durable
    /// transaction, without a `BEGIN` and `COMMIT` round trip each. Anything
    /// else (a tile or a history checkpoint to write, once in 256 appends and
    /// once a second at most), or a head another writer moved, takes the
    /// transaction of `commitMany`, which reads the head under its lock.
    func record(_ events: [DomainEvent], on database: any Database) async throws {
        let writer = self.writer
        let encoded = try EncodedEvent.all(events)
        let alone: @Sendable () async throws -> Bool = {
            guard let sql = database as? any SQLDatabase else { throw StoreError.closed }
            guard let cached = writer.headCache.take() else { return false }
            let append = try LedgerAppend(encoded, after: cached, signer: writer.signer)
            guard append.isOneStatement else { return false }
            do { try await append.write(on: sql, checked: true) } catch is StaleLedgerHead { return false }
            writer.headCache.keep(append.head)
            return true
        }
        let appended = if let gate { try await gate.withExclusiveAccess(alone) } else { try await alone() }
        if !appended {
            try await run({ _, sql in ((), try await writer.append(encoded, on: sql)) }, on: database)
        }
    }

    private func retryingStaleHead<T: Sendable>(
        on database: any Database, _ body: @escaping @Sendable (any Database, any SQLDatabase) async throws -> (T, LedgerHead?)
    ) async throws -> T {
        do {
            return try await run(body, on: database)
        } catch is StaleLedgerHead {
            // Another writer appended since this process's last commit; the
            // cache is empty now, so this run reads the head under its lock.
            return try await run(body, on: database)
        }
    }

    private func run<T: Sendable>(
        _ body: @escaping @Sendable (any Database, any SQLDatabase) async throws -> (T, LedgerHead?), on database: any Database
    ) async throws -> T {
        let transaction: @Sendable () async throws -> (T, LedgerHead?) = {
            try await database.transaction { db in
                guard let sql = db as? any SQLDatabase else { throw StoreError.closed }
                return try await body(db, sql)
            }
        }
        let (result, head) = if let gate { try await gate.withExclusiveAccess(transaction) } else { try await transaction() }
        if let head { writer.headCache.keep(head) }
        return result
    }
}

/// The ledger of one transaction, for a change that appends in parts: each
/// part takes the head the previous one left, under the same lock.
final class TransactionLedger: Sendable {
    private let writer: LedgerWriter
    private let db: any SQLDatabase
    private let latest = Mutex<LedgerHead?>(nil)

    fileprivate init(writer: LedgerWriter, db: any SQLDatabase) {
        self.writer = writer
        self.db = db
    }

    /// The head after the last part; nil if nothing was appended.
    fileprivate var head: LedgerHead? { latest.withLock { $0 } }

    func append(_ events: [EncodedEvent]) async throws {
        let previous = latest.withLock { $0 }
        let head = try await writer.append(events, on: db, after: previous)
        latest.withLock { $0 = head }
    }
}
