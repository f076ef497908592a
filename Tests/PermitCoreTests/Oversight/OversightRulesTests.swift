import Foundation
import PermitCore
import Testing

@Suite("Oversight — inspection, rectification, sampling and interview rules (SUP-8, SUP-9, SUP-10, SUP-13)")
struct OversightRulesTests {
    static let opened = try! CivilDate(year: 2026, month: 12, day: 1)
    static let today = try! CivilDate(year: 2026, month: 12, day: 3)
    static let team = ["pudong.officer", "pudong.inspector"]

    static func record(
        conclusions: [CheckItem: CheckConclusion] = [:], dropping: CheckItem? = nil, problems: String = "", inspectors: [String] = team,
        enterprise: EnterpriseSignature = .signed(by: "周明"), rectified: Bool? = nil, checkedOn: CivilDate = today
    ) -> InspectionRecord {
        InspectionRecord(
            checkedOn: checkedOn, place: "上海市浦东新区川沙路 200 号",
            findings: CheckItem.allCases.filter { $0 != dropping }.map { CheckFinding(item: $0, found: "已查看", conclusion: conclusions[$0] ?? .conforming) },
            problems: problems, inspectors: inspectors, enterprise: enterprise, rectified: rectified
        )
    }

    static func fields(_ issues: [FieldIssue]) -> [String] { issues.map(\.field) }

    @Test("a team needs two officials (第二十四条); reviewers and enterprises are not officials")
    func teamSize() throws {
        #expect(throws: OversightRefusal.teamTooSmall(1)) { try OversightTeam.check(size: 1) }
        #expect(throws: OversightRefusal.teamTooSmall(0)) { try OversightTeam.check(size: 0) }
        try OversightTeam.check(size: 2)
        #expect(OversightTeam.isOfficial(.inspector) && OversightTeam.isOfficial(.districtOfficer) && OversightTeam.isOfficial(.cityOfficer))
        #expect(!OversightTeam.isOfficial(.reviewer) && !OversightTeam.isOfficial(.enterprise) && !OversightTeam.isOfficial(.auditor))
    }

    @Test("the article-25 form is complete: all six items, problems when an item fails, two team signatures, the enterprise's signature or refusal")
    func recordCompleteness() {
        let complete = Self.record()
        #expect(complete.issues(kind: .periodic, team: Self.team, openedOn: Self.opened, today: Self.today).isEmpty)
        #expect(complete.text(names: ["pudong.officer": "李敏"]).contains("是否按照规定要求在产品包装上标注生产许可证编号和标志：已查看（符合）"))

        let missingItem = Self.record(dropping: .releaseInspection).issues(kind: .periodic, team: Self.team, openedOn: Self.opened, today: Self.today)
        #expect(Self.fields(missingItem) == ["items.release-inspection"])

        let unexplained = Self.record(conclusions: [.materialsControl: .nonConforming])
        #expect(Self.fields(unexplained.issues(kind: .periodic, team: Self.team, openedOn: Self.opened, today: Self.today)) == ["problems"])
        #expect(unexplained.foundProblems)

        let oneSigner = Self.record(inspectors: ["pudong.officer", "xuhui.officer"])
        #expect(Self.fields(oneSigner.issues(kind: .periodic, team: Self.team, openedOn: Self.opened, today: Self.today)) == ["inspectors[1]", "inspectors"])

        let unsigned = Self.record(enterprise: .signed(by: " "))
        #expect(Self.fields(unsigned.issues(kind: .periodic, team: Self.team, openedOn: Self.opened, today: Self.today)) == ["enterpriseSignatory"])
        let refused = Self.record(enterprise: .refused(note: "企业负责人拒绝签字，两名检查人员在场见证"))
        #expect(refused.issues(kind: .periodic, team: Self.team, openedOn: Self.opened, today: Self.today).isEmpty)
        #expect(refused.text(names: [:]).contains("企业负责人员拒绝签字"))

        #expect(Self.fields(Self.record().issues(kind: .returnVisit, team: Self.team, openedOn: Self.opened, today: Self.today)) == ["rectified"])
        let future = Self.record(checkedOn: Self.today.adding(days: 1))
        #expect(Self.fields(future.issues(kind: .periodic, team: Self.team, openedOn: Self.opened, today: Self.today)) == ["checkedOn"])
    }

