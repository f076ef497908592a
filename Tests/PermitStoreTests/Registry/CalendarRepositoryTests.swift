import Foundation
import PermitCommands
import PermitCore
import PermitStore
import PermitTestSupport
import Testing

@Suite("Calendar — administrators add a year without a code change (X-1)")
struct CalendarRepositoryTests {
    static let year2027 = """
        # 测试用：国务院办公厅关于2027年部分节假日安排的通知
        year 2027
        notice 国办发明电〔2026〕99号
        2027-01-01 holiday 元旦
        2027-01-02 holiday 元旦
        2027-01-03 holiday 元旦
        """

    @Test("a deadline into an unloaded year is refused, then answered once the year is added")
    func addYear() async throws {
        try await withTestStore { store in
            let start = try CivilDate(parsing: "2026-12-30")
            #expect(throws: WorkingDayCalendarError.yearNotCovered(2027)) {
                try WorkingDayCalendar.stateCouncil2020Through2026.addWorkingDays(from: start, count: 5)
            }

            _ = try await CalendarCommands.addYear(Self.year2027, in: store.operatorContext())

            // 12-31 is the 1st working day; 01-01..03 are off; 01-04..07 are the 2nd to 5th.
            #expect(try await store.calendar.calendar().addWorkingDays(from: start, count: 5) == (try CivilDate(parsing: "2027-01-07")))
            #expect(try await store.ledger.check().coveredRows == 1)
        }
    }

    @Test("a year is never replaced: built in or added, a second notice is refused and nothing is written")
    func noReplacement() async throws {
        try await withTestStore { store in
            _ = try await CalendarCommands.addYear(Self.year2027, in: store.operatorContext())
            let size = try await store.ledger.size()

            await #expect(throws: CalendarError.yearAlreadyCovered(2027)) {
                try await CalendarCommands.addYear(Self.year2027, in: store.operatorContext())
            }
            await #expect(throws: CalendarError.yearAlreadyCovered(2026)) {
                try await CalendarCommands.addYear("year 2026\n2026-01-01 holiday 元旦\n", in: store.operatorContext())
            }
            await #expect(throws: HolidayArrangementFormatError.self) {
                try await CalendarCommands.addYear("year 2028\n2028-02-30 holiday x\n", in: store.operatorContext())
            }
            #expect(try await store.ledger.size() == size)
        }
    }
}
