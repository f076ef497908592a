import Foundation
import PermitCore
import Testing

@Suite("Phrase catalogue and language choice (X-3)")
struct CatalogueTests {
    @Test("every phrase has text in every language", arguments: Phrase.allCases)
    func complete(phrase: Phrase) {
        for language in Language.allCases {
            #expect(!phrase.text(language).trimmingCharacters(in: .whitespaces).isEmpty)
            // The key itself is what a phrase with no translation shows.
            #expect(phrase.text(language) != phrase.rawValue, "\(phrase) has no \(language) text")
        }
    }

    @Test("both languages use the same placeholders", arguments: Phrase.allCases)
    func placeholders(phrase: Phrase) {
        #expect(phrase.placeholders(.zhHans) == phrase.placeholders(.en))
    }

    @Test("placeholders are filled")
    func filling() {
        #expect(Phrase.problemUsernameTaken.text(.zhHans, ["name": "li.min"]) == "用户名 li.min 已被使用。")
        #expect(Phrase.problemInvalidCredentials.text(.zhHans) == "用户名或密码错误")
    }

    @Test("Accept-Language picks by q-value, defaulting to Chinese", arguments: [
        (nil, Language.zhHans),
        ("en-US,en;q=0.9", .en),
        ("fr-FR, en;q=0.5, zh-CN;q=0.8", .zhHans),
        ("de", .zhHans),
        ("en;q=0.2, zh-TW;q=0.1", .en),
        ("zh-Hans-CN", .zhHans),
    ] as [(String?, Language)])
    func acceptLanguage(header: String?, expected: Language) {
        #expect(Language.preferred(fromAcceptLanguage: header) == expected)
    }

    @Test("field issues read as label and problem")
    func fieldIssueText() {
        let issue = FieldIssue(field: "username", problem: .invalidFormat)
        #expect(issue.text(.zhHans) == "用户名：格式不正确")
        #expect(issue.text(.en) == "username has the wrong format")
    }
}
