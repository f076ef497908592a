/// How long a step may take, as a rule states it: so many working days
/// (the default of 156号 第58条 and 行政许可法 第82条) or calendar days, counted
/// from an event of the case.
public struct DeadlineRule: Hashable, Sendable, Codable {
    public enum Unit: String, Hashable, Sendable, Codable {
        /// 工作日, on the working-day calendar.
        case workingDays
        /// 自然日, e.g. ARC-2's 30 days to file a case.
        case calendarDays
    }

    /// What the period counts from.
    public enum Start: String, Hashable, Sendable, Codable {
        /// The day the case was opened (an application received, a review ordered).
        case caseOpened
        /// The day the nodes this one follows were all settled.
        case previousSettled
        /// The day the case closed, for what follows it (filing).
        case caseClosed
    }

    public var count: Int
    public var unit: Unit
    public var start: Start

    public init(_ count: Int, _ unit: Unit, from start: Start) {
        self.count = count
        self.unit = unit
        self.start = start
    }

    public func wording(_ language: Language) -> String {
        let unit = switch (unit, language) {
        case (.workingDays, .zhHans): "个工作日"
        case (.calendarDays, .zhHans): "日"
        case (.workingDays, .en): count == 1 ? " working day" : " working days"
        case (.calendarDays, .en): count == 1 ? " day" : " days"
        }
        let start = switch (start, language) {
        case (.caseOpened, .zhHans): "立案之日起"
        case (.previousSettled, .zhHans): "上一环节完成之日起"
        case (.caseClosed, .zhHans): "结案之日起"
        case (.caseOpened, .en): "from the case's opening"
        case (.previousSettled, .en): "from the previous step"
        case (.caseClosed, .en): "from the case's closing"
        }
        return language == .zhHans ? "\(start)\(count)\(unit)内" : "within \(count)\(unit) \(start)"
    }
}
