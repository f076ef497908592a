import Foundation
import PermitCore
import Testing

@Suite("Deadlines — 时限")
struct DeadlineTests {
    let calendar = WorkingDayCalendar.stateCouncil2020Through2026
    let day = { (text: String) in try! CivilDate(parsing: text) }

    @Test("Working days skip weekends and holidays; calendar days do not")
    func units() throws {
        // 2026-09-30 (Wednesday) + 2 working days crosses the National Day holiday.
        let working = Deadline(rule: DeadlineRule(2, .workingDays, from: .caseOpened), startedOn: day("2026-09-30"))
        #expect(try working.standing(clock: CaseClock(), calendar: calendar) == .due(calendar.addWorkingDays(from: day("2026-09-30"), count: 2)))
        #expect(try working.standing(clock: CaseClock(), calendar: calendar) != .due(day("2026-10-02")))
        let calendarDays = Deadline(rule: DeadlineRule(30, .calendarDays, from: .caseClosed), startedOn: day("2026-09-30"))
        #expect(try calendarDays.standing(clock: CaseClock(), calendar: calendar) == .due(day("2026-10-30")))
    }

    @Test("A paused clock has no due date; once resumed, the paused time is added in the rule's unit")
    func pauses() throws {
        let deadline = Deadline(rule: DeadlineRule(5, .workingDays, from: .caseOpened), startedOn: day("2026-03-02"))
        var clock = CaseClock(pauses: [CaseClock.Pause(from: day("2026-03-03"), reason: "补正")])
        #expect(try deadline.standing(clock: clock, calendar: calendar) == .paused(since: day("2026-03-03")))
        clock.pauses[0].until = day("2026-03-10")  // Tuesday to Tuesday: 5 working days stood still
        #expect(try deadline.standing(clock: clock, calendar: calendar) == .due(day("2026-03-16")))
        #expect(clock.pauses.count == 1 && !clock.isPaused)
    }

    @Test("A pause before the deadline started does not move it")
    func earlierPause() throws {
        let deadline = Deadline(rule: DeadlineRule(3, .calendarDays, from: .caseClosed), startedOn: day("2026-03-20"))
        let clock = CaseClock(pauses: [CaseClock.Pause(from: day("2026-03-03"), until: day("2026-03-10"), reason: "补正")])
        #expect(try deadline.standing(clock: clock, calendar: calendar) == .due(day("2026-03-23")))
    }

    @Test("Pausing and resuming through the machine stops and restarts the node deadlines")
    func machinePause() throws {
        let machine = CaseFixtures.review
        var current = CaseFixtures.onSiteReview()
        let node = CaseFixtures.key("onsite-plan")
        let due = try #require(machine.deadline(of: node, in: current)).standing(clock: current.clock, calendar: calendar)
        #expect(due == .due(try calendar.addWorkingDays(from: day("2026-03-02"), count: 30)))
        (current, _) = try machine.apply(.pauseClock(reason: "要求企业补正材料"), to: current, by: CaseFixtures.officer, at: CaseFixtures.date("2026-03-03T02:00:00Z"))
        #expect(throws: CaseRefusal.clockAlreadyPaused) {
            try machine.apply(.pauseClock(reason: "again"), to: current, by: CaseFixtures.officer, at: CaseFixtures.opened)
        }
        (current, _) = try machine.apply(.resumeClock, to: current, by: CaseFixtures.officer, at: CaseFixtures.date("2026-03-05T02:00:00Z"))
        let moved = try #require(machine.deadline(of: node, in: current)).standing(clock: current.clock, calendar: calendar)
        #expect(moved == .due(try calendar.addWorkingDays(from: day("2026-03-02"), count: 32)))
    }

    @Test("A node counting from its predecessors has no deadline until they settle")
    func previousSettled() throws {
        let machine = CaseMachine(definition: .licenseApplication)
        var current = machine.open(
            id: CaseID(rawValue: UUID()), number: try CaseNumber(kind: .application, year: 2026, sequence: 1),
            subject: CaseSubject(kind: .enterprise, creditCode: CaseFixtures.creditCode, name: "企业"),
            district: nil, team: [], agency: nil, by: CaseFixtures.officer, at: CaseFixtures.opened
        )
        let decision = CaseFixtures.key("decision")
        #expect(machine.deadline(of: decision, in: current) == nil)
        (current, _) = try machine.apply(.addRecord(CaseFixtures.text("acceptance", 1)), to: current, by: CaseFixtures.officer, at: CaseFixtures.opened)
        (current, _) = try machine.apply(.complete(CaseFixtures.key("acceptance")), to: current, by: CaseFixtures.officer, at: CaseFixtures.date("2026-03-03T02:00:00Z"))
        #expect(machine.deadline(of: decision, in: current) == Deadline(rule: DeadlineRule(20, .workingDays, from: .previousSettled), startedOn: day("2026-03-03")))
    }

    @Test("Periods read as the rule states them")
    func wording() {
        #expect(DeadlineRule(30, .calendarDays, from: .caseClosed).wording(.zhHans) == "结案之日起30日内")
        #expect(DeadlineRule(2, .workingDays, from: .caseOpened).wording(.en) == "within 2 working days from the case's opening")
    }
}
