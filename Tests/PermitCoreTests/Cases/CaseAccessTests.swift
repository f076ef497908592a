import Foundation
import PermitCore
import Testing

@Suite("Case access and worklists — 案件权限与待办")
struct CaseAccessTests {
    let xuhui = DistrictCode(rawValue: "310104")!
    let pudong = DistrictCode(rawValue: "310115")!
    let agency = try! UnifiedSocialCreditCode(validating: "91310000MA1FL1MMXL")

    func user(_ name: String, _ role: Role, district: DistrictCode? = nil, organisation: UnifiedSocialCreditCode? = nil) -> User {
        User(
            id: UserID(rawValue: UUID()), username: Username(rawValue: name)!, displayName: name, role: role,
            district: district, isActive: true, createdAt: CaseFixtures.opened, organisation: organisation
        )
    }

    @Test("Role and district decide first; the team, the review agency and the subject reach their own cases")
    func standings() {
        var subject = CaseFixtures.onSiteReview()
        subject.agency = agency
        let member = user("team.reviewer", .reviewer)
        subject.team = [CaseMember(user: member.id, username: member.username, displayName: "审查员")]
        #expect(CaseAccess.of(user("city.one", .cityOfficer), on: subject) == .act)
        #expect(CaseAccess.of(user("audit.one", .auditor), on: subject) == .read)
        #expect(CaseAccess.of(user("xuhui.officer", .districtOfficer, district: xuhui), on: subject) == .act)
        #expect(CaseAccess.of(user("pudong.officer", .districtOfficer, district: pudong), on: subject) == .none)
        #expect(CaseAccess.of(user("xuhui.inspector", .inspector, district: xuhui), on: subject) == .read)
        #expect(CaseAccess.of(member, on: subject) == .act)
        #expect(CaseAccess.of(user("agency.reviewer", .reviewer, organisation: agency), on: subject) == .act)
        #expect(CaseAccess.of(user("other.reviewer", .reviewer), on: subject) == .none)
        #expect(CaseAccess.of(user("ent.one", .enterprise, organisation: CaseFixtures.creditCode), on: subject) == .follow)
        #expect(CaseAccess.of(user("other.ent", .enterprise, organisation: agency), on: subject) == .none)
        var disabled = user("city.two", .cityOfficer)
        disabled.isActive = false
        #expect(CaseAccess.of(disabled, on: subject) == .none)
    }

    @Test("A worklist holds the ready nodes its user performs, earliest first, and the filing of closed cases")
    func worklist() throws {
        let calendar = WorkingDayCalendar.stateCouncil2020Through2026
        let officer = user("xuhui.officer", .districtOfficer, district: xuhui)
        let review = CaseFixtures.onSiteReview()
        var application = CaseMachine(definition: .licenseApplication).open(
            id: CaseID(rawValue: UUID()), number: try CaseNumber(kind: .application, year: 2026, sequence: 2),
            subject: review.subject, district: xuhui, team: [], agency: nil, by: CaseFixtures.officer, at: CaseFixtures.opened
        )
        var items = Worklist.items(for: officer, in: [(review, .licenseOnSiteReview), (application, .licenseApplication)], calendar: calendar)
        #expect(items.map(\.name.zhHans) == ["作出受理决定", "制定企业现场核查计划"])
        #expect(items.first?.standing == .due(try calendar.addWorkingDays(from: CivilDate(CaseFixtures.opened), count: 2)))
        #expect(items.first?.isOverdue(today: try CivilDate(parsing: "2026-03-05")) == true)
        #expect(items.first?.isOverdue(today: try CivilDate(parsing: "2026-03-04")) == false)

        application.closedAt = CaseFixtures.opened
        let closedReview = { () -> Case in var closed = review; closed.closedAt = CaseFixtures.opened; return closed }()
        items = Worklist.items(for: officer, in: [(closedReview, .licenseOnSiteReview)], calendar: calendar)
        #expect(items.map(\.task) == [.filing])
        #expect(items.first?.standing == .due(try CivilDate(parsing: "2026-04-01")))
        #expect(Worklist.items(for: user("xuhui.inspector", .inspector, district: xuhui), in: [(review, .licenseOnSiteReview)], calendar: calendar).isEmpty)
    }
}

@Suite("Case alerts — 到期提醒与超期")
struct CaseAlertTests {
    @Test("A reminder within two days of the due date, an overdue flag after it, nothing for settled nodes")
    func alerts() throws {
        let calendar = WorkingDayCalendar.stateCouncil2020Through2026
        let review = CaseFixtures.onSiteReview()
        let due = try calendar.addWorkingDays(from: CivilDate(CaseFixtures.opened), count: 30)
        let early = CaseAlert.due(in: [(review, .licenseOnSiteReview)], today: due.adding(days: -3), calendar: calendar)
        #expect(early.isEmpty)
        let soon = CaseAlert.due(in: [(review, .licenseOnSiteReview)], today: due.adding(days: -2), calendar: calendar)
        #expect(soon.count == 7 && soon.allSatisfy { $0.kind == .reminder && $0.due == due })
        #expect(soon.first?.key == "XC-2026-00001/onsite-plan/reminder")
        var settled = review
        settled.nodes[0].status = .complete
        let late = CaseAlert.due(in: [(settled, .licenseOnSiteReview)], today: due.next, calendar: calendar)
        #expect(late.count == 6 && late.allSatisfy { $0.kind == .overdue })
    }
}
