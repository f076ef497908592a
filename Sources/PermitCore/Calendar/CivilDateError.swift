/// Why a text or a triple of numbers is not a `CivilDate`.
public enum CivilDateError: Error, Hashable, Sendable {
    /// The text is not exactly `YYYY-MM-DD` with ASCII digits.
    case malformed(String)
    /// The numbers do not name a real day (2025-02-29, month 13, year 0).
    case nonexistentDate(year: Int, month: Int, day: Int)
}
