import Foundation

/// RFC 3339 UTC timestamps with exactly three fractional digits, e.g.
/// `2026-11-23T03:04:05.678Z`: the one spelling of a time in a ledger entry.
///
/// Written by hand rather than with a Foundation formatter so the output
/// cannot depend on locale, calendar settings or platform, which would change
/// entry bytes and so leaf hashes. Dates use the proleptic Gregorian calendar.
enum LedgerTime {
    private static let msPerDay: Int64 = 86_400_000
    /// 0000-01-01 and 10000-01-01 in days since 1970-01-01: four-digit years.
    private static let dayRange: Range<Int64> = -719_528..<2_932_897

    /// The millisecond a date falls on, rounded to the nearest so that a date
    /// decoded from `n` ms (stored as a `Double`) encodes to `n` again.
    static func milliseconds(of date: Date) -> Int64? {
        let scaled = (date.timeIntervalSince1970 * 1000).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return nil }
        return Int64(scaled)
    }

    /// The text for `date`, or nil outside years 0000 to 9999.
    static func format(_ date: Date) -> String? {
        guard let ms = milliseconds(of: date) else { return nil }
        let days = floorDivide(ms, msPerDay)
        guard dayRange.contains(days) else { return nil }
        let (year, month, day) = civil(fromDays: days)
        let inDay = ms - days * msPerDay
        let fields = [
            pad(year, 4), "-", pad(month, 2), "-", pad(day, 2), "T",
            pad(inDay / 3_600_000, 2), ":", pad(inDay / 60_000 % 60, 2), ":", pad(inDay / 1000 % 60, 2),
            ".", pad(inDay % 1000, 3), "Z",
        ]
        return fields.joined()
    }

    private static let separators: [(Int, UInt8)] = [
        (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")), (10, UInt8(ascii: "T")), (13, UInt8(ascii: ":")),
        (16, UInt8(ascii: ":")), (19, UInt8(ascii: ".")), (23, UInt8(ascii: "Z")),
    ]

    /// Parses exactly the format ``format(_:)`` writes; anything else
    /// (offsets, other precision, lowercase letters, leap seconds) is nil.
    static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        guard chars.count == 24 else { return nil }
        for (position, separator) in separators where chars[position] != separator {
            return nil
        }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for char in chars[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(char) else { return nil }
                value = value * 10 + Int64(char - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              let millis = number(20..<23) else { return nil }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        let days = days(fromCivil: year, month, day)
        let ms = days * msPerDay + ((hour * 60 + minute) * 60 + second) * 1000 + millis
        return Date(timeIntervalSince1970: Double(ms) / 1000)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // The two conversions below count in 400-year eras starting in March, so
    // the leap day falls at the end of each year and needs no special case.

    private static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
