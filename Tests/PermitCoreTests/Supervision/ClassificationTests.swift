import Foundation
import PermitCore
import Testing

@Suite("Supervision — classification rules (SUP-1, SUP-2, SUP-5, SUP-6)")
struct ClassificationTests {
    static let code = try! UnifiedSocialCreditCode(validating: "91350100M000100Y43")
    static let district = DistrictCode(rawValue: "310115")!
    static let officer = ActorReference(rawValue: "user:pudong.officer")
    static let day = try! CivilDate(year: 2026, month: 12, day: 3)
    static let cables = ProductCategoryCode(rawValue: "06-001")!
    static let pumps = ProductCategoryCode(rawValue: "14-002")!

    static func classify(
        _ target: SupervisionClass, category: ProductCategoryCode? = nil, after history: [ClassificationRecord] = [], commitment: String? = nil,
        on day: CivilDate = day
    ) throws(ClassificationRefusal) -> ClassificationRecord {
        try Classification.classify(
            ClassificationRequest(category: category, supervisionClass: target, reason: "年度分类", evidence: "现场核查记录", commitment: commitment),
            id: ClassificationRecordID(rawValue: UUID()), creditCode: code, history: history, district: district, by: officer, on: day
        )
    }

    @Test("a class rises one level at a time; a two-level rise is refused naming both classes")
    func oneStepRise() throws {
        let c = try Self.classify(.c)
        #expect(try Self.classify(.b, after: [c]).supervisionClass == .b)
        #expect(throws: ClassificationRefusal.riseTooFar(from: .c, to: .a)) { try Self.classify(.a, after: [c]) }
        #expect(throws: ClassificationRefusal.riseTooFar(from: .c, to: .aa)) { try Self.classify(.aa, after: [c], commitment: "承诺书-1") }
        #expect(Classification.oneStepRule.zhHans.contains("不允许越级上升"))
    }

    @Test("a class may fall several levels at once")
    func fallSeveral() throws {
        let aa = try Self.classify(.aa, commitment: "承诺书-2026-01")
        #expect(try Self.classify(.c, after: [aa]).supervisionClass == .c)
    }

    @Test("AA needs the written self-commitment; other classes drop a stray one")
    func commitment() throws {
        #expect(throws: ClassificationRefusal.commitmentRequired) { try Self.classify(.aa) }
        #expect(throws: ClassificationRefusal.commitmentRequired) { try Self.classify(.aa, commitment: "  ") }
        #expect(try Self.classify(.aa, commitment: " 承诺书-7 ").commitment == "承诺书-7")
        #expect(try Self.classify(.b, commitment: "承诺书-7").commitment == nil)
    }

    @Test("the reason is required; evidence may be empty but not too long")
    func fields() throws {
        func attempt(reason: String, evidence: String) throws(ClassificationRefusal) -> ClassificationRecord {
            try Classification.classify(
                ClassificationRequest(category: nil, supervisionClass: .b, reason: reason, evidence: evidence),
                id: ClassificationRecordID(rawValue: UUID()), creditCode: Self.code, history: [], district: Self.district, by: Self.officer, on: Self.day
            )
        }
        #expect(throws: ClassificationRefusal.invalid(InvalidInput([FieldIssue(field: "reason", problem: .missing)]))) { try attempt(reason: " ", evidence: "") }
        #expect(throws: ClassificationRefusal.invalid(InvalidInput([FieldIssue(field: "evidence", problem: .tooLong(maximum: 500))]))) {
            try attempt(reason: "年度分类", evidence: String(repeating: "据", count: 501))
        }
        #expect(try attempt(reason: "年度分类", evidence: "").evidence == "")
    }

    @Test("categories are classified apart; the rise rule reads the same category; the lowest class supervises")
    func perCategory() throws {
        let cablesC = try Self.classify(.c, category: Self.cables)
        let pumpsA = try Self.classify(.a, category: Self.pumps)
        #expect(try Self.classify(.aa, category: Self.pumps, after: [cablesC, pumpsA], commitment: "承诺书").supervisionClass == .aa)
        #expect(throws: ClassificationRefusal.riseTooFar(from: .c, to: .a)) { try Self.classify(.a, category: Self.cables, after: [cablesC, pumpsA]) }
        #expect(Classification.supervisingClass([cablesC, pumpsA]) == .c)
        let cablesB = try Self.classify(.b, category: Self.cables, after: [cablesC, pumpsA], on: Self.day.adding(days: 1))
        #expect(Classification.supervisingClass([cablesC, pumpsA, cablesB]) == .b)
        #expect(Classification.supervisingClass([]) == nil)
    }

    @Test("new licensees: B, within two months of licensing, clamped to the month's end")
    func newLicensee() throws {
        #expect(Classification.newLicenseeClass == .b)
        #expect(Classification.deadline(licensedOn: try CivilDate(year: 2026, month: 3, day: 15)) == (try CivilDate(year: 2026, month: 5, day: 15)))
        #expect(Classification.deadline(licensedOn: try CivilDate(year: 2026, month: 12, day: 31)) == (try CivilDate(year: 2027, month: 2, day: 28)))
        #expect(Classification.deadline(licensedOn: try CivilDate(year: 2026, month: 11, day: 30)) == (try CivilDate(year: 2027, month: 1, day: 30)))
    }

    @Test("C is proposed on two failed samplings within 3 years, a refusal, a penalty or verified exposure")
    func groundsForC() throws {
        let day = Self.day
        #expect(!QualityFacts().proposesC(on: day))
        #expect(!QualityFacts(failedSamplings: [day.adding(days: -10)]).proposesC(on: day))
        #expect(!QualityFacts(failedSamplings: [day.addingYears(-3), day.adding(days: -10)]).proposesC(on: day), "older than 3 years does not count")
        #expect(QualityFacts(failedSamplings: [day.addingYears(-3).next, day]).groundsForC(on: day) == [.failedSamplings(2)])
        #expect(QualityFacts(refusedSampling: true).groundsForC(on: day) == [.refusedSampling])
        #expect(QualityFacts(qualityPenalty: true).proposesC(on: day))
        #expect(QualityFacts(verifiedExposureOrComplaints: true).groundsForC(on: day) == [.exposureOrComplaints])
    }

    @Test("modes by class; a level-Ⅰ product makes the mode one step stricter; Ⅱ and Ⅲ do not")
    func modes() {
        #expect(SupervisionClass.allCases.map(\.mode) == [.credit, .responsibility, .normal, .strict])
        #expect(SupervisionClass.allCases.map { SupervisionMode.mode(for: $0, productRisk: .high) } == [.responsibility, .normal, .strict, .strict])
        #expect(SupervisionMode.mode(for: .aa, productRisk: .higher) == .credit)
        #expect(SupervisionMode.mode(for: .a, productRisk: .general) == .responsibility)
        #expect(SupervisionMode.credit.requirement.drawCount(pool: 6) == 2)
        #expect(SupervisionMode.responsibility.requirement.drawCount(pool: 3) == 2)
        #expect(SupervisionMode.credit.requirement.drawCount(pool: 0) == 0)
        #expect(SupervisionClass(input: " aa ") == .aa && SupervisionClass(input: "D") == nil)
    }
}
