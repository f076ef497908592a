/// The free texts of the supervision forms: required unless said otherwise,
/// trimmed, and bounded so a printed record shows them whole.
public enum OversightText {
    public static let shortLimit = 200
    public static let longLimit = 2_000

    /// The trimmed value; an issue for `field` when it is empty or too long.
    public static func read(_ value: String?, field: String, limit: Int = longLimit, required: Bool = true, into issues: inout [FieldIssue]) -> String {
        let trimmed = (value ?? "").trimmingWhitespaceAndNewlines()
        if required, trimmed.isEmpty {
            issues.append(FieldIssue(field: field, problem: .missing))
        } else if trimmed.textLength > limit {
            issues.append(FieldIssue(field: field, problem: .tooLong(maximum: limit)))
        }
        return trimmed
    }

    /// A date `YYYY-MM-DD`, or an issue.
    public static func date(_ value: String?, field: String, into issues: inout [FieldIssue]) -> CivilDate? {
        let text = (value ?? "").trimmingWhitespace()
        guard !text.isEmpty else {
            issues.append(FieldIssue(field: field, problem: .missing))
            return nil
        }
        guard let date = try? CivilDate(parsing: text) else {
            issues.append(FieldIssue(field: field, problem: .invalidFormat))
            return nil
        }
        return date
    }
}
