import Foundation
import PermitCore

/// The process's login throttle behind an actor. Kept in memory: a restart
/// forgets the counts, which only ever helps a user, never an attacker more
/// than one restart's worth.
actor LoginGate {
    private var throttle = LoginThrottle()

    func retryAfter(_ keys: [LoginThrottle.Key], now: Date) -> Int? {
        throttle.retryAfter(keys, now: now)
    }

    func recordFailure(_ keys: [LoginThrottle.Key], now: Date) {
        throttle.recordFailure(keys, now: now)
    }

    func recordSuccess(_ keys: [LoginThrottle.Key]) {
        throttle.recordSuccess(keys)
    }

    func standings(now: Date) -> [LoginThrottle.Standing] {
        throttle.standings(now: now)
    }

    func lift(_ key: LoginThrottle.Key) -> Bool {
        throttle.lift(key)
    }
}
