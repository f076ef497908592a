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

    /// A `{name}` left in a text would reach the reader as is: a text with
    /// arguments is a typed function, not a case.
    @Test("no phrase text has a placeholder left", arguments: Phrase.allCases)
    func noPlaceholders(phrase: Phrase) {
        for language in Language.allCases {
            let text = phrase.text(language)
            #expect(text.firstMatch(of: #/\{\w+\}/#) == nil, "\(phrase) in \(language): \(text)")
        }
    }

    @Test("a typed phrase is worded with its arguments")
    func typedPhrases() throws {
        let taken = Phrase.problemUsernameTaken(name: try #require(Username(rawValue: "li.min")))
        #expect(taken.text(.zhHans) == "用户名 li.min 已被使用。")
        #expect(taken.text(.en) == "The username li.min is already taken.")
        #expect(Phrase.problemInvalidCredentials.text(.zhHans) == "用户名或密码错误")
        let wait = Phrase.problemThrottledDetail(wait: Phrase.durationMinutes(count: 15))
        #expect(wait.zhHans == "登录失败次数过多，请 15 分钟后再试。")
        #expect(wait.en == "Too many failed sign-ins; try again in 15 minutes.")
        let notice = Phrase.homeNoticeLine(actor: "李敏", parts: [Phrase.noticePartRegistration.bilingual, Phrase.noticePartSites(district: "浦东新区")])
        #expect(notice.zhHans == "李敏修改了登记信息、浦东新区的生产地址")
        #expect(notice.en == "李敏 changed the registration, the production sites in 浦东新区")
    }

    /// Each typed phrase with arguments no text would contain by chance: both
    /// languages must show every one of them.
    @Test("both languages show every argument", arguments: [
        (Phrase.enterprisesTotal(total: 9041, first: 9042, last: 9043), ["9041", "9042", "9043"]),
        (Phrase.calendarSaved(year: 2031, revision: 77), ["2031", "77"]),
        (Phrase.districtsRenamed(code: "310999", name: "新区名"), ["310999", "新区名"]),
        (Phrase.fieldOutOfRange(minimum: 313, maximum: 717), ["313", "717"]),
        (Phrase.problemLedgerIndexOutOfRange(index: 4242, size: 4343), ["4242", "4343"]),
        (Phrase.problemCalendarYearMismatch(expected: 2041, found: 2042), ["2041", "2042"]),
        (Phrase.problemYearAlreadyCovered(year: 2051), ["2051", "/api/v1/calendar/years/2051"]),
        (Phrase.problemInternalDetail(requestID: "req-8f3a"), ["req-8f3a"]),
        (Phrase.problemMethodNotAllowedDetail(allowed: ["GET", "PATCH"]), ["GET, PATCH"]),
        (Phrase.creditCodeIllegalCharacter(character: "Ω", position: 17), ["Ω", "17"]),
        (Phrase.importRowLine(line: 903, issues: ["甲", "乙"]), ["903", "甲", "乙"]),
        (Phrase.ledgerDivergenceAtEntry(index: 6061, subject: DomainEvent.Subject(kind: "user", id: "u-77"),
                                        detail: Phrase.ledgerDivergenceMissing(next: 6062)), ["6061", "user u-77", "6062"]),
        (Phrase.ledgerDivergenceTileHash(tile: Phrase.ledgerDivergenceTile(level: 3, index: 515), stored: "ee01", leaves: 256..<512, computed: "ff02"),
         ["3/515", "ee01", "256", "512", "ff02"]),
        (Phrase.ledgerDivergenceRowDiffers(entry: 12, field: "name", ledger: "浦东新区", table: nil), ["12", "name", "\"浦东新区\""]),
        (Phrase.eventSentence(type: "user.disabled", actor: "王建国", subject: "李敏（li.min）"), ["王建国", "李敏（li.min）"]),
        (Phrase.eventSentence(type: "case.opened", actor: "王建国", subject: "SQ-2026-00001"), ["case.opened", "SQ-2026-00001"]),
    ] as [(Bilingual, [String])])
    func argumentsInBothLanguages(phrase: Bilingual, arguments: [String]) {
        for argument in arguments {
            #expect(phrase.zhHans.contains(argument), "\(phrase.zhHans) lacks \(argument)")
            #expect(phrase.en.contains(argument), "\(phrase.en) lacks \(argument)")
        }
        #expect(phrase.zhHans != phrase.en)
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
