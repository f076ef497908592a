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

    /// The pattern is shared by every task of an import.
    @Test("checks from many tasks at once agree")
    func concurrent() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for number in 0..<64 {
                group.addTask { EnterpriseRules.isPhone(number.isMultiple(of: 2) ? "13812345678" : "abc") }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 32)
    }
}
