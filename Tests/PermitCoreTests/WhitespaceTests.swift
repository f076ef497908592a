import Foundation
import PermitCore
import Testing

@Suite("Trimming spaces and tabs as Foundation does")
struct WhitespaceTests {
    @Test(arguments: [
        "", " ", "\t\t", "abc", "  上海 精工  ", "\u{3000}全角空格\u{3000}", "\u{00A0}nbsp\u{2003}", " \u{301}combining ",
        "line\n", "\nline", "\u{FEFF}bom", "a\tb", "\r\n两行\u{2028}", "\u{85}next\u{2029}", " \n\t ",
    ])
    func matchesFoundation(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
