import Foundation

/// 拍摄时间 — when a camera says a photo was taken: the wall-clock time it
/// wrote, and its offset from UTC where it wrote one (EXIF 2.31 and later).
/// Without an offset the instant depends on the zone the camera was set
/// to, which is why the offset is kept apart rather than guessed.
public struct CaptureTime: Hashable, Sendable {
    public var date: CivilDate
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Seconds east of UTC, e.g. 28 800 for `+08:00`; nil when not recorded.
    public var utcOffset: Int?

    public init(date: CivilDate, hour: Int, minute: Int, second: Int, utcOffset: Int? = nil) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffset = utcOffset
    }

    /// The instant, reading a time without offset in `zone` (China's by
    /// default: the cameras are set where the bureaus are).
    public func instant(assuming zone: TimeZone = CivilDate.chinaTimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utcOffset.flatMap { TimeZone(secondsFromGMT: $0) } ?? zone
        let parts = DateComponents(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute, second: second)
        // A Gregorian calendar resolves every valid date and time.
        return calendar.date(from: parts)!
    }

    /// EXIF's `YYYY:MM:DD HH:MM:SS`; nil for the blanks and zeros cameras
    /// write when their clock was never set.
    init?(exif text: String, offset: String?) {
        let bytes = Array(text.utf8.prefix(19))
        guard bytes.count == 19, [4, 7].allSatisfy({ bytes[$0] == UInt8(ascii: ":") }), bytes[10] == UInt8(ascii: " "),
              [13, 16].allSatisfy({ bytes[$0] == UInt8(ascii: ":") }),
              let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]), let day = Self.number(bytes[8..<10]),
              let hour = Self.number(bytes[11..<13]), let minute = Self.number(bytes[14..<16]), let second = Self.number(bytes[17..<19]),
              let date = try? CivilDate(year: year, month: month, day: day),
              hour < 24, minute < 60, second < 61
        else { return nil }
        // A leap second is read as the last second of its minute.
        self.init(date: date, hour: hour, minute: minute, second: min(second, 59), utcOffset: offset.flatMap(Self.offset))
    }

    /// `+08:00` or `-05:30` in seconds.
    static func offset(_ text: String) -> Int? {
        let bytes = Array(text.utf8.prefix(6))
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"), bytes[3] == UInt8(ascii: ":"),
              let hours = number(bytes[1..<3]), let minutes = number(bytes[4..<6]), hours <= 14, minutes < 60
        else { return nil }
        return (bytes[0] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
