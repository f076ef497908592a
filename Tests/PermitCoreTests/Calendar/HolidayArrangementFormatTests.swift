import PermitCore
import Testing

@Suite("Holiday arrangement text format")
struct HolidayArrangementFormatTests {
    /// A made-up 2027 file (no 2027 notice exists yet) as an administrator
    /// would write it: comments, blank lines, tabs, CRLF.
    static let sample = """
        # 国务院办公厅关于2027年部分节假日安排的通知 (example, not real data)\r
        year 2027
        notice 国办发明电〔2026〕99号

        2027-01-01 holiday 元旦
        \t2027-02-06\tholiday   春节
        2027-02-07 holiday 春节
        2027-01-31 workday 春节调休
          # indented comment
        """

    @Test("Parses the sample and sorts days by date")
    func parsesSample() throws {
        let arrangement = try HolidayArrangementFormat.parse(Self.sample)
        #expect(arrangement.year == 2027)
        #expect(arrangement.notice == "国办发明电〔2026〕99号")
        #expect(arrangement.days.map(\.date.description) == ["2027-01-01", "2027-01-31", "2027-02-06", "2027-02-07"])
        #expect(arrangement.days.map(\.kind) == [.holiday, .workday, .holiday, .holiday])
        #expect(arrangement.days[1].name == "春节调休")
    }

    @Test("Serialize then parse gives the same arrangement; parse then serialize is canonical")
    func roundTrip() throws {
        let parsed = try HolidayArrangementFormat.parse(Self.sample)
        let text = HolidayArrangementFormat.serialize(parsed)
        #expect(try HolidayArrangementFormat.parse(text) == parsed)
        #expect(text.contains("\n2027-01-31 workday 春节调休\n"))
        #expect(HolidayArrangementFormat.serialize(try HolidayArrangementFormat.parse(text)) == text)
    }

    @Test("A year with no days and no notice is valid")
    func emptyYear() throws {
        let arrangement = try HolidayArrangementFormat.parse("\u{FEFF}year 2030\n")
        #expect(arrangement == (try HolidayArrangement(year: 2030, days: [])))
        #expect(try HolidayArrangementFormat.parse(HolidayArrangementFormat.serialize(arrangement)) == arrangement)
    }

    typealias Reason = HolidayArrangementFormatError.Reason

    @Test("Errors name the line and the reason", arguments: [
        ("", 1, Reason.missingYear),
        ("# only a comment\n\n", 3, .missingYear),
        ("2027-01-01 holiday 元旦\nyear 2027", 1, .dayBeforeYear),
        ("year 2027\nyear 2027", 2, .duplicateDirective("year")),
        ("year 2027\nnotice a\nnotice b", 3, .duplicateDirective("notice")),
        ("year", 1, .missingValue("year")),
        ("year 2027\nnotice   ", 2, .missingValue("notice")),
        ("year 27", 1, .malformedYear("27")),
        ("year 2027 extra", 1, .malformedYear("2027 extra")),
        ("year 2027\nholiday 2027-01-01 元旦", 2, .unknownDirective("holiday")),
        ("year 2027\n\n2027-1-1 holiday 元旦", 3, .malformedDate("2027-1-1")),
        ("year 2027\n2027-02-30 holiday 春节", 2, .malformedDate("2027-02-30")),
        ("year 2027\n2027-01-01", 2, .missingKind),
        ("year 2027\n2027-01-01 Holiday 元旦", 2, .unknownKind("Holiday")),
        ("year 2027\n2027-01-01 off 元旦", 2, .unknownKind("off")),
        ("year 2027\n2027-01-01 holiday", 2, .missingName),
        ("year 2027\n2027-01-01 holiday 元旦\n2027-01-01 holiday 元旦", 3, .duplicateDate(ymd("2027-01-01"), firstLine: 2)),
        ("year 2027\n2027-02-08 workday 春节调休", 2,
         .invalidArrangement(.workdayNotOnWeekend(ymd("2027-02-08")))),
        ("year 2027\n2027-01-01 holiday 元旦\n2028-01-01 holiday 元旦", 3,
         .invalidArrangement(.dateOutsideYear(ymd("2028-01-01"), year: 2027))),
        ("year 2027\n2026-11-30 holiday 元旦", 2, .invalidArrangement(.dateOutsideYear(ymd("2026-11-30"), year: 2027))),
        ("year 2027\n2027-01-01 holiday 元旦 # comment", 2,
         .invalidArrangement(.invalidName(ymd("2027-01-01"), "元旦 # comment"))),
        ("year 0001", 1, .invalidArrangement(.yearOutOfRange(1))),
        ("year 2027\n\nnotice 国办发明电 # draft", 3, .invalidArrangement(.invalidLabel("国办发明电 # draft"))),
    ])
    func errors(text: String, line: Int, reason: Reason) {
        #expect(throws: HolidayArrangementFormatError(line: line, reason: reason)) {
            try HolidayArrangementFormat.parse(text)
        }
    }

    @Test("A notice may reach back into the previous December")
    func previousDecember() throws {
        let arrangement = try HolidayArrangementFormat.parse("year 2023\n2022-12-31 holiday 元旦\n2023-01-01 holiday 元旦")
        #expect(arrangement.days.first?.date == ymd("2022-12-31"))
    }

    @Test("Built directly, the same rules apply")
    func directRules() {
        #expect(throws: HolidayArrangementError.duplicateDate(ymd("2027-01-01"))) {
            try HolidayArrangement(year: 2027, days: [
                ArrangedDay(date: ymd("2027-01-01"), kind: .holiday, name: "元旦"),
                ArrangedDay(date: ymd("2027-01-01"), kind: .workday, name: "元旦"),
            ])
        }
        #expect(throws: HolidayArrangementError.invalidName(ymd("2027-01-01"), " 元旦")) {
            try HolidayArrangement(year: 2027, days: [ArrangedDay(date: ymd("2027-01-01"), kind: .holiday, name: " 元旦")])
        }
        #expect(throws: HolidayArrangementError.invalidLabel("a\nb")) {
            try HolidayArrangement(year: 2027, notice: "a\nb", days: [])
        }
    }
}

/// Test shorthand: a date literal that must be valid.
private func ymd(_ text: String) -> CivilDate {
    guard let date = CivilDate(text) else { preconditionFailure("bad test date \(text)") }
    return date
}
