import Foundation
import PermitCore
import Testing

@Suite("Blacklist — listing and removal rules (LIC-13)")
struct BlacklistingTests {
    static let code = try! UnifiedSocialCreditCode(validating: "91350100M000100Y43")
    static let day = try! CivilDate(year: 2026, month: 12, day: 3)
    static let officer = ActorReference(rawValue: "user:pudong.officer")

    static func listing(until: CivilDate? = nil, reason: String = "抽查发现以不合格产品冒充合格产品", alreadyInForce: Bool = false) throws(BlacklistRefusal) -> BlacklistEntry {
        try Blacklisting.list(
            id: BlacklistEntryID(rawValue: UUID()), creditCode: code, enterpriseName: "示范电缆有限公司", reason: reason,
            basis: "沪市监质〔2026〕12号行政处罚决定", until: until, alreadyInForce: alreadyInForce, by: officer, on: day
        )
    }

    @Test("a listing is in force from its day to its end, inclusive, and not before")
    func period() throws {
        let entry = try Self.listing(until: Self.day.adding(days: 365))
        #expect(!entry.isInForce(on: Self.day.adding(days: -1)))
        #expect(entry.isInForce(on: Self.day))
        #expect(entry.isInForce(on: Self.day.adding(days: 365)))
        #expect(!entry.isInForce(on: Self.day.adding(days: 366)))
        #expect(try Self.listing().isInForce(on: Self.day.adding(days: 3650)))
    }

    @Test("reason and basis are required; the end must come after the day of listing; a second listing in force is refused")
    func refusals() throws {
        #expect(throws: BlacklistRefusal.invalid(InvalidInput([FieldIssue(field: "reason", problem: .missing), FieldIssue(field: "until", problem: .notAllowed)]))) {
            try Self.listing(until: Self.day, reason: "  ")
        }
        #expect(throws: BlacklistRefusal.alreadyListed) { try Self.listing(alreadyInForce: true) }
    }

    @Test("removal ends the listing at once, keeps it, and is refused once it has ended or without a reason")
    func removal() throws {
        let entry = try Self.listing()
        #expect(throws: BlacklistRefusal.invalid(InvalidInput([FieldIssue(field: "reason", problem: .missing)]))) {
            try Blacklisting.remove(entry, reason: " ", by: Self.officer, on: Self.day)
        }
        let removed = try Blacklisting.remove(entry, reason: "信用修复完成", by: Self.officer, on: Self.day.adding(days: 30))
        #expect(!removed.isInForce(on: Self.day.adding(days: 30)) && removed.reason == entry.reason)
        #expect(removed.removal == .init(on: Self.day.adding(days: 30), reason: "信用修复完成", by: Self.officer))
        #expect(throws: BlacklistRefusal.notInForce) { try Blacklisting.remove(removed, reason: "再次", by: Self.officer, on: Self.day.adding(days: 31)) }
    }
}
