import Foundation
import Synchronization
@testable import PermitStore
import Testing

@Suite("Page hand-off — the fsck reads a page ahead of checking, in order, within bounds")
struct PageHandoffTests {
    struct ReadFailure: Error {}

    /// Runs `body` on a thread of its own, as the fsck's reader does.
    static func onThread(_ body: @escaping @Sendable () -> Void) {
        Thread { body() }.start()
    }

    @Test("every page arrives once and in order; the reader waits while two are waiting")
    func order() throws {
        let pages = PageHandoff<Int>(capacity: 2)
        let putDone = DispatchSemaphore(value: 0)
        Self.onThread {
            pages.finish(Result { for page in 0..<100 { try pages.put(page); putDone.signal() } })
        }
        // Nothing is taken yet: two pages fit, the third put waits.
        #expect(putDone.wait(timeout: .now() + 30) == .success)
        #expect(putDone.wait(timeout: .now() + 30) == .success)
        #expect(putDone.wait(timeout: .now() + 0.2) == .timedOut)
        var taken: [Int] = []
        while let page = try pages.take() { taken.append(page) }
        #expect(taken == Array(0..<100))
    }

    @Test("the reader's failure reaches the checker after the pages read before it")
    func readerFails() throws {
        let pages = PageHandoff<Int>(capacity: 2)
        Self.onThread {
            pages.finish(Result { try pages.put(1); throw ReadFailure() })
        }
        #expect(try pages.take() == 1)
        #expect(throws: ReadFailure.self) { try pages.take() }
    }

    @Test("a checker that gives up releases a waiting reader")
    func checkerGivesUp() throws {
        let pages = PageHandoff<Int>(capacity: 1)
        let ended = DispatchSemaphore(value: 0)
        let outcome = Mutex<Result<Void, any Error>?>(nil)
        Self.onThread {
            let result = Result { for page in 0..<10 { try pages.put(page) } }
            outcome.withLock { $0 = result }
            ended.signal()
        }
        #expect(try pages.take() == 0)
        pages.cancel()
        #expect(ended.wait(timeout: .now() + 30) == .success)
        #expect(throws: PageHandoff<Int>.Cancelled.self) { try outcome.withLock { $0 }?.get() }
    }
}
