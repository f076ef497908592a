import Foundation

extension Array where Element: Sendable {
    /// `map` on every processor: the array is cut into one run of elements
    /// per processor, and the results come back in the original order.
    /// For pure, CPU-bound work on large inputs (checking the rows of an
    /// import, hashing ledger entries); below `minimumRun` elements per run
    /// it is plain `map`. Blocks the calling thread until every run is done,
    /// which also works as one of the runs.
    ///
    /// Each run writes its results straight into its own part of the result
    /// array, and the function is inlinable so that callers get it
    /// specialised: joining per-run arrays through generic code cost more
    /// than hashing the fsck's entries did (BENCHMARKS.md, issue 4).
    @inlinable
    public func parallelMap<T: Sendable>(minimumRun: Int = 2_000, _ transform: @Sendable (Element) -> T) -> [T] {
        let runs = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / Swift.max(minimumRun, 1))
        guard runs > 1 else { return map(transform) }
        let runLength = (count + runs - 1) / runs
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = DisjointWrites(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for index in (run * runLength)..<Swift.min((run + 1) * runLength, count) {
                    output.initialize(index, to: transform(self[index]))
                }
            }
            initialized = count
        }
    }
}

/// The result buffer of ``Swift/Array/parallelMap(minimumRun:_:)``, shared by
/// its runs: each initialises only the elements of its own range, so no two
/// threads ever touch the same memory.
@usableFromInline
struct DisjointWrites<T>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<T>

    @usableFromInline init(base: UnsafeMutablePointer<T>) { self.base = base }

    @inlinable func initialize(_ index: Int, to value: T) { (base + index).initialize(to: value) }
}
