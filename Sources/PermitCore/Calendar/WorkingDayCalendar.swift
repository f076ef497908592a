/// Which days are working days (工作日) in mainland China, and deadline
/// arithmetic on them.
///
/// A day is a working day when a notice makes it one (调休上班), or when it
/// is Monday to Friday and no notice makes it a day off (放假). Every other
/// day is a rest day. The calendar knows only the years it was given: asking
/// about any other year throws `WorkingDayCalendarError.yearNotCovered`
/// rather than assuming an ordinary week, because a wrong legal deadline is
/// worse than a visible "calendar for 2027 not yet loaded".
public struct WorkingDayCalendar: Hashable, Sendable {
    /// The arrangements in force, one per year, oldest first.
    public let arrangements: [HolidayArrangement]
    private let coveredYears: Set<Int>
    private let arrangedDays: [CivilDate: ArrangedDay]

    /// Builds a calendar from one arrangement per year.
    public init(arrangements: [HolidayArrangement]) throws(CalendarAssemblyError) {
        var byYear: [Int: HolidayArrangement] = [:]
        var days: [CivilDate: (day: ArrangedDay, year: Int)] = [:]
        for arrangement in arrangements {
            guard byYear[arrangement.year] == nil else { throw .duplicateYear(arrangement.year) }
            byYear[arrangement.year] = arrangement
            for day in arrangement.days {
                if let earlier = days[day.date] {
                    // A December day may appear in both its own year and the
                    // next year's notice; it must mean the same thing in both.
                    guard earlier.day.kind == day.kind else {
                        throw .conflictingDay(day.date, years: [earlier.year, arrangement.year].sorted())
                    }
                    continue
                }
                days[day.date] = (day, arrangement.year)
            }
        }
        self.arrangements = byYear.values.sorted { $0.year < $1.year }
        self.coveredYears = Set(byYear.keys)
        self.arrangedDays = days.mapValues(\.day)
    }

    /// The official calendar for 2020–2026 (`HolidayArrangement.stateCouncil2020Through2026`).
    public static let stateCouncil2020Through2026: WorkingDayCalendar = {
        do {
            return try WorkingDayCalendar(arrangements: HolidayArrangement.stateCouncil2020Through2026)
        } catch {
            preconditionFailure("Built-in holiday arrangements conflict: \(error)")
        }
    }()

    /// A copy with `arrangement` added, replacing any arrangement for the same
    /// year (an administrator loading next year's notice, or a correction such
    /// as 2020's extended Spring Festival).
    public func setting(_ arrangement: HolidayArrangement) throws(CalendarAssemblyError) -> WorkingDayCalendar {
        try WorkingDayCalendar(arrangements: arrangements.filter { $0.year != arrangement.year } + [arrangement])
    }

    /// The years this calendar can answer for, ascending.
    public var years: [Int] { coveredYears.sorted() }

    /// Whether `year` has data.
    public func covers(year: Int) -> Bool { coveredYears.contains(year) }

    // MARK: - Single days

    /// The notice line for `date`, if any (e.g. to show "春节" next to a
    /// deadline that moved).
    public func arrangedDay(on date: CivilDate) throws(WorkingDayCalendarError) -> ArrangedDay? {
        try requireCovered(date)
        return arrangedDays[date]
    }

    /// Whether `date` is a working day (工作日).
    public func isWorkingDay(_ date: CivilDate) throws(WorkingDayCalendarError) -> Bool {
        try requireCovered(date)
        switch arrangedDays[date]?.kind {
        case .holiday: return false
        case .workday: return true
        case nil: return !date.isWeekend
        }
    }

    // MARK: - Deadlines

    /// The `count`-th working day after `start`; `start` itself never counts,
    /// so in an ordinary week Friday + 1 is the next Monday ("自受理之日起N个
    /// 工作日内" counts from the following day). A negative `count` counts
    /// back: Monday − 1 is the previous Friday. `count == 0` returns `start`.
    ///
    /// Throws `yearNotCovered` when `start`'s year, or the first year
    /// without data that the walk reaches, is not covered.
    public func addWorkingDays(from start: CivilDate, count: Int) throws(WorkingDayCalendarError) -> CivilDate {
        try requireCovered(start)
        let step = count < 0 ? -1 : 1
        var remaining = count.magnitude
        var date = start
        while remaining > 0 {
            date = date.adding(days: step)
            if try isWorkingDay(date) { remaining -= 1 }
        }
        return date
    }

    /// Working days after `start` up to and including `end`: the number of
    /// days counted by `addWorkingDays`, so
    /// `workingDays(between: s, and: addWorkingDays(from: s, count: n)) == n`
    /// for n ≥ 0. When `end` is before `start` the result is the negated
    /// count with the roles swapped. Throws for any year without data in
    /// the span.
    public func workingDays(between start: CivilDate, and end: CivilDate) throws(WorkingDayCalendarError) -> Int {
        if end < start { return -(try workingDays(between: end, and: start)) }
        try requireCovered(start)
        var count = 0
        var date = start
        while date < end {
            date = date.next
            if try isWorkingDay(date) { count += 1 }
        }
        return count
    }

    /// `count` calendar days (自然日) after `start`, for periods the rules set
    /// in calendar days (e.g. ARC-2's 30 days to file a case). Needs no
    /// holiday data. Whether a period ending on a rest day moves to the next
    /// working day is the caller's rule: combine with `nextWorkingDay(onOrAfter:)`.
    public func addCalendarDays(from start: CivilDate, count: Int) -> CivilDate {
        start.adding(days: count)
    }

    /// `date` if it is a working day, otherwise the first working day after it.
    public func nextWorkingDay(onOrAfter date: CivilDate) throws(WorkingDayCalendarError) -> CivilDate {
        var date = date
        while !(try isWorkingDay(date)) { date = date.next }
        return date
    }

    private func requireCovered(_ date: CivilDate) throws(WorkingDayCalendarError) {
        guard coveredYears.contains(date.year) else { throw .yearNotCovered(date.year) }
    }
}

/// Why the calendar cannot answer.
public enum WorkingDayCalendarError: Error, Hashable, Sendable {
    /// No holiday arrangement has been loaded for this year.
    case yearNotCovered(Int)
}

/// Why a set of arrangements does not make one calendar.
public enum CalendarAssemblyError: Error, Hashable, Sendable {
    /// Two arrangements for the same year.
    case duplicateYear(Int)
    /// A date listed as a holiday in one year's arrangement and as a working
    /// day in another's (only possible for the December a notice reaches back into).
    case conflictingDay(CivilDate, years: [Int])
}
