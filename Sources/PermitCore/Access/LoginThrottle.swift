import Foundation

/// Slows down password guessing: too many failures for one account, or from
/// one client address, within a window lock further attempts for a while.
/// Pure state; the server keeps one behind an actor and passes the clock in.
public struct LoginThrottle: Sendable {
    public struct Limit: Sendable {
        public var failures: Int
        public var window: TimeInterval
        public init(failures: Int, window: TimeInterval) {
            self.failures = failures
            self.window = window
        }
    }

    public enum Key: Hashable, Sendable {
        case account(Username)
        case client(String)
    }

    /// Per account the limit is tight (a person mistypes a few times); per
    /// address it is looser, since many officers share one office gateway.
    public var accountLimit = Limit(failures: 5, window: 15 * 60)
    public var clientLimit = Limit(failures: 20, window: 15 * 60)
    /// Bounds memory under a flood of distinct names or addresses.
    public var maximumTrackedKeys = 50_000

    private var failures: [Key: [Date]] = [:]

    public init() {}

    /// Seconds to wait before another attempt is allowed, or nil when allowed.
    public func retryAfter(_ keys: [Key], now: Date) -> Int? {
        let waits = keys.compactMap { key -> TimeInterval? in
            let limit = self.limit(for: key)
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < limit.window }
            guard recent.count >= limit.failures, let oldest = recent.first else { return nil }
            return oldest.addingTimeInterval(limit.window).timeIntervalSince(now)
        }
        return waits.max().map { max(1, Int($0.rounded(.up))) }
    }

    public mutating func recordFailure(_ keys: [Key], now: Date) {
        for key in keys {
            let window = limit(for: key).window
            failures[key, default: []].removeAll { now.timeIntervalSince($0) >= window }
            failures[key, default: []].append(now)
        }
        if failures.count > maximumTrackedKeys { forgetExpired(now: now) }
    }

    /// A correct password clears the account's count, not the address's: one
    /// success must not reset a guessing run against other accounts.
    public mutating func recordSuccess(_ account: Username) {
        failures[.account(account)] = nil
    }

    private mutating func forgetExpired(now: Date) {
        failures = failures.filter { key, dates in
            dates.contains { now.timeIntervalSince($0) < limit(for: key).window }
        }
    }

    private func limit(for key: Key) -> Limit {
        switch key {
        case .account: accountLimit
        case .client: clientLimit
        }
    }
}
