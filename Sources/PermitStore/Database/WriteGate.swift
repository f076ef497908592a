import Synchronization

/// Serialises writers within one process, before they take a connection.
/// Every transaction of the write path takes the ledger's lock first, so
/// writers follow one another whatever the database; queueing here keeps the
/// waiting out of the database. On SQLite, which allows one writer at a
/// time, a second writer of the same process would otherwise spin in
/// SQLiteNIO's busy handler (a file) or fail at once (a shared in-memory
/// database). On PostgreSQL each waiting writer would otherwise hold a pooled
/// connection while it waits for the ledger row's lock, and a burst of
/// writers would exhaust the pool and fail its readers and writers alike.
/// Writers of other processes still wait in the database (`LedgerHead.lock`).
///
/// A lock rather than an actor: an uncontended writer, the usual case, passes
/// without a hop to another executor and back.
final class WriteGate: Sendable {
    private struct State {
        var isHeld = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func withExclusiveAccess<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async {
        let passed = state.withLock { state in
            defer { state.isHeld = true }
            return !state.isHeld
        }
        if passed { return }
        await withCheckedContinuation { continuation in
            // Released since the first look: take it now instead of waiting.
            let passes = state.withLock { state in
                if !state.isHeld {
                    state.isHeld = true
                    return true
                }
                state.waiting.append(continuation)
                return false
            }
            if passes { continuation.resume() }
        }
    }

    /// Hands the gate straight to the next waiter, so no newcomer can overtake.
    private func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiting.isEmpty else {
                state.isHeld = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
