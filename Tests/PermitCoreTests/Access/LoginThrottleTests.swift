import Foundation
import PermitCore
import PermitTestSupport
import Testing

@Suite("LoginThrottle — slowing password guessing")
struct LoginThrottleTests {
    let name = Username(rawValue: "zhang.wei")!

    @Test("five failures lock the account for the rest of the window")
    func accountLock() {
        var throttle = LoginThrottle()
        let keys: [LoginThrottle.Key] = [.account(name), .client("10.0.0.1")]
        for minute in 0..<4 {
            throttle.recordFailure(keys, now: .t0.addingTimeInterval(Double(minute) * 60))
        }
        #expect(throttle.retryAfter(keys, now: .t0.addingTimeInterval(4 * 60)) == nil)
        throttle.recordFailure(keys, now: .t0.addingTimeInterval(4 * 60))
        // The oldest failure leaves the window 15 minutes after it happened.
        #expect(throttle.retryAfter(keys, now: .t0.addingTimeInterval(5 * 60)) == 10 * 60)
        #expect(throttle.retryAfter(keys, now: .t0.addingTimeInterval(15 * 60)) == nil)
    }

    @Test("another account from another address is not affected")
    func isolation() {
        var throttle = LoginThrottle()
        for _ in 0..<5 { throttle.recordFailure([.account(name), .client("a")], now: .t0) }
        let other = Username(rawValue: "li.min")!
        #expect(throttle.retryAfter([.account(other), .client("b")], now: .t0) == nil)
    }

    @Test("an address guessing across many accounts is locked")
    func clientLock() {
        var throttle = LoginThrottle()
        for index in 0..<20 {
            throttle.recordFailure([.account(Username(rawValue: "user\(index)")!), .client("a")], now: .t0)
        }
        #expect(throttle.retryAfter([.account(name), .client("a")], now: .t0) != nil)
    }

    @Test("a success clears the account's count but not the address's")
    func success() {
        var throttle = LoginThrottle()
        throttle.clientLimit = .init(failures: 4, window: 900)
        for _ in 0..<4 { throttle.recordFailure([.account(name), .client("a")], now: .t0) }
        throttle.recordSuccess(name)
        #expect(throttle.retryAfter([.account(name)], now: .t0) == nil)
        #expect(throttle.retryAfter([.client("a")], now: .t0) != nil)
    }
}
