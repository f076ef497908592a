import Foundation
import NIOConcurrencyHelpers
import PermitStore

/// The database check behind `/health`, reused for up to `maximumAge`.
/// Monitors poll every few seconds, so an answer at most a second old tells
/// them as much as a fresh one; without the reuse every request to `/health`
/// would be a database round trip, which lets a busy poller load the database.
/// Failures are reused too, so a lost database is not asked again on every
/// request either.
final class HealthProbe: Sendable {
    static let maximumAge: TimeInterval = 1

    private let last = NIOLockedValueBox<(checkedAt: Date, databaseUp: Bool)?>(nil)

    /// The last answer while it is fresh enough to stand.
    func recentAnswer(at now: Date) -> Bool? {
        guard let last = last.withLockedValue({ $0 }) else { return nil }
        // A clock set back makes the age negative: check again rather than trust it.
        return (0..<Self.maximumAge).contains(now.timeIntervalSince(last.checkedAt)) ? last.databaseUp : nil
    }

    func check(_ store: Store, at now: Date) async -> Bool {
        let up = await store.ping()
        last.withLockedValue { last in
            // Checks overlap under load; a slower, older one must not replace a newer answer.
            if last.map({ $0.checkedAt <= now }) ?? true { last = (now, up) }
        }
        return up
    }
}
