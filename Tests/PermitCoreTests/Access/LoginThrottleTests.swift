import Foundation
import PermitCore
import PermitTestSupport
import Testing

@Suite("LoginThrottle — slowing password guessing without locking out the owner")
struct LoginThrottleTests {
    let name = Username(rawValue: "zhang.wei")!

    @Test("four mistakes cost nothing; then each failure doubles the wait, up to 15 minutes")
    func growingDelay() {
        let policy = LoginThrottle().accountPolicy
        #expect((0...4).map { policy.delay(afterFailures: $0) } == [0, 0, 0, 0, 0])
        #expect((5...9).map { policy.delay(afterFailures: $0) } == [2, 4, 8, 16, 32])
        #expect(policy.delay(afterFailures: 14) == 900)
        #expect(policy.delay(afterFailures: 10_000) == 900)
    }

    @Test("the wait runs from the last failure and then lets the next attempt through")
    func waitFromLastFailure() {
        var throttle = LoginThrottle()
        let keys: [LoginThrottle.Key] = [.account(name), .client("10.0.0.1")]
        for second in 0..<4 { throttle.recordFailure(keys, now: .t0.addingTimeInterval(Double(second))) }
        #expect(throttle.retryAfter(keys, now: .t0.addingTimeInterval(4)) == nil)
        for second in 4..<7 { throttle.recordFailure(keys, now: .t0.addingTimeInterval(Double(second))) }
        // Seven failures: 8 s from the last one, at 6 s.
        #expect(throttle.retryAfter(keys, now: .t0.addingTimeInterval(6)) == 8)
        #expect(throttle.retryAfter(keys, now: .t0.addingTimeInterval(13)) == 1)
        #expect(throttle.retryAfter(keys, now: .t0.addingTimeInterval(14)) == nil)
    }

    @Test("a guesser at the ceiling gets about a hundred tries a day")
    func bruteForceInfeasible() {
        var throttle = LoginThrottle()
        var now = Date.t0
        var tries = 0
        while now < Date.t0.addingTimeInterval(24 * 60 * 60) {
            if let wait = throttle.retryAfter([.account(name)], now: now) {
                now = now.addingTimeInterval(Double(wait))
                continue
            }
            throttle.recordFailure([.account(name)], now: now)
            tries += 1
        }
        #expect(tries < 120)
    }

    @Test("the owner's recognised device is judged by its own count, not by a stranger's failures")
    func recognisedDevice() {
        var throttle = LoginThrottle()
        for _ in 0..<30 { throttle.recordFailure([.account(name), .client("office-gateway")], now: .t0) }
        #expect(throttle.retryAfter([.account(name), .client("office-gateway")], now: .t0) != nil)
        #expect(throttle.retryAfter([.device("laptop")], now: .t0) == nil)
    }

    @Test("another account from another address is not affected")
    func isolation() {
        var throttle = LoginThrottle()
        for _ in 0..<10 { throttle.recordFailure([.account(name), .client("a")], now: .t0) }
        let other = Username(rawValue: "li.min")!
        #expect(throttle.retryAfter([.account(other), .client("b")], now: .t0) == nil)
    }

    @Test("an address guessing across many accounts waits too")
    func clientDelay() {
        var throttle = LoginThrottle()
        for index in 0..<21 {
            throttle.recordFailure([.account(Username(rawValue: "user\(index)")!), .client("a")], now: .t0)
        }
        #expect(throttle.retryAfter([.account(name), .client("a")], now: .t0) == 1)
    }

    @Test("a success clears the account's count but not the address's")
    func success() {
        var throttle = LoginThrottle()
        throttle.clientPolicy.freeFailures = 3
        for _ in 0..<5 { throttle.recordFailure([.account(name), .client("a")], now: .t0) }
        throttle.recordSuccess([.account(name), .client("a")])
        #expect(throttle.retryAfter([.account(name)], now: .t0) == nil)
        #expect(throttle.retryAfter([.client("a")], now: .t0) != nil)
    }

    @Test("the administrator sees who waits, without device ids, and lifts a wait")
    func standingsAndLift() {
        var throttle = LoginThrottle()
        for _ in 0..<6 { throttle.recordFailure([.account(name), .client("a"), .device("secret")], now: .t0) }
        let standings = throttle.standings(now: .t0)
        #expect(standings.map(\.key) == [.account(name), .client("a")])
        #expect(standings.first?.retryAfterSeconds == 4)
        let lifted = throttle.lift(.account(name))
        let liftedAgain = throttle.lift(.account(name))
        #expect(lifted)
        #expect(!liftedAgain)
        #expect(throttle.retryAfter([.account(name)], now: .t0) == nil)
    }

    @Test("a day without failures forgets a key")
    func forgetting() {
        var throttle = LoginThrottle()
        for _ in 0..<14 { throttle.recordFailure([.account(name)], now: .t0) }
        #expect(throttle.standings(now: .t0.addingTimeInterval(24 * 60 * 60)).isEmpty)
    }
}
