import Foundation
import PermitCore
import Testing

@Suite("Trimming spaces and tabs as Foundation does")
struct WhitespaceTests {
    @Test(arguments: [
        "", " ", "\t\t", "abc", "  上海 精工  ", "\u{3000}全角空格\u{3000}", "\u{00A0}nbsp\u{2003}", " \u{301}combining ",
        "line\n", "\nline", "\u{FEFF}bom", "a\tb",
    ])
    func matchesFoundation(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }
}
