import Foundation

extension CivilDate {
    /// China Standard Time. Every bureau in mainland China keeps this one
    /// zone, so "which day is it" is always answered in Asia/Shanghai
    /// (ARCHITECTURE: store UTC, show Asia/Shanghai). The fixed UTC+8
    /// fallback only matters on a host without a time-zone database and is
    /// exact for every date since 1992, when China last had summer time.
    public static let chinaTimeZone: TimeZone =
        TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

    /// The civil date that `instant` falls on in `timeZone` (default
    /// Asia/Shanghai). The caller supplies the instant from its injected
    /// clock; PermitCore never reads the system clock.
    public init(_ instant: Date, in timeZone: TimeZone = CivilDate.chinaTimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        // Foundation always fills these three for a Gregorian calendar.
        self.init(uncheckedParts: parts.year!, parts.month!, parts.day!)
    }

    /// The first instant of this day in `timeZone` (default Asia/Shanghai),
    /// e.g. to store "end of the deadline" as the start of the next day.
    public func startOfDay(in timeZone: TimeZone = CivilDate.chinaTimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = DateComponents(year: year, month: month, day: day)
        // A Gregorian calendar always resolves a valid y-m-d; midnight exists
        // in Asia/Shanghai on every date after 1991.
        return calendar.date(from: parts)!
    }

    private init(uncheckedParts year: Int, _ month: Int, _ day: Int) {
        do {
            try self.init(year: year, month: month, day: day)
        } catch {
            preconditionFailure("Date outside years 1...9999: \(year)-\(month)-\(day)")
        }
    }
}
