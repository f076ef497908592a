import PermitCore
import Testing

@Suite("WorkingDayCalendar — 工作日")
struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar.stateCouncil2020Through2026

    @Test("The start day never counts", arguments: [
        ("2025-03-07", 1, "2025-03-10"),  // Friday + 1 = Monday
        ("2025-03-10", 1, "2025-03-11"),  // Monday + 1 = Tuesday
        ("2025-03-08", 1, "2025-03-10"),  // Saturday + 1 = Monday
        ("2025-03-10", 5, "2025-03-17"),  // a full week
        ("2025-03-10", 0, "2025-03-10"),
        ("2025-03-08", 0, "2025-03-08"),  // 0 leaves even a rest day alone
        ("2025-03-10", -1, "2025-03-07"), // counting back: Monday − 1 = Friday
    ])
    func startNotCounted(start: String, count: Int, expected: String) throws {
        #expect(try calendar.addWorkingDays(from: ymd(start), count: count) == ymd(expected))
    }

    // Expected values were cross-checked with the independent chinese_calendar data set.
    @Test("Deadlines across the 2025 National Day and Mid-Autumn break (10/1–10/8)", arguments: [
        ("2025-09-26", 1, "2025-09-28"),   // Sunday 9/28 is worked
        ("2025-09-30", 1, "2025-10-09"),
        ("2025-09-30", 3, "2025-10-11"),   // Saturday 10/11 is worked
        ("2025-09-30", 5, "2025-10-14"),
        ("2025-09-25", 10, "2025-10-15"),
        ("2025-09-22", 20, "2025-10-24"),  // RND-6: 20 working days to publish results
        ("2025-10-09", -1, "2025-09-30"),
    ])
    func nationalDay2025(start: String, count: Int, expected: String) throws {
        #expect(try calendar.addWorkingDays(from: ymd(start), count: count) == ymd(expected))
    }

    @Test("Deadlines across the 2026 Spring Festival (2/15–2/23)", arguments: [
        ("2026-02-13", 1, "2026-02-14"),   // Saturday 2/14 is worked
        ("2026-02-14", 1, "2026-02-24"),
        ("2026-02-12", 10, "2026-03-04"),  // LIC-7: certificate within 10 working days
        ("2026-01-30", 20, "2026-03-05"),
        ("2026-02-10", 30, "2026-03-30"),  // LIC-9: on-site review within 30 working days
        ("2026-02-24", -1, "2026-02-14"),
        ("2025-12-30", 3, "2026-01-05"),   // across the year end: 1/1–1/3 off, Sunday 1/4 worked
    ])
    func springFestival2026(start: String, count: Int, expected: String) throws {
        #expect(try calendar.addWorkingDays(from: ymd(start), count: count) == ymd(expected))
    }

    @Test("workingDays(between:and:) counts after start up to and including end", arguments: [
        ("2025-09-30", "2025-10-08", 0),
        ("2025-09-30", "2025-10-09", 1),
        ("2025-09-26", "2025-09-28", 1),
        ("2025-03-07", "2025-03-07", 0),
        ("2026-02-13", "2026-02-24", 2),
        ("2026-02-24", "2026-02-13", -2),
    ])
    func between(start: String, end: String, expected: Int) throws {
        #expect(try calendar.workingDays(between: ymd(start), and: ymd(end)) == expected)
    }

    @Test("Adding n working days and counting them back agree", arguments: [1, 3, 10, 20, 30])
    func addAndCountAgree(count: Int) throws {
        var start = ymd("2025-01-01")
        while start < ymd("2026-10-01") {
            let end = try calendar.addWorkingDays(from: start, count: count)
            #expect(try calendar.workingDays(between: start, and: end) == count, "from \(start)")
            #expect(try calendar.isWorkingDay(end))
            start = start.next
        }
    }

    @Test("A year without data is an error naming the year, never a guess")
    func missingYear() throws {
        #expect(throws: WorkingDayCalendarError.yearNotCovered(2027)) {
            try calendar.addWorkingDays(from: ymd("2026-12-20"), count: 30)
        }
        #expect(throws: WorkingDayCalendarError.yearNotCovered(2019)) {
            try calendar.isWorkingDay(ymd("2019-06-03"))
        }
        #expect(throws: WorkingDayCalendarError.yearNotCovered(2027)) {
            try calendar.workingDays(between: ymd("2026-12-30"), and: ymd("2027-01-04"))
        }
        #expect(throws: WorkingDayCalendarError.yearNotCovered(2019)) {
            try calendar.addWorkingDays(from: ymd("2020-01-02"), count: -3)
        }
        #expect(throws: WorkingDayCalendarError.yearNotCovered(2027)) {
            try calendar.addWorkingDays(from: ymd("2027-01-04"), count: 0)
        }
        #expect(throws: WorkingDayCalendarError.yearNotCovered(2027)) {
            try calendar.nextWorkingDay(onOrAfter: ymd("2027-01-01"))
        }
        // Calendar days need no holiday data.
        #expect(calendar.addCalendarDays(from: ymd("2026-12-20"), count: 30) == ymd("2027-01-19"))
        #expect(calendar.years == Array(2020...2026))
    }

    @Test("A year loaded from text extends the calendar")
    func loadingAYear() throws {
        let text = "year 2027\n2027-01-01 holiday 元旦\n2027-01-02 holiday 元旦\n2027-01-03 holiday 元旦\n"
        let extended = try calendar.setting(try HolidayArrangementFormat.parse(text))
        #expect(extended.covers(year: 2027))
        #expect(try extended.addWorkingDays(from: ymd("2026-12-31"), count: 1) == ymd("2027-01-04"))
        // Replacing a year drops its old days.
        let replaced = try extended.setting(try HolidayArrangement(year: 2026, days: []))
        #expect(try replaced.isWorkingDay(ymd("2026-10-08")))
        #expect(try replaced.isWorkingDay(ymd("2026-10-05")))
        #expect(try !replaced.isWorkingDay(ymd("2026-10-10")))
    }

    @Test("Next working day on or after a date")
    func nextWorkingDay() throws {
        #expect(try calendar.nextWorkingDay(onOrAfter: ymd("2025-10-01")) == ymd("2025-10-09"))
        #expect(try calendar.nextWorkingDay(onOrAfter: ymd("2025-10-09")) == ymd("2025-10-09"))
        #expect(try calendar.nextWorkingDay(onOrAfter: ymd("2026-02-28")) == ymd("2026-02-28"))
        #expect(calendar.addCalendarDays(from: ymd("2026-02-14"), count: 30) == ymd("2026-03-16"))
    }

    @Test("Assembling a calendar rejects duplicate years and contradictions")
    func assembly() throws {
        let y2027 = try HolidayArrangement(year: 2027, days: [])
        #expect(throws: CalendarAssemblyError.duplicateYear(2027)) {
            try WorkingDayCalendar(arrangements: [y2027, y2027])
        }
        // Saturday 2027-12-25: the 2028 notice could list it as well.
        let asHoliday = try HolidayArrangement(year: 2027, days: [
            ArrangedDay(date: ymd("2027-12-25"), kind: .holiday, name: "测试"),
        ])
        let asWorkday = try HolidayArrangement(year: 2028, days: [
            ArrangedDay(date: ymd("2027-12-25"), kind: .workday, name: "测试调休"),
        ])
        #expect(throws: CalendarAssemblyError.conflictingDay(ymd("2027-12-25"), years: [2027, 2028])) {
            try WorkingDayCalendar(arrangements: [asWorkday, asHoliday])
        }
        let agreeing = try HolidayArrangement(year: 2028, days: [
            ArrangedDay(date: ymd("2027-12-25"), kind: .holiday, name: "测试"),
        ])
        let merged = try WorkingDayCalendar(arrangements: [agreeing, asHoliday])
        #expect(try !merged.isWorkingDay(ymd("2027-12-25")))
        #expect(merged.arrangements.map(\.year) == [2027, 2028])
    }
}

/// Test shorthand: a date literal that must be valid.
private func ymd(_ text: String) -> CivilDate {
    guard let date = CivilDate(text) else { preconditionFailure("bad test date \(text)") }
    return date
}
