import Foundation
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

/// Writers of one process queue for the ledger's lock before they take a
/// connection, so however many wait, readers still find one: a burst of
/// writers once exhausted PostgreSQL's pool and failed everyone with a pool
/// timeout.
@Suite("Write queue — writers waiting for the ledger hold no connection")
struct WriterQueueTests {
    @Test(
        "while one writer holds the ledger's lock and eight queue behind it, a read on another connection answers at once",
        .enabled(if: TestDatabase.isPostgres, "SQLite has one writer and no pool to exhaust"),
        .enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1, "needs a second event loop, so a second connection")
    )
    func readersFindAConnection() async throws {
        try await withTestStore { store in
            let (entered, enteredSignal) = AsyncStream<Void>.makeStream()
            let (release, releaseSignal) = AsyncStream<Void>.makeStream()
            let holder = Task {
                try await store.write { _ in
                    enteredSignal.yield()
                    for await _ in release { break }
                }
            }
            for await _ in entered { break }
            let queued = Task {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<8 { group.addTask { try await store.write { _ in } } }
                    try await group.waitForAll()
                }
            }
            // Time for the queued writers to reach the database if they would.
            try await Task.sleep(for: .milliseconds(300))

            // A read on each event loop's pool: the holder's waits for it,
            // another must answer while the writers still queue. The holder
            // is released whatever happens, so the store can be dropped.
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for database in try store.databasesOnEachEventLoop(count: 2) {
                        guard let sql = database as? any SQLDatabase else { continue }
                        group.addTask { try await sql.raw("SELECT 1").run() }
                    }
                    try await group.next()
                    releaseSignal.finish()
                    try await group.waitForAll()
                }
            } catch {
                releaseSignal.finish()
                throw error
            }
            try await holder.value
            try await queued.value
        }
    }
}
