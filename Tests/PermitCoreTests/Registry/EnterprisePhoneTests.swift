@testable import PermitCore
import Testing

@Suite("Enterprise phone numbers (RND-1)")
struct EnterprisePhoneTests {
    @Test("mobile and landline numbers as people write them are accepted", arguments: [
        "13812345678", "+86 13812345678", "+86-19912345678", "021-68541234", "02168541234", "68541234",
        "0571 8765432", "021-68541234转123", "021-68541234 ext. 9", "021-68541234-88",
    ])
    func accepted(_ text: String) {
        #expect(EnterpriseRules.isPhone(text))
    }

    @Test("anything else is refused, the whole text must match", arguments: [
        "", "12812345678", "1381234567", "138123456789", "phone 13812345678", "021-6854", "+1 13812345678",
        "021-68541234转", "021-68541234 ext 1234567", "１３８１２３４５６７８",
    ])
    func refused(_ text: String) {
        #expect(!EnterpriseRules.isPhone(text))
    }

    /// The pattern the hand-written matcher replaced, kept as its oracle.
    nonisolated(unsafe) static let pattern =
        /(\+86[ -]?)?1[3-9][0-9]{9}|(0[0-9]{2,3}[ -]?)?[0-9]{7,8}([ -]?(转|ext\.?|-)[ -]?[0-9]{1,6})?/

    @Test("the matcher accepts exactly what the regex accepts, over 30,000 strings made of phone-number pieces")
    func sameAsRegex() {
        let pieces = ["+86", "+8", " ", "-", "1", "3", "2", "0", "021", "0571", "6854123", "68541234", "138", "1234", "转", "ext", ".", "e", "９"]
        var random = SeededGenerator(seed: 42)
        var accepted = 0
        for _ in 0..<30_000 {
            let text = (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let expected = text.wholeMatch(of: Self.pattern) != nil
            #expect(EnterpriseRules.isPhone(text) == expected, "\(text)")
            if expected { accepted += 1 }
        }
        // Enough of them are numbers for the comparison to mean something.
        #expect(accepted > 300)
    }
}
