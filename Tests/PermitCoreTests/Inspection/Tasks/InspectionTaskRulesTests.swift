import Foundation
@testable import PermitCore
import Testing

@Suite("Inspection tasks — declaration first, each inspector signs the version read, results only when both forms are signed (RND-4…8)")
struct InspectionTaskRulesTests {
    static let first = TaskInspector(certificate: "ZF0001", user: UserID(rawValue: UUID()), username: Username(rawValue: "first.inspector")!, name: "刘洋")
    static let second = TaskInspector(certificate: "ZF0002", user: UserID(rawValue: UUID()), username: Username(rawValue: "second.inspector")!, name: "周婷")
    static let outsider = UserID(rawValue: UUID())
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func task() -> InspectionTask {
        InspectionTask(
            id: InspectionTaskID(rawValue: UUID()), plan: InspectionPlanID(rawValue: UUID()), planIdentifier: "SJ-2026-001",
            caseNumber: try! CaseNumber(kind: .inspection, year: 2026, sequence: 1), enterprise: try! UnifiedSocialCreditCode(validating: "91310115MA1K00001" + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: "91310115MA1K00001")!)),
            enterpriseName: "上海抽查示范企业", district: DistrictCode(rawValue: "310115")!, team: [first, second], checksDueOn: try! CivilDate(parsing: "2026-10-31"),
            dispatchedAt: now
        )
    }

    static func form() throws -> InspectionRecordForm { try InspectionFormRules.record(InspectionFormRulesTests.passing()) }

    static func declared() throws -> InspectionTask {
        var task = task()
        for member in [first, second] { task = try InspectionTaskRules.declare(task, by: member.user, integrityCommitment: true, certificateShown: true, at: now) }
        return task
    }

    @Test("only the team fills in, and only after declaring both the commitment and the certificate shown")
    func declarationFirst() throws {
        let task = Self.task()
        #expect(throws: InspectionTaskRefusal.notOnTeam) { try InspectionTaskRules.submit(try Self.form(), digest: "a", to: task, by: Self.outsider, at: Self.now) }
        #expect(throws: InspectionTaskRefusal.notDeclared) { try InspectionTaskRules.submit(try Self.form(), digest: "a", to: task, by: Self.first.user, at: Self.now) }
        #expect(throws: InspectionTaskRefusal.declarationIncomplete) {
            try InspectionTaskRules.declare(task, by: Self.first.user, integrityCommitment: true, certificateShown: false, at: Self.now)
        }
        let declared = try InspectionTaskRules.declare(task, by: Self.first.user, integrityCommitment: true, certificateShown: true, at: Self.now)
        #expect(throws: InspectionTaskRefusal.alreadyDeclared) {
            try InspectionTaskRules.declare(declared, by: Self.first.user, integrityCommitment: true, certificateShown: true, at: Self.now)
        }
    }

    @Test("the submitter signs; the other signs the same digest; a changed form needs everyone again; a final form cannot change")
    func signatures() throws {
        var task = try InspectionTaskRules.submit(try Self.form(), digest: "v1", to: try Self.declared(), by: Self.first.user, at: Self.now)
        #expect(task.unsigned(.record) == [Self.second] && !task.isFinal(.record))
        #expect(throws: InspectionTaskRefusal.formChanged(.record)) { try InspectionTaskRules.sign(.record, of: task, digest: "v0", by: Self.second.user, at: Self.now) }
        #expect(throws: InspectionTaskRefusal.alreadySigned(.record)) { try InspectionTaskRules.sign(.record, of: task, digest: "v1", by: Self.first.user, at: Self.now) }
        task = try InspectionTaskRules.submit(try Self.form(), digest: "v2", to: task, by: Self.second.user, at: Self.now)
        #expect(task.unsigned(.record) == [Self.first])
        task = try InspectionTaskRules.sign(.record, of: task, digest: "v2", by: Self.first.user, at: Self.now)
        #expect(task.isFinal(.record) && task.checkedOn == nil)
        #expect(throws: InspectionTaskRefusal.formFinal(.record)) { try InspectionTaskRules.submit(try Self.form(), digest: "v3", to: task, by: Self.first.user, at: Self.now) }
    }

    @Test("reporting needs both forms signed by all, names who has not signed, and publishes the record form's conclusion once")
    func report() throws {
        let actor = ActorReference.user(Self.first.username)
        var task = try InspectionTaskRules.submit(try Self.form(), digest: "r", to: try Self.declared(), by: Self.first.user, at: Self.now)
        #expect(throws: InspectionTaskRefusal.unsigned(.record, ["周婷"])) { try InspectionTaskRules.report(task, by: actor, at: Self.now) }
        task = try InspectionTaskRules.sign(.record, of: task, digest: "r", by: Self.second.user, at: Self.now)
        #expect(throws: InspectionTaskRefusal.noForm(.equipment)) { try InspectionTaskRules.report(task, by: actor, at: Self.now) }
        let equipment = try InspectionFormRules.equipment(.init(devices: [.init(kind: "production", name: "挤塑机", found: "正常")], enterprise: .init(representative: "周明", sealed: true)))
        #expect(throws: InspectionTaskRefusal.photosMissing) { try InspectionTaskRules.submit(equipment, digest: "e", to: task, by: Self.first.user, photos: 0, at: Self.now) }
        task = try InspectionTaskRules.submit(equipment, digest: "e", to: task, by: Self.first.user, photos: 2, at: Self.now)
        task = try InspectionTaskRules.sign(.equipment, of: task, digest: "e", by: Self.second.user, at: Self.now)
        #expect(task.checkedOn == CivilDate(Self.now))
        let reported = try InspectionTaskRules.report(task, by: actor, at: Self.now)
        #expect(reported.report?.conclusion == .pass && reported.isPublished)
        #expect(throws: InspectionTaskRefusal.alreadyReported) { try InspectionTaskRules.report(reported, by: actor, at: Self.now) }
        #expect(throws: InspectionTaskRefusal.alreadyReported) { try InspectionTaskRules.sign(.record, of: reported, digest: "r", by: Self.first.user, at: Self.now) }
    }

    @Test("rates: checked and published over all tasks; overdue checks and publications named, with the 20 working days from the check")
    func rates() throws {
        let calendar = WorkingDayCalendar.stateCouncil2020Through2026
        var done = Self.task()
        done.checkedOn = try CivilDate(parsing: "2026-09-01")
        done.report = TaskReport(conclusion: .pass, problems: "", reportedAt: Self.now, reportedBy: "user:x")
        var waiting = Self.task()
        waiting.checkedOn = try CivilDate(parsing: "2026-09-01")
        let unchecked = Self.task()
        let rates = InspectionRates(tasks: [done, waiting, unchecked], calendar: calendar, today: try CivilDate(parsing: "2026-11-02"))
        #expect(rates.city.tasks == 3 && rates.city.completionRate == 66 && rates.city.publicationRate == 33)
        #expect(rates.city.late.map(\.lateness) == [.publicationOverdue, .checkOverdue])
        #expect(rates.city.late.first?.due == (try calendar.addWorkingDays(from: try CivilDate(parsing: "2026-09-01"), count: 20)))
        #expect(rates.districts.count == 1 && rates.districts[0].tasks == 3)
    }
}
