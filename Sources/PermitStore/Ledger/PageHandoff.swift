import Foundation

/// Pages passed from a thread that reads them to one that checks them, so
/// that reading the next page overlaps checking this one. At most
/// `capacity` pages wait; the reader blocks beyond that, so memory stays
/// bounded however far ahead reading is.
final class PageHandoff<Page: Sendable>: @unchecked Sendable {
    // Every field is read and written under `condition` only.
    private let condition = NSCondition()
    private var waiting: [Page] = []
    private var end: Result<Void, any Error>?
    private var isCancelled = false
    private let capacity: Int

    struct Cancelled: Error {}

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Blocks while `capacity` pages wait; throws once the checker gave up.
    func put(_ page: Page) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity, !isCancelled { condition.wait() }
        if isCancelled { throw Cancelled() }
        waiting.append(page)
        condition.broadcast()
    }

    /// The reader is done, or failed with `error`.
    func finish(_ result: Result<Void, any Error>) {
        condition.lock()
        defer { condition.unlock() }
        end = result
        condition.broadcast()
    }

    /// The next page; nil after the last one. Rethrows the reader's failure.
    func take() throws -> Page? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, end == nil { condition.wait() }
        if !waiting.isEmpty {
            condition.broadcast()
            return waiting.removeFirst()
        }
        try end?.get()
        return nil
    }

    /// The checker stops; the reader's next `put` throws.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        isCancelled = true
        condition.broadcast()
    }
}
