import Synchronization

/// The head as this process last committed it, so that the next append need
/// not read it back: one statement fewer in every change. It is only a
/// guess: the append writes the head on condition that it still has the
/// size the guess says (`LedgerHead.write(on:ifSizeIs:)`), and when another
/// process or task moved it, the change is run again from a fresh read.
final class LedgerHeadCache: Sendable {
    private let head = Mutex<LedgerHead?>(nil)

    /// The cached head, leaving none behind, so that a failed or concurrent
    /// append never reuses it.
    func take() -> LedgerHead? {
        head.withLock { cached in
            defer { cached = nil }
            return cached
        }
    }

    /// Keeps the head a committed transaction wrote.
    func keep(_ committed: LedgerHead) {
        head.withLock { $0 = committed }
    }
}

/// The cached head was out of date: another writer appended since.
struct StaleLedgerHead: Error {}
