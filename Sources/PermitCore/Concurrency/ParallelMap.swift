import Foundation

extension Array where Element: Sendable {
    /// `map` on every processor: the array is cut into one run of elements
    /// per processor, and the results come back in the original order.
    /// For pure, CPU-bound work on large inputs (checking the rows of an
    /// import); below `minimumRun` elements per run it is plain `map`.
    /// Blocks the calling thread until every run is done, which also works
    /// as one of the runs.
    public func parallelMap<T: Sendable>(minimumRun: Int = 2_000, _ transform: @Sendable (Element) -> T) -> [T] {
        let runs = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / Swift.max(minimumRun, 1))
        guard runs > 1 else { return map(transform) }
        let results = RunResults<T>(count: runs)
        let runLength = (count + runs - 1) / runs
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let range = (run * runLength)..<Swift.min((run + 1) * runLength, count)
            results.store(self[range].map(transform), at: run)
        }
        return results.joined()
    }
}

/// The runs' results, each written once by its own run under a lock.
private final class RunResults<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [[T]]

    init(count: Int) { runs = Array(repeating: [], count: count) }

    func store(_ values: [T], at run: Int) {
        lock.withLock { runs[run] = values }
    }

    func joined() -> [T] {
        lock.withLock { Array(runs.joined()) }
    }
}
