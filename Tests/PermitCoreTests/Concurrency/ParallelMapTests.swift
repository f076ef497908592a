import Foundation
import PermitCore
import Testing

@Suite("parallelMap — the same result as map, in order")
struct ParallelMapTests {
    @Test("every length around the run boundaries gives map's result", arguments: [0, 1, 3, 4, 5, 7, 8, 9, 1_000, 1_001])
    func sameAsMap(count: Int) {
        let numbers = Array(0..<count)
        #expect(numbers.parallelMap(minimumRun: 2) { $0 * 3 + 1 } == numbers.map { $0 * 3 + 1 })
        #expect(numbers.parallelMap { String($0) } == numbers.map { String($0) })
    }

    @Test("the work is shared between threads when there are processors for it")
    func usesThreads() {
        let threads = Array(0..<64).parallelMap(minimumRun: 1) { _ -> String in
            Thread.sleep(forTimeInterval: 0.005)
            return "\(Unmanaged.passUnretained(Thread.current).toOpaque())"
        }
        #expect(threads.count == 64)
        if ProcessInfo.processInfo.activeProcessorCount > 1 { #expect(Set(threads).count > 1) }
    }
}
