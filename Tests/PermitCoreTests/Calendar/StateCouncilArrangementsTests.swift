import PermitCore
import Testing

/// Every day of the 2025 and 2026 notices, one test case each, written out
/// from the notices' text rather than derived from the data under test.
@Suite("State Council arrangements — 国务院节假日安排")
struct StateCouncilArrangementsTests {
    let calendar = WorkingDayCalendar.stateCouncil2020Through2026

    // 国办发明电〔2024〕12号
    static let holidays2025 = [
        "2025-01-01",
        "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
        "2025-04-04", "2025-04-05", "2025-04-06",
        "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
        "2025-05-31", "2025-06-01", "2025-06-02",
        "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08",
    ]
    static let workdays2025 = ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]

    // 国办发明电〔2025〕7号
    static let holidays2026 = [
        "2026-01-01", "2026-01-02", "2026-01-03",
        "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21",
        "2026-02-22", "2026-02-23",
        "2026-04-04", "2026-04-05", "2026-04-06",
        "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
        "2026-06-19", "2026-06-20", "2026-06-21",
        "2026-09-25", "2026-09-26", "2026-09-27",
        "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07",
    ]
    static let workdays2026 = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]

    @Test("Each 2025 and 2026 day off is a rest day", arguments: holidays2025 + holidays2026)
    func holiday(text: String) throws {
        let date = try CivilDate(parsing: text)
        #expect(try calendar.isWorkingDay(date) == false)
        #expect(try calendar.arrangedDay(on: date)?.kind == .holiday)
    }

    @Test("Each 2025 and 2026 adjusted weekend (调休上班) is a working day", arguments: workdays2025 + workdays2026)
    func adjustedWorkday(text: String) throws {
        let date = try CivilDate(parsing: text)
        #expect(date.isWeekend)
        #expect(try calendar.isWorkingDay(date))
        #expect(try calendar.arrangedDay(on: date)?.kind == .workday)
    }

    @Test("The data lists exactly these days, nothing more", arguments: [
        (2025, holidays2025, workdays2025), (2026, holidays2026, workdays2026),
    ])
    func exactLists(year: Int, holidays: [String], workdays: [String]) throws {
        let arrangement = try #require(calendar.arrangements.first { $0.year == year })
        #expect(arrangement.holidays.map(\.date.description) == holidays)
        #expect(arrangement.workdays.map(\.date.description) == workdays)
    }

    @Test("Festival names as the notices give them")
    func names() throws {
        #expect(try calendar.arrangedDay(on: CivilDate(parsing: "2025-10-06"))?.name == "国庆节、中秋节")
        #expect(try calendar.arrangedDay(on: CivilDate(parsing: "2026-02-14"))?.name == "春节调休")
        #expect(try calendar.arrangedDay(on: CivilDate(parsing: "2026-09-26"))?.name == "中秋节")
    }

    @Test("Unlisted days follow the ordinary week", arguments: [
        ("2025-01-02", true), ("2025-01-04", false), ("2025-01-05", false), ("2025-02-05", true),
        ("2025-10-09", true), ("2025-10-12", false), ("2026-02-24", true), ("2026-02-21", false),
        ("2026-03-01", false), ("2026-10-08", true), ("2026-10-09", true), ("2026-10-11", false),
    ])
    func ordinaryWeek(text: String, working: Bool) throws {
        #expect(try calendar.isWorkingDay(CivilDate(parsing: text)) == working)
    }

    @Test("Day counts per year match the notices", arguments: [
        // (year, days off, adjusted working days); 2023 includes 2022-12-31 from its notice.
        (2020, 30, 6), (2021, 31, 7), (2022, 31, 7), (2023, 27, 7), (2024, 28, 8), (2025, 28, 5), (2026, 33, 6),
    ])
    func counts(year: Int, holidays: Int, workdays: Int) throws {
        let arrangement = try #require(calendar.arrangements.first { $0.year == year })
        #expect(arrangement.holidays.count == holidays)
        #expect(arrangement.workdays.count == workdays)
        #expect(arrangement.notice?.hasPrefix("国办发明电") == true)
    }

    @Test("2020: the Spring Festival extension (国办发明电〔2020〕1号) freed Saturday 1 February", arguments: [
        ("2020-01-19", true), ("2020-01-31", false), ("2020-02-01", false), ("2020-02-02", false),
        ("2020-02-03", true),
    ])
    func springFestival2020(text: String, working: Bool) throws {
        #expect(try calendar.isWorkingDay(CivilDate(parsing: text)) == working)
    }

    @Test("Every built-in year survives the text format unchanged",
          arguments: HolidayArrangement.stateCouncil2020Through2026)
    func textRoundTrip(arrangement: HolidayArrangement) throws {
        let text = HolidayArrangementFormat.serialize(arrangement)
        #expect(try HolidayArrangementFormat.parse(text) == arrangement)
    }
}
