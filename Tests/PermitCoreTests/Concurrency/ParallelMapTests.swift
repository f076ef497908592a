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

    @Test(
        "the runs go at the same time: each waits for the other to start",
        .enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1, "needs two processors")
    )
    func runsTogether() {
        let started = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        // One after the other, the first run would wait for the second in vain.
        let met = [0, 1].parallelMap(minimumRun: 1) { run in
            started[run].signal()
            return started[1 - run].wait(timeout: .now() + 30) == .success
        }
        #expect(met == [true, true])
    }
}
