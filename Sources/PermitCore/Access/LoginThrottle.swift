import Foundation

/// Slows password guessing without letting anyone lock out someone else.
///
/// Each failure against a key (an account, a client address, a recognised
/// device) makes the next attempt on that key wait longer: nothing for the
/// first few mistakes, then a delay that doubles with each failure up to a
/// ceiling. At the ceiling a guesser gets about a hundred tries a day per
/// account, while the account's owner, signing in from a device where they
/// signed in before, is judged by that device's own count only (the caller
/// passes `.device` instead of the account and address keys), so a stranger's
/// failures never stand in their way. The city administrator sees every key
/// that waits and can lift it.
///
/// Pure state; the server keeps one behind an actor and passes the clock in.
public struct LoginThrottle: Sendable {
    public struct Policy: Sendable, Hashable {
        /// Failures that cost nothing: people mistype.
        public var freeFailures: Int
        public var firstDelay: TimeInterval
        public var maximumDelay: TimeInterval
        /// A key with no failure for this long starts over.
        public var forgetAfter: TimeInterval

        public init(freeFailures: Int, firstDelay: TimeInterval, maximumDelay: TimeInterval, forgetAfter: TimeInterval) {
            self.freeFailures = freeFailures
            self.firstDelay = firstDelay
            self.maximumDelay = maximumDelay
            self.forgetAfter = forgetAfter
        }

        /// The wait after `failures` consecutive failures.
        public func delay(afterFailures failures: Int) -> TimeInterval {
            guard failures > freeFailures else { return 0 }
            let doublings = min(failures - freeFailures - 1, 40)
            return min(firstDelay * pow(2, Double(doublings)), maximumDelay)
        }
    }

    public enum Key: Hashable, Sendable {
        case account(Username)
        case client(String)
        /// A browser that signed in to an account before (its cookie's id).
        case device(String)
    }

    /// A key that currently has failures, for the administrator.
    public struct Standing: Hashable, Sendable {
        public let key: Key
        public let failures: Int
        public let lastFailure: Date
        /// Seconds until the next attempt is allowed; 0 when it already is.
        public let retryAfterSeconds: Int
    }

    /// Per account and device: four free tries, then 2 s doubling to 15 min.
    public var accountPolicy = Policy(freeFailures: 4, firstDelay: 2, maximumDelay: 15 * 60, forgetAfter: 24 * 60 * 60)
    /// Per address looser, since many officers share one office gateway.
    public var clientPolicy = Policy(freeFailures: 20, firstDelay: 1, maximumDelay: 15 * 60, forgetAfter: 24 * 60 * 60)
    /// Bounds memory under a flood of distinct names or addresses.
    public var maximumTrackedKeys = 50_000

    private struct Record: Sendable {
        var failures: Int
        var lastFailure: Date
    }

    private var records: [Key: Record] = [:]

    public init() {}

    /// Seconds to wait before another attempt is allowed, or nil when allowed.
    public func retryAfter(_ keys: [Key], now: Date) -> Int? {
        let waits = keys.compactMap { wait(for: $0, now: now) }.filter { $0 > 0 }
        return waits.max().map { max(1, Int($0.rounded(.up))) }
    }

    public mutating func recordFailure(_ keys: [Key], now: Date) {
        for key in keys {
            var record = current(key, now: now) ?? Record(failures: 0, lastFailure: now)
            record.failures += 1
            record.lastFailure = now
            records[key] = record
        }
        if records.count > maximumTrackedKeys { forgetExpired(now: now) }
    }

    /// A correct password clears the keys it was judged by, except the
    /// address: one success must not reset a guessing run against others.
    public mutating func recordSuccess(_ keys: [Key]) {
        for key in keys {
            if case .client = key { continue }
            records[key] = nil
        }
    }

    /// Every account and address that has failures now, longest wait first.
    /// Devices are left out: their ids are secrets of their browsers.
    public func standings(now: Date) -> [Standing] {
        records.keys.compactMap { key -> Standing? in
            if case .device = key { return nil }
            guard let record = current(key, now: now) else { return nil }
            let wait = max(0, Int((wait(for: key, now: now) ?? 0).rounded(.up)))
            return Standing(key: key, failures: record.failures, lastFailure: record.lastFailure, retryAfterSeconds: wait)
        }
        .sorted { ($0.retryAfterSeconds, $0.failures) > ($1.retryAfterSeconds, $1.failures) }
    }

    /// The administrator lifts a key's delay; its count starts over.
    @discardableResult
    public mutating func lift(_ key: Key) -> Bool {
        records.removeValue(forKey: key) != nil
    }

    private func wait(for key: Key, now: Date) -> TimeInterval? {
        guard let record = current(key, now: now) else { return nil }
        let delay = policy(for: key).delay(afterFailures: record.failures)
        return record.lastFailure.addingTimeInterval(delay).timeIntervalSince(now)
    }

    private func current(_ key: Key, now: Date) -> Record? {
        guard let record = records[key], now.timeIntervalSince(record.lastFailure) < policy(for: key).forgetAfter else {
            return nil
        }
        return record
    }

    private mutating func forgetExpired(now: Date) {
        records = records.filter { key, _ in current(key, now: now) != nil }
    }

    private func policy(for key: Key) -> Policy {
        switch key {
        case .account, .device: accountPolicy
        case .client: clientPolicy
        }
    }
}
