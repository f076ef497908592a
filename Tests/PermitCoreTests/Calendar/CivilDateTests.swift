import Foundation
import PermitCore
import Testing

@Suite("CivilDate — 公历日期")
struct CivilDateTests {
    @Test("Formats and parses YYYY-MM-DD", arguments: [
        ("2025-01-01", 2025, 1, 1),
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("0001-01-01", 1, 1, 1),
        ("9999-12-31", 9999, 12, 31),
    ])
    func roundTrip(text: String, year: Int, month: Int, day: Int) throws {
        let date = try CivilDate(parsing: text)
        #expect(date.year == year && date.month == month && date.day == day)
        #expect(date.description == text)
        #expect(try CivilDate(year: year, month: month, day: day) == date)
    }

    @Test("Rejects anything but a real YYYY-MM-DD", arguments: [
        "2025-2-03", "2025-02-3", "2025/02/03", " 2025-02-03", "2025-02-03 ", "20250203",
        "2025-02-03T00:00", "２０２５-02-03", "+025-02-03", "", "2025-0a-03",
    ])
    func rejectsMalformed(text: String) {
        #expect(throws: CivilDateError.malformed(text)) { try CivilDate(parsing: text) }
    }

    @Test("Rejects days that do not exist", arguments: [
        ("2025-02-29", 2025, 2, 29), ("1900-02-29", 1900, 2, 29), ("2025-04-31", 2025, 4, 31),
        ("2025-13-01", 2025, 13, 1), ("2025-00-10", 2025, 0, 10), ("2025-01-00", 2025, 1, 0),
        ("0000-01-01", 0, 1, 1),
    ])
    func rejectsNonexistent(text: String, year: Int, month: Int, day: Int) {
        let expected = CivilDateError.nonexistentDate(year: year, month: month, day: day)
        #expect(throws: expected) { try CivilDate(parsing: text) }
        #expect(throws: expected) { try CivilDate(year: year, month: month, day: day) }
    }

    @Test("Compact YYYYMMDD form")
    func compact() throws {
        let date = try CivilDate(parsingCompact: "20260315")
        #expect(date == (try CivilDate(parsing: "2026-03-15")))
        #expect(date.compactDescription == "20260315")
        #expect(throws: CivilDateError.malformed("2026-3-15")) { try CivilDate(parsingCompact: "2026-3-15") }
        #expect(throws: CivilDateError.nonexistentDate(year: 2026, month: 2, day: 30)) {
            try CivilDate(parsingCompact: "20260230")
        }
    }

    @Test("Weekday", arguments: [
        ("1970-01-01", CivilDate.Weekday.thursday), ("2000-02-29", .tuesday), ("2025-01-01", .wednesday),
        ("2025-10-11", .saturday), ("2025-09-28", .sunday), ("2026-02-17", .tuesday), ("2026-01-04", .sunday),
        ("1969-12-31", .wednesday), ("0001-01-01", .monday),
    ])
    func weekday(text: String, weekday: CivilDate.Weekday) throws {
        #expect(try CivilDate(parsing: text).weekday == weekday)
    }

    @Test("Day arithmetic crosses months, years and leap days", arguments: [
        ("2024-02-28", 1, "2024-02-29"), ("2024-02-28", 2, "2024-03-01"), ("2025-02-28", 1, "2025-03-01"),
        ("2025-12-31", 1, "2026-01-01"), ("2026-01-01", -1, "2025-12-31"), ("2025-01-01", 365, "2026-01-01"),
        ("2024-01-01", 366, "2025-01-01"), ("2026-03-01", -29, "2026-01-31"), ("2025-06-15", 0, "2025-06-15"),
    ])
    func adding(start: String, days: Int, end: String) throws {
        let from = try CivilDate(parsing: start)
        let to = try CivilDate(parsing: end)
        #expect(from.adding(days: days) == to)
        #expect(from.days(to: to) == days)
    }

    @Test("Day count agrees with Foundation's Gregorian calendar for 1900–2100")
    func agreesWithFoundation() throws {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let first = try CivilDate(parsing: "1900-01-01").daysSinceEpoch
        let last = try CivilDate(parsing: "2100-12-31").daysSinceEpoch
        for day in stride(from: first, through: last, by: 1) {
            let parts = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(day) * 86_400))
            let date = try #require(CivilDate(daysSinceEpoch: day))
            guard date.year == parts.year, date.month == parts.month, date.day == parts.day,
                  date.daysSinceEpoch == day
            else {
                Issue.record("day \(day): \(date) vs \(parts)")
                return
            }
        }
    }

    @Test("Out-of-range day counts give nil")
    func outOfRange() throws {
        let last = try CivilDate(parsing: "9999-12-31").daysSinceEpoch
        let first = try CivilDate(parsing: "0001-01-01").daysSinceEpoch
        #expect(CivilDate(daysSinceEpoch: last + 1) == nil)
        #expect(CivilDate(daysSinceEpoch: first - 1) == nil)
    }

    @Test("An instant is dated in Asia/Shanghai, not UTC")
    func fromDate() throws {
        let iso = ISO8601DateFormatter()
        // 2025-12-31T16:00:00Z is midnight in Shanghai.
        let beforeMidnight = try #require(iso.date(from: "2025-12-31T15:59:59Z"))
        let atMidnight = try #require(iso.date(from: "2025-12-31T16:00:00Z"))
        #expect(CivilDate(beforeMidnight) == (try CivilDate(parsing: "2025-12-31")))
        #expect(CivilDate(atMidnight) == (try CivilDate(parsing: "2026-01-01")))
        #expect(CivilDate(atMidnight, in: TimeZone(identifier: "UTC")!) == (try CivilDate(parsing: "2025-12-31")))
        #expect(try CivilDate(parsing: "2026-01-01").startOfDay() == atMidnight)
    }

    @Test("Comparable, Codable as a string")
    func codable() throws {
        let early = try CivilDate(parsing: "2025-12-31")
        let late = try CivilDate(parsing: "2026-01-01")
        #expect(early < late && !(late < early))
        let json = try JSONEncoder().encode([early])
        #expect(String(decoding: json, as: UTF8.self) == #"["2025-12-31"]"#)
        #expect(try JSONDecoder().decode([CivilDate].self, from: json) == [early])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["2025-02-30"]"#.utf8))
        }
        #expect(CivilDate("2025-12-31") == early)
        #expect(CivilDate("2025-12-32") == nil)
    }
}
