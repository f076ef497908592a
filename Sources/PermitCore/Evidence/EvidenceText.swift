import Foundation

/// How evidence texts write times and lengths: China time to the second,
/// since a gap of a few seconds in a recording is what a reviewer looks for.
public enum EvidenceText {
    /// `2026-03-15 09:30:05`, in China Standard Time.
    public static func time(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CivilDate.chinaTimeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        // Foundation fills every component asked of a Gregorian calendar.
        return "\(parts.year!.zeroPadded(4))-\(parts.month!.zeroPadded(2))-\(parts.day!.zeroPadded(2)) "
            + "\(parts.hour!.zeroPadded(2)):\(parts.minute!.zeroPadded(2)):\(parts.second!.zeroPadded(2))"
    }

    /// `1 小时 2 分钟 5 秒` / `1 h 2 min 5 s`, to the nearest second, leaving
    /// out the parts that are zero.
    public static func duration(_ interval: TimeInterval) -> Bilingual {
        let total = Int(abs(interval).rounded())
        let parts = [(total / 3600, "小时", "h"), (total / 60 % 60, "分钟", "min"), (total % 60, "秒", "s")].filter { $0.0 > 0 }
        guard !parts.isEmpty else { return Bilingual("0 秒", en: "0 s") }
        return Bilingual(
            parts.map { "\($0.0) \($0.1)" }.joined(separator: " "),
            en: parts.map { "\($0.0) \($0.2)" }.joined(separator: " ")
        )
    }
}
