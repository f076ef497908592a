/// One dated line of a holiday notice: a day that departs from the ordinary
/// Monday-to-Friday week.
///
/// A notice (国务院办公厅关于某年部分节假日安排的通知) lists each festival's
/// days off (放假) and the weekend days worked in exchange (调休上班). Days
/// that a notice does not mention keep the ordinary rule: Monday to Friday
/// work, Saturday and Sunday rest.
public struct ArrangedDay: Hashable, Sendable {
    /// What the notice makes of the day.
    public enum Kind: String, CaseIterable, Sendable {
        /// 放假 — a day off, whatever weekday it falls on.
        case holiday
        /// 调休上班 — adjusted working day: a Saturday or Sunday worked to
        /// make a longer holiday elsewhere.
        case workday
    }

    public let date: CivilDate
    public let kind: Kind
    /// The festival as the notice names it, e.g. `春节` for a day off or
    /// `春节调休` for the weekend worked in exchange. Shown to users next to
    /// a deadline that a holiday pushed back.
    public let name: String

    public init(date: CivilDate, kind: Kind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }
}