    @Test("rectification is ordered on a problem found, with a deadline after the check")
    func rectificationOrder() throws {
        let failing = Self.record(conclusions: [.releaseInspection: .nonConforming], problems: "出厂检验记录缺失")
        let order = try RectificationRules.order(requirements: "补齐出厂检验记录", deadline: "2026-12-31", record: failing)
        #expect(order.deadline == (try CivilDate(year: 2026, month: 12, day: 31)))
        #expect(throws: OversightRefusal.rectificationWithoutProblem) {
            try RectificationRules.order(requirements: "补齐", deadline: "2026-12-31", record: Self.record())
        }
        #expect(throws: OversightRefusal.invalid([FieldIssue(field: "rectification.deadline", problem: .notAllowed)])) {
            try RectificationRules.order(requirements: "补齐", deadline: Self.today.description, record: failing)
        }
    }

    @Test("the re-check comes after the deadline; before it only with a reason; once per order")
    func recheckTiming() throws {
        let deadline = try CivilDate(year: 2026, month: 12, day: 31)
        var order = RectificationOrder(
            id: RectificationOrderID(rawValue: UUID()), inspection: try CaseNumber(parsing: "JC-2026-00001"),
            creditCode: try UnifiedSocialCreditCode(validating: "91310115MA1H7GKX3T"), enterpriseName: "上海示范电缆有限公司",
            district: DistrictCode(rawValue: "310115")!, requirements: "补齐出厂检验记录", deadline: deadline, orderedOn: Self.today
        )
        #expect(!order.isDue(on: deadline) && order.isDue(on: deadline.next) && order.awaitsRecheck(on: deadline.next))
        #expect(throws: OversightRefusal.recheckBeforeDeadline(deadline)) { try RectificationRules.recheck(order, on: deadline, reason: nil) }
        #expect(try RectificationRules.recheck(order, on: deadline, reason: " 企业报告已完成整改 ") == "企业报告已完成整改")
        #expect(try RectificationRules.recheck(order, on: deadline.next, reason: nil) == nil)
        order.recheck = try CaseNumber(parsing: "JC-2027-00001")
        #expect(throws: OversightRefusal.recheckExists(order.recheck!)) { try RectificationRules.recheck(order, on: deadline.next, reason: nil) }
        #expect(!order.awaitsRecheck(on: deadline.next))
    }

    @Test("samples go to the lab within 7 days: a later dispatch is kept and flagged; the report has two copies")
    func sevenDayRule() throws {
        let sampledOn = try CivilDate(year: 2026, month: 12, day: 1)
        var sampling = Sampling(
            caseNumber: try CaseNumber(parsing: "CC-2026-00001"), creditCode: try UnifiedSocialCreditCode(validating: "91310115MA1H7GKX3T"),
            enterpriseName: "上海示范电缆有限公司", district: DistrictCode(rawValue: "310115")!, grounds: [.suspectedSeriousProblem], groundNote: "",
            slip: SampleSlip(product: "电力电缆", model: "YJV 3×95", batch: "20261120", quantity: "3 m / 500 m", sampledFrom: .finishedGoodsStore, randomMethod: "随机数表", seal: "F-001"),
            sampledOn: sampledOn
        )
        #expect(sampling.dispatchDue == (try CivilDate(year: 2026, month: 12, day: 8)))
        #expect(!sampling.isOverdue(on: sampling.dispatchDue) && sampling.isOverdue(on: sampling.dispatchDue.next))
        sampling.sentOn = try SamplingRules.dispatch(sentOn: "2026-12-08", sampledOn: sampledOn, today: Self.today.adding(days: 30))
        #expect(!sampling.sentLate)
        sampling.sentOn = try SamplingRules.dispatch(sentOn: "2026-12-09", sampledOn: sampledOn, today: Self.today.adding(days: 30))
        #expect(sampling.sentLate && sampling.dispatchText.contains("逾期"))
        #expect(throws: OversightRefusal.dispatchDate(sampledOn: sampledOn)) {
            try SamplingRules.dispatch(sentOn: "2026-11-30", sampledOn: sampledOn, today: Self.today)
        }
        let sent = try CivilDate(year: 2026, month: 12, day: 9)
        #expect(throws: OversightRefusal.reportCopies(1)) {
            try SamplingRules.report(number: "R-1", issuedOn: "2026-12-20", copies: 1, passed: false, summary: "绝缘厚度不合格", sentOn: sent, today: Self.today.adding(days: 30))
        }
        let report = try SamplingRules.report(
            number: "R-1", issuedOn: "2026-12-20", copies: 2, passed: false, summary: "绝缘厚度不合格", sentOn: sent, today: Self.today.adding(days: 30)
        )
        sampling.report = report
        #expect(sampling.reportText.contains("一式2份") && sampling.reportText.contains("不得向企业收取费用"))
        let csv = SamplingList.csv([sampling])
        #expect(csv.hasPrefix(SamplingList.csvHeader + "\n") && csv.contains(",true,R-1,failed\n"))
    }

    @Test("sampling grounds are those of 第四十五条; `other` needs its note; an interview record needs who, when, where, what")
    func groundsAndInterview() throws {
        var issues: [FieldIssue] = []
        _ = SamplingRules.grounds(["other"], note: nil, into: &issues)
        #expect(Self.fields(issues) == ["groundNote"])
        issues = []
        _ = SamplingRules.grounds(["tip-off"], note: nil, into: &issues)
        #expect(Self.fields(issues) == ["grounds[0]"])
        let interview = try InterviewRecord(
            interviewee: "周明", position: nil, heldOn: "2026-12-02", time: "10:00—11:00", place: "区局约谈室", reason: "抽检不合格",
            said: "告知降级原因和事实", required: "30日内完成整改", today: Self.today
        )
        #expect(interview.text(officials: ["李敏", "张伟"]).contains("被约谈人：周明（法定代表人）"))
        #expect(throws: OversightRefusal.self) {
            try InterviewRecord(interviewee: "周明", position: nil, heldOn: "2026-12-02", time: "", place: "", reason: "", said: "", required: "", today: Self.today)
        }
    }
}
