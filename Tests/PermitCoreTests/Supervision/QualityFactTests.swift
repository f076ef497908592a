import Foundation
import PermitCore
import Testing

@Suite("Supervision — quality facts, proposals, the AA ban and standings (SUP-1, SUP-2, SUP-5, SUP-6, SUP-12)")
struct QualityFactTests {
    static let day = ClassificationTests.day
    static let officer = ClassificationTests.officer

    static func fact(_ kind: String, _ qualifier: String = "", on occurred: CivilDate = day, recorded: CivilDate = day) throws -> QualityFact {
        try QualityFactDraft(kind: kind, qualifier: qualifier, occurredOn: occurred.description, description: "经查实").validate(
            id: QualityFactID(rawValue: UUID()), creditCode: ClassificationTests.code, district: ClassificationTests.district, by: officer, on: recorded
        )
    }

    @Test("a draft is checked field by field: kind, its qualifier, a date not in the future, a description")
    func drafts() throws {
        func issues(_ draft: QualityFactDraft) -> [FieldIssue] {
            do {
                _ = try draft.validate(
                    id: QualityFactID(rawValue: UUID()), creditCode: ClassificationTests.code, district: ClassificationTests.district, by: Self.officer,
                    on: Self.day
                )
                return []
            } catch {
                return error.issues
            }
        }
        #expect(issues(QualityFactDraft(kind: "failed-sampling", occurredOn: "2026-11-01", description: "抽查不合格")).map(\.field) == ["level"])
        #expect(issues(QualityFactDraft(kind: "substantial-change", qualifier: "colour", occurredOn: "2026-11-01", description: "x")).map(\.field) == ["aspect"])
        #expect(issues(QualityFactDraft(kind: "rumour", occurredOn: "2026-11-01", description: "x")).map(\.field) == ["kind"])
        #expect(issues(QualityFactDraft(kind: "quality-penalty", occurredOn: "2026-12-04", description: "x")) == [FieldIssue(field: "occurredOn", problem: .notAllowed)])
        #expect(issues(QualityFactDraft(kind: "quality-penalty", occurredOn: "12/01", description: " ")).map(\.field) == ["occurredOn", "description"])
        let fact = try Self.fact("failed-sampling", "national")
        #expect(fact.kind == .failedSampling(.national) && fact.kind.code == "failed-sampling" && fact.kind.qualifier == "national")
    }

    @Test("article 8 counts provincial-or-higher failures only; a district sampling failure still proposes C (art. 32)")
    func samplingLevels() throws {
        let districtFailures = [try Self.fact("failed-sampling", "district", on: Self.day.adding(days: -30)), try Self.fact("failed-sampling", "district")]
        #expect(!QualityFacts(districtFailures).proposesC(on: Self.day))
        let b = try ClassificationTests.classify(.b, on: Self.day.adding(days: -60))
        #expect(Classification.proposals(history: [b], facts: [districtFailures[1]], licensedOn: nil, today: Self.day) == [.failedSampling(on: Self.day)])
        let provincial = [try Self.fact("failed-sampling", "provincial", on: Self.day.adding(days: -30)), try Self.fact("failed-sampling", "national")]
        let proposals = Classification.proposals(history: [b], facts: provincial, licensedOn: nil, today: Self.day)
        #expect(proposals.first == .classC([.failedSamplings(2)]))
        #expect(proposals.allSatisfy { $0.proposedClasses == [.c] })
    }

    @Test("downgrade triggers propose a downgrade until a decision on or after the fact's day answers them; C cannot fall further")
    func downgrades() throws {
        let a = try ClassificationTests.classify(.a, on: Self.day.adding(days: -100))
        let hazard = try Self.fact("serious-hazard", on: Self.day.adding(days: -3), recorded: Self.day.adding(days: -2))
        #expect(Classification.proposals(history: [a], facts: [hazard], licensedOn: nil, today: Self.day) == [.downgrade(.seriousHazard, on: Self.day.adding(days: -3))])
        let b = try ClassificationTests.classify(.b, after: [a], on: Self.day.adding(days: -2))
        #expect(Classification.proposals(history: [a, b], facts: [hazard], licensedOn: nil, today: Self.day).isEmpty)
        let c = try ClassificationTests.classify(.c, on: Self.day.adding(days: -100))
        #expect(Classification.proposals(history: [c], facts: [try Self.fact("serious-hazard")], licensedOn: nil, today: Self.day).isEmpty)
    }

