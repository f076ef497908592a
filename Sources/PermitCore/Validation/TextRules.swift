import Foundation

/// Checks shared by the registry's forms, so every free-text field is trimmed
/// and measured the same way.
enum TextRules {
    static func trimmed(_ text: String) -> String {
        text.trimmingWhitespaceAndNewlines()
    }

    static func lengthProblem(_ text: String, allowed: ClosedRange<Int>) -> FieldProblem? {
        if text.isEmpty { return .missing }
        if text.textLength < allowed.lowerBound { return .tooShort(minimum: allowed.lowerBound) }
        if text.textLength > allowed.upperBound { return .tooLong(maximum: allowed.upperBound) }
        return nil
    }
}
