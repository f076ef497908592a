import Foundation

/// Reads the ISO 8601 timestamps media tools write, such as ffprobe's
/// `2026-03-15T01:30:05.000000Z`. Foundation's `ISO8601DateFormatter`
/// takes a fraction only when told to and then insists on one, so reading
/// what different recorders write would take two formatters; this reads
/// both forms, with any number of fractional digits.
enum ISO8601Instant {
    /// `YYYY-MM-DDTHH:MM:SS`, an optional fraction of any length, and `Z`
    /// or `±HH:MM` (or `±HHMM`); a time without a zone is refused, since
    /// guessing one would move the recording by hours.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.count <= 40, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let year = CaptureTime.number(bytes[0..<4]), let month = CaptureTime.number(bytes[5..<7]),
              let day = CaptureTime.number(bytes[8..<10]), let hour = CaptureTime.number(bytes[11..<13]),
              let minute = CaptureTime.number(bytes[14..<16]), let second = CaptureTime.number(bytes[17..<19]),
              let date = try? CivilDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == UInt8(ascii: ".") {
            let digits = bytes[(index + 1)...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            guard !digits.isEmpty else { return nil }
            fraction = Double("0." + String(decoding: digits, as: UTF8.self)) ?? 0
            index += 1 + digits.count
        }
        guard let offset = zone(bytes[index...]) else { return nil }
        let wallClock = CaptureTime(date: date, hour: hour, minute: minute, second: min(second, 59), utcOffset: offset)
        return wallClock.instant().addingTimeInterval(fraction)
    }

    private static func zone(_ bytes: ArraySlice<UInt8>) -> Int? {
        if bytes.elementsEqual([UInt8(ascii: "Z")]) { return 0 }
        let text = String(decoding: bytes, as: UTF8.self)
        if bytes.count == 5, !text.contains(":") {
            return CaptureTime.offset(String(text.prefix(3)) + ":" + String(text.suffix(2)))
        }
        return bytes.count == 6 ? CaptureTime.offset(text) : nil
    }
}
