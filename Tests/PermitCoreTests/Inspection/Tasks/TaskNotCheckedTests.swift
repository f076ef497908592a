import Foundation
@testable import PermitCore
import Testing

@Suite("Inspection tasks — not checked because production stopped or the enterprise converted (RND-7, seed 002 七(五))")
struct TaskNotCheckedTests {
    static let today = try! CivilDate(parsing: "2026-09-10")

    @Test("the input: a known ground, a reason and a date not in the future; every bad field named")
    func parse() throws {
        let record = try TaskNotChecked.parse(ground: "converted", reason: " 已转产塑料制品 ", foundOn: "2026-09-09", today: Self.today)
        #expect(record == TaskNotChecked(ground: .converted, reason: "已转产塑料制品", foundOn: try CivilDate(parsing: "2026-09-09")))
        do {
            _ = try TaskNotChecked.parse(ground: "closed", reason: "  ", foundOn: "2026-09-11", today: Self.today)
            Issue.record("accepted")
        } catch {
            #expect(error.issues.map(\.field) == ["ground", "reason", "foundOn"])
            #expect(error.issues.map(\.problem) == [.unknownValue("closed"), .missing, .notAllowed])
        }
        #expect(throws: InvalidInput.self) { try TaskNotChecked.parse(ground: "converted", reason: "x", foundOn: "9月9日", today: Self.today) }
    }

    @Test("recorded once, published as 未检查（停产/转产） with the reason; refused once the task has a result")
    func rule() throws {
        let actor = ActorReference.user(InspectionTaskRulesTests.first.username)
        let record = TaskNotChecked(ground: .stoppedProduction, reason: "厂房已出租，设备已拆除", foundOn: Self.today)
        let task = try InspectionTaskRules.notChecked(InspectionTaskRulesTests.task(), record, by: actor, at: InspectionTaskRulesTests.now)
        #expect(task.report?.conclusion == .notChecked && task.report?.notChecked == record && task.report?.problems == "停产：厂房已出租，设备已拆除")
        #expect(task.isPublished && task.isHandled && !task.isChecked)
        #expect(throws: InspectionTaskRefusal.alreadyReported) { try InspectionTaskRules.notChecked(task, record, by: actor, at: InspectionTaskRulesTests.now) }
        #expect(InspectionTaskRules.notCheckedText(record).contains("未检查（停产/转产）"))
        #expect(!InspectionConclusion.formCases.contains(.notChecked))
    }

    @Test("rates: a task found stopped counts as completed and published, never as overdue, so the rates reach 100%")
    func rates() throws {
        let calendar = WorkingDayCalendar.stateCouncil2020Through2026
        let record = TaskNotChecked(ground: .converted, reason: "已转产", foundOn: Self.today)
        let stopped = try InspectionTaskRules.notChecked(InspectionTaskRulesTests.task(), record, by: .system("test"), at: InspectionTaskRulesTests.now)
        var done = InspectionTaskRulesTests.task()
        done.checkedOn = Self.today
        done.report = TaskReport(conclusion: .pass, problems: "", reportedAt: InspectionTaskRulesTests.now, reportedBy: "user:x")
        let rates = InspectionRates(tasks: [stopped, done], calendar: calendar, today: try CivilDate(parsing: "2026-12-01"))
        #expect(rates.city.completionRate == 100 && rates.city.publicationRate == 100 && rates.city.late.isEmpty)
        let open = InspectionRates(tasks: [stopped, InspectionTaskRulesTests.task()], calendar: calendar, today: try CivilDate(parsing: "2026-12-01"))
        #expect(open.city.completionRate == 50 && open.city.late.map(\.lateness) == [.checkOverdue])
    }
}

@Suite("Inspection tasks — carried into the next plan of the same districts (上期未检查，本期继续跟进)")
struct CarryOverTests {
    static func plan(_ identifier: String, on day: String, district: String = "310115") throws -> InspectionPlan {
        InspectionPlan(
            id: InspectionPlanID(rawValue: UUID()), identifier: identifier, year: 2026, title: identifier, districts: [DistrictCode(rawValue: district)!],
            categories: [], checksEndOn: try CivilDate(parsing: "2026-12-31"), ratios: [], createdBy: .system("test"), createdOn: try CivilDate(parsing: day)
        )
    }

    static func task(of plan: InspectionPlan, notChecked: Bool) throws -> InspectionTask {
        var task = InspectionTaskRulesTests.task()
        task.plan = plan.id
        task.planIdentifier = plan.identifier
        if notChecked {
            task = try InspectionTaskRules.notChecked(
                task, TaskNotChecked(ground: .stoppedProduction, reason: "停产", foundOn: TaskNotCheckedTests.today), by: .system("test"), at: InspectionTaskRulesTests.now
            )
        } else {
            task.report = TaskReport(conclusion: .pass, problems: "", reportedAt: InspectionTaskRulesTests.now, reportedBy: "user:x")
        }
        return task
    }

    @Test("listed in a later plan of its district only; not in an earlier plan, another district's, or once checked since")
    func carried() throws {
        let (first, second, third) = (try Self.plan("SJ-2026-001", on: "2026-03-01"), try Self.plan("SJ-2026-002", on: "2026-06-01"), try Self.plan("SJ-2026-003", on: "2026-09-01"))
        let elsewhere = try Self.plan("SJ-2026-004", on: "2026-07-01", district: "310104")
        let plans = [first, second, third, elsewhere]
        let stopped = try Self.task(of: first, notChecked: true)
        #expect(CarryOver.carried(into: second, plans: plans, tasks: [stopped]) == [stopped])
        #expect(CarryOver.carried(into: first, plans: plans, tasks: [stopped]).isEmpty)
        #expect(CarryOver.carried(into: elsewhere, plans: plans, tasks: [stopped]).isEmpty)
        let checked = try Self.task(of: second, notChecked: false)
        #expect(CarryOver.carried(into: third, plans: plans, tasks: [stopped, checked]).isEmpty)
        #expect(CarryOver.carried(into: second, plans: plans, tasks: [stopped, checked]) == [stopped])
    }
}
