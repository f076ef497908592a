import Foundation
import PermitCore
import Synchronization

/// A clock the test sets and advances; starts at `Date.t0`.
public final class SettableClock: WallClock {
    private let current: Mutex<Date>

    public init(_ start: Date = .t0) {
        current = Mutex(start)
    }

    public func now() -> Date {
        current.withLock { $0 }
    }

    public func advance(by interval: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(interval) }
    }
}

extension Date {
    /// 2026-03-02 09:30:00 in Asia/Shanghai, a Monday and a working day.
    public static let t0 = Date(timeIntervalSince1970: 1_772_415_000)
}
