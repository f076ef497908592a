extension CivilDate {
    /// Day of the week (星期), numbered as ISO 8601 does: Monday 1 ... Sunday 7.
    ///
    /// Nested in `CivilDate` so that the module keeps one obvious meaning of
    /// "weekday" and other PermitCore files stay free to use the short name.
    public enum Weekday: Int, CaseIterable, Sendable {
        case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

        /// Saturday and Sunday are the ordinary rest days (双休日).
        public var isWeekend: Bool { self == .saturday || self == .sunday }

        /// 星期一 ... 星期日, as printed in notices and on certificates.
        public var chineseName: String {
            switch self {
            case .monday: "星期一"
            case .tuesday: "星期二"
            case .wednesday: "星期三"
            case .thursday: "星期四"
            case .friday: "星期五"
            case .saturday: "星期六"
            case .sunday: "星期日"
            }
        }
    }
}
