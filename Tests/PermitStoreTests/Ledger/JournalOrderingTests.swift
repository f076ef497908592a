import Foundation
import PermitCore
import PermitLedger
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Synchronization
import Testing

/// Writers are ordered by the ledger's lock, taken when their transaction
/// starts, never by running a change again: a change that stores a blob or
/// sends a notice must do so once (issue 15, item 2).
@Suite("Journal — concurrent writers each run their change exactly once")
struct JournalOrderingTests {
    final class Runs: Sendable {
        let count = Atomic<Int>(0)
    }

    @Test("two stores, as two processes, racing 40 changes: 40 runs, each seeing the head it then appends to")
    func raceRunsEachChangeOnce() async throws {
        try await withTwoStores { first, second in
            let runs = Runs()
            // Four writers, two per store, each on its own event loop and so
            // its own pooled connection, committing ten changes in turn. They
            // wait only for the ledger's lock, never for a connection: a pool
            // wait has a timeout that a loaded test machine once reached.
            let handles = try first.databasesOnEachEventLoop(count: 2).map { ($0, first) }
                + second.databasesOnEachEventLoop(count: 2).map { ($0, second) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (writer, (database, store)) in handles.enumerated() {
                    group.addTask {
                        for number in writer * 10..<(writer + 1) * 10 {
                            try await store.journal.commit(on: database) { db in
                                runs.count.add(1, ordering: .relaxed)
                                let seen = try await LedgerHead.read(on: db as! any SQLDatabase).frontier.size
                                // Long enough for the other store's writers to arrive meanwhile.
                                try await Task.sleep(for: .milliseconds(2))
                                return ((), Self.event(number, seenSize: seen))
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }

            #expect(runs.count.load(ordering: .relaxed) == 40)
            let entries = try await first.ledger.entries(0..<100)
            #expect(entries.count == 40)
            // The head a change read is the one its entry was appended to:
            // nobody appended between the change and its entry.
            #expect(entries.allSatisfy { $0.entry.fields["seenSize"] == String($0.index) })
            #expect(Set(entries.map(\.entry.subjectID)) == Set((0..<40).map(String.init)))
            #expect(try await first.ledger.check().entries == 40)
        }
    }

    static func event(_ number: Int, seenSize: UInt64) -> DomainEvent {
        DomainEvent(
            kind: .init(rawValue: "benchmark.recorded"), actor: .system("test"),
            subject: .init(kind: "benchmark", id: String(number)), occurredAt: .t0,
            fields: ["seenSize": String(seenSize)]
        )
    }

    /// Two stores on one database, each with its own pool (and on SQLite its
    /// own gate): PostgreSQL when the tests run on it, else an SQLite file,
    /// since in-memory databases are not shared between processes.
    private func withTwoStores(_ body: (Store, Store) async throws -> Void) async throws {
        if TestDatabase.isPostgres {
            try await withTestStore { first in
                try await withSecondStore(beside: first) { second in try await body(first, second) }
            }
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("permittrail-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Store.standalone(location: .sqliteFile(path: folder.appendingPathComponent("store.sqlite").path), signer: .testing)
        do {
            try await first.migrate()
            try await withSecondStore(beside: first) { second in try await body(first, second) }
        } catch {
            await first.shutdown()
            throw error
        }
        await first.shutdown()
    }
}
