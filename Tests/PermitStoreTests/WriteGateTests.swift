@testable import PermitStore
import Synchronization
import Testing

/// Who is inside the gate, and who has been.
private final class Tally: Sendable {
    let counts = Mutex((now: 0, most: 0, done: [Int]()))
}

@Suite("Write gate — one writer at a time within a process")
struct WriteGateTests {
    @Test("writers that suspend inside never overlap, each runs once, and a failing one releases the gate")
    func exclusive() async throws {
        let gate = WriteGate()
        let inside = Tally()
        struct Refused: Error {}

        await withTaskGroup(of: Void.self) { group in
            for number in 0..<200 {
                group.addTask {
                    _ = try? await gate.withExclusiveAccess {
                        inside.counts.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                        await Task.yield()
                        inside.counts.withLock { $0.now -= 1; $0.done.append(number) }
                        if number.isMultiple(of: 7) { throw Refused() }
                    }
                }
            }
        }

        let result = inside.counts.withLock { $0 }
        #expect(result.most == 1)
        #expect(result.done.sorted() == Array(0..<200))
        #expect(try await gate.withExclusiveAccess { 42 } == 42)
    }
}
