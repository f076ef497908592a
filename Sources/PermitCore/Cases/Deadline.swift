/// A running period: a rule, the day it started, and the time its case's
/// clock stood still since then (a request for correction, 补正, stops the
/// clock until the enterprise answers, 行政许可法 第32条). The paused time is
/// kept, not folded into the start, so the due date can always be explained.
public struct Deadline: Hashable, Sendable, Codable {
    public var rule: DeadlineRule
    public var startedOn: CivilDate

    public init(rule: DeadlineRule, startedOn: CivilDate) {
        self.rule = rule
        self.startedOn = startedOn
    }

    /// What a deadline comes to on a given day.
    public enum Standing: Hashable, Sendable {
        /// Due at the end of this day.
        case due(CivilDate)
        /// The clock is stopped; no due date until it runs again.
        case paused(since: CivilDate)

        public var dueDate: CivilDate? {
            if case .due(let date) = self { date } else { nil }
        }

        public var isPaused: Bool {
            if case .paused = self { true } else { false }
        }
    }

    /// The due date, moved later by every pause of `clock` after the start,
    /// counted in the rule's own unit.
    public func standing(clock: CaseClock, calendar: WorkingDayCalendar) throws(WorkingDayCalendarError) -> Standing {
        var paused = 0
        for pause in clock.pauses where pause.from >= startedOn {
            guard let until = pause.until else { return .paused(since: pause.from) }
            paused += try length(from: pause.from, to: until, calendar)
        }
        let total = rule.count + paused
        return switch rule.unit {
        case .workingDays: .due(try calendar.addWorkingDays(from: startedOn, count: total))
        case .calendarDays: .due(calendar.addCalendarDays(from: startedOn, count: total))
        }
    }

    private func length(from start: CivilDate, to end: CivilDate, _ calendar: WorkingDayCalendar) throws(WorkingDayCalendarError) -> Int {
        switch rule.unit {
        case .workingDays: try calendar.workingDays(between: start, and: end)
        case .calendarDays: start.days(to: end)
        }
    }
}

/// The clock of a case, shared by all its running deadlines.
public struct CaseClock: Hashable, Sendable, Codable {
    public struct Pause: Hashable, Sendable, Codable {
        public var from: CivilDate
        public var until: CivilDate?
        public var reason: String

        public init(from: CivilDate, until: CivilDate? = nil, reason: String) {
            self.from = from
            self.until = until
            self.reason = reason
        }
    }

    public var pauses: [Pause]

    public init(pauses: [Pause] = []) {
        self.pauses = pauses
    }

    public var isPaused: Bool { pauses.last.map { $0.until == nil } ?? false }
}