    @Test("a broken AA commitment proposes B or C and bans AA commitments for 5 years, refused quoting article 9")
    func commitmentBan() throws {
        let aa = try ClassificationTests.classify(.aa, commitment: "0fa1", on: Self.day.adding(days: -400))
        let broken = try Self.fact("broken-commitment", on: Self.day.adding(days: -10))
        let until = Self.day.adding(days: -10).addingYears(5)
        #expect(Classification.proposals(history: [aa], facts: [broken], licensedOn: nil, today: Self.day)
            == [.commitmentBroken(on: Self.day.adding(days: -10), banUntil: until)])
        #expect(ClassificationProposal.commitmentBroken(on: Self.day, banUntil: until).proposedClasses == [.b, .c])
        let b = try ClassificationTests.classify(.b, after: [aa])
        let a = try ClassificationTests.classify(.a, after: [aa, b], on: Self.day.adding(days: 1))
        func aaAgain(on day: CivilDate) throws(ClassificationRefusal) -> ClassificationRecord {
            try Classification.classify(
                ClassificationRequest(category: nil, supervisionClass: .aa, reason: "复评", evidence: "", commitment: "0fa2"),
                id: ClassificationRecordID(rawValue: UUID()), creditCode: ClassificationTests.code, history: [aa, b, a], facts: [broken],
                district: ClassificationTests.district, by: Self.officer, on: day
            )
        }
        #expect(throws: ClassificationRefusal.commitmentBanned(until: until)) { try aaAgain(on: Self.day.adding(days: 2)) }
        #expect(throws: ClassificationRefusal.commitmentBanned(until: until)) { try aaAgain(on: until.previous) }
        #expect(try aaAgain(on: until).supervisionClass == .aa)
        #expect(Classification.commitmentBanRule.zhHans.contains("5年内不再接受"))
    }

    @Test("a substantial change calls for reclassification; a new licensee's first classification is due in two months, then overdue")
    func reclassifyAndDeadline() throws {
        let licensed = try CivilDate(year: 2026, month: 9, day: 20)
        let fresh = SupervisionStanding(history: [], facts: [], productRisk: .high, licensedOn: licensed, today: Self.day)
        #expect(fresh.classificationDue == (try CivilDate(year: 2026, month: 11, day: 20)) && fresh.isOverdue)
        #expect(fresh.proposals == [.classifyNewLicensee(due: try CivilDate(year: 2026, month: 11, day: 20), overdue: true)])
        #expect(fresh.proposals.first?.text.zhHans.hasPrefix("获证企业尚未分类，已超过获证后两个月的期限（应于2026-11-20前完成）") == true)
        let recent = SupervisionStanding(history: [], facts: [], productRisk: nil, licensedOn: Self.day.adding(days: -10), today: Self.day)
        #expect(!recent.isOverdue && recent.proposals.first?.text.zhHans.hasPrefix("新获证企业须于") == true, "a licensee within its two months")
        #expect(fresh.supervisionClass == nil && fresh.mode == .strict, "unclassified is supervised as B, one step stricter for a level-Ⅰ product")
        let b = try ClassificationTests.classify(.b, on: licensed.adding(days: 10))
        let change = try Self.fact("substantial-change", "process")
        let standing = SupervisionStanding(history: [b], facts: [change], productRisk: nil, licensedOn: licensed, today: Self.day)
        #expect(standing.classificationDue == nil && !standing.isOverdue)
        #expect(standing.proposals == [.reclassify(.process, on: Self.day)])
    }

    @Test("several categories: one class each, the lowest supervises; the figures count it once by that class")
    func categoriesAndFigures() throws {
        let cables = try ClassificationTests.classify(.a, category: ClassificationTests.cables)
        let pumps = try ClassificationTests.classify(.c, category: ClassificationTests.pumps)
        let standing = SupervisionStanding(history: [cables, pumps], facts: [], productRisk: .general, licensedOn: nil, today: Self.day)
        #expect(standing.categories.map(\.category) == [ClassificationTests.cables, ClassificationTests.pumps])
        #expect(standing.supervisionClass == .c && standing.mode == .strict)
        var figures = DistrictSupervisionFigures(district: ClassificationTests.district)
        figures.add(standing, planned: 2)
        figures.add(SupervisionStanding(history: [], facts: [], productRisk: nil, licensedOn: Self.day.addingYears(-1), today: Self.day), planned: 1)
        #expect(figures.licensed == 2 && figures.byClass == [.c: 1] && figures.unclassified == 1 && figures.overdue == 1 && figures.plannedInspections == 3)
    }

    @Test("the AA list is CSV with its header, names quoted where needed")
    func aaList() throws {
        let aa = try ClassificationTests.classify(.aa, commitment: "ab12")
        let csv = AAList.csv([AAListRow(creditCode: ClassificationTests.code, name: "上海\"优\"企,有限公司", district: ClassificationTests.district, record: aa, productRisk: .higher)])
        #expect(csv == AAList.csvHeader + "\n" + "\(ClassificationTests.code.rawValue),\"上海\"\"优\"\"企,有限公司\",310115,,\(Self.day),II,ab12\n")
    }
}
