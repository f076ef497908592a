import PermitCore
import Testing

@Suite("Enterprise search: whole identifiers are looked up (RND-1)")
struct EnterpriseSearchTextTests {
    static let code = "91310115MA1H7GKX3" + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: "91310115MA1H7GKX3")!)

    @Test func wholeCodesAndLicenceNumbersAreIdentifiers() {
        #expect(EnterpriseRules.isWholeIdentifier(Self.code))
        #expect(EnterpriseRules.isWholeIdentifier(" " + Self.code.lowercased() + " "))
        #expect(EnterpriseRules.isWholeIdentifier("(沪)XK06-001-00123"))
    }

    @Test("parts, wrong check characters and names are searched as text", arguments: [
        "精工", "91310115MA1H7GKX", String(Self.code.dropLast()) + "0", "XK06-001", "上海精工电缆有限公司", "2024",
    ])
    func textIsNotAnIdentifier(_ text: String) {
        #expect(!EnterpriseRules.isWholeIdentifier(text))
    }
}
