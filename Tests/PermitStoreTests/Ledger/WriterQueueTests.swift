import Foundation
import PermitStore
import PermitTestSupport
import Testing

/// Writers of one process queue for the ledger's lock before they take a
/// connection, so however many wait, readers still find one: a burst of
/// writers once exhausted PostgreSQL's pool and failed everyone with a pool
/// timeout.
@Suite("Write queue — writers waiting for the ledger hold no connection")
struct WriterQueueTests {
    @Test(
        "while one writer holds the ledger's lock and eight queue behind it, a read answers at once",
        .enabled(if: TestDatabase.isPostgres, "SQLite has one writer and no pool to exhaust")
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

            let size = try await store.ledger.size()

            releaseSignal.finish()
            try await holder.value
            try await queued.value
            #expect(try await store.ledger.size() == size)
        }
    }
}
