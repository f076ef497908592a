import Foundation

/// One year's holiday arrangement (节假日安排): the State Council notice for
/// that year, or an administrator's file carrying the same facts.
///
/// The values are checked when built, so a `WorkingDayCalendar` never holds
/// a self-contradictory year. A notice for year Y may reach back into late
/// December of Y−1 (the 2023 notice put 2022-12-31 into the New Year break,
/// the 2019 notice made Saturday 2018-12-29 a working day), so dates in
/// December of the previous year are accepted too; nothing else outside Y.
public struct HolidayArrangement: Hashable, Sendable {
    /// The year the notice is for.
    public let year: Int
    /// The notice's document number, e.g. `国办发明电〔2024〕12号`, if known.
    public let notice: String?
    /// Every listed day, sorted by date, each date at most once.
    public let days: [ArrangedDay]

    public init(year: Int, notice: String? = nil, days: [ArrangedDay]) throws(HolidayArrangementError) {
        guard (2...9999).contains(year) else { throw .yearOutOfRange(year) }
        if let notice { try Self.checkLabel(notice) }
        let sorted = days.sorted { $0.date < $1.date }
        var previous: CivilDate?
        for day in sorted {
            if day.date == previous { throw .duplicateDate(day.date) }
            previous = day.date
            let inYear = day.date.year == year
            let lateDecemberBefore = day.date.year == year - 1 && day.date.month == 12
            guard inYear || lateDecemberBefore else { throw .dateOutsideYear(day.date, year: year) }
            if day.kind == .workday && !day.date.isWeekend {
                // A 调休 working day on a weekday changes nothing and is
                // almost certainly a typing mistake in the date.
                throw .workdayNotOnWeekend(day.date)
            }
            do {
                try Self.checkLabel(day.name)
            } catch {
                throw .invalidName(day.date, day.name)
            }
        }
        self.year = year
        self.notice = notice
        self.days = sorted
    }

    /// The listed days off (放假).
    public var holidays: [ArrangedDay] { days.filter { $0.kind == .holiday } }

    /// The listed adjusted working days (调休上班).
    public var workdays: [ArrangedDay] { days.filter { $0.kind == .workday } }

    /// Names and notice numbers must fit on one line of the text format and
    /// show cleanly in the interface.
    private static func checkLabel(_ label: String) throws(HolidayArrangementError) {
        let trimmed = label.trimmingWhitespace()
        guard !label.isEmpty, trimmed == label,
              !label.contains(where: { $0.isNewline || $0 == "#" })
        else { throw .invalidLabel(label) }
    }
}

/// Why a set of days is not a coherent year arrangement.
public enum HolidayArrangementError: Error, Hashable, Sendable {
    /// The year is not one a `CivilDate` can spell, minus year 1 (whose
    /// previous December does not exist).
    case yearOutOfRange(Int)
    /// The same date is listed twice.
    case duplicateDate(CivilDate)
    /// The date is neither in the year nor in the previous December.
    case dateOutsideYear(CivilDate, year: Int)
    /// A 调休 working day falls Monday to Friday.
    case workdayNotOnWeekend(CivilDate)
    /// The day's name is empty, padded, multi-line or contains `#`.
    case invalidName(CivilDate, String)
    /// The notice number is empty, padded, multi-line or contains `#`.
    case invalidLabel(String)
}
