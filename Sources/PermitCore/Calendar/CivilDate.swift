/// A day on the wall calendar (公历日期) with no time and no time zone.
///
/// Deadlines in administrative law are counted in whole days as printed on
/// the calendar in China, not in 24-hour spans, so PermitCore reasons about
/// `CivilDate`s and converts an instant (`Date`) to one exactly once, in
/// Asia/Shanghai (see `CivilDate+Foundation.swift`). Arithmetic is exact
/// integer arithmetic on a day count, never `Date` plus seconds, so daylight
/// saving rules or leap seconds cannot shift a deadline.
///
/// Years are limited to 1...9999 so that every value has exactly one
/// `YYYY-MM-DD` spelling.
public struct CivilDate: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a `CivilDate` can hold: those with a four-digit spelling.
    public static let supportedYears: ClosedRange<Int> = 1...9999

    /// Creates a date after checking that it exists (no 2025-02-29).
    public init(year: Int, month: Int, day: Int) throws(CivilDateError) {
        guard Self.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= Self.daysInMonth(year: year, month: month)
        else {
            throw .nonexistentDate(year: year, month: month, day: day)
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// For values already known to be valid (day-count conversion).
    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }
}

// MARK: - Day arithmetic

extension CivilDate {
    /// Days since 1970-01-01 (which is day 0); negative before it.
    ///
    /// Howard Hinnant's `days_from_civil`, valid for the proleptic Gregorian
    /// calendar, which is what the State Council notices use.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `daysSinceEpoch` days after 1970-01-01, or nil outside
    /// years 1...9999.
    public init?(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard Self.supportedYears.contains(year) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// The date `days` calendar days later (earlier when negative).
    ///
    /// - Precondition: the result lies in years 1...9999. Domain periods are
    ///   at most a few years, so leaving that range is a programming error,
    ///   like an array index out of bounds.
    public func adding(days: Int) -> CivilDate {
        guard let result = CivilDate(daysSinceEpoch: daysSinceEpoch + days) else {
            preconditionFailure("CivilDate \(self) + \(days) days leaves years 1...9999")
        }
        return result
    }

    /// The next calendar day.
    public var next: CivilDate { adding(days: 1) }

    /// The previous calendar day.
    public var previous: CivilDate { adding(days: -1) }

    /// Calendar days from `self` to `other`: positive when `other` is later.
    public func days(to other: CivilDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The day of the week (星期).
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4); ISO numbers run Monday 1 ... Sunday 7.
        let offset = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return Weekday(rawValue: offset + 1)!
    }

    /// Saturday or Sunday: a rest day unless a notice makes it a 调休 working day.
    public var isWeekend: Bool { weekday.isWeekend }
}
