import PermitCore
import Vapor

/// Reads and checks a request's query parameters, naming every bad one at
/// once before anything is looked up. A parameter that is present but
/// ill-formed is refused, never silently replaced by a default.
struct QueryParameters {
    private let request: Request
    private var issues: [FieldIssue] = []

    init(_ request: Request) {
        self.request = request
    }

    /// The raw text of a parameter, if given.
    func text(_ name: String) -> String? {
        request.query[String.self, at: name]
    }

    /// Text of at most `maximumLength` characters.
    mutating func text(_ name: String, maximumLength: Int) -> String? {
        guard let text = text(name) else { return nil }
        guard text.textLength <= maximumLength else {
            refuse(name, .tooLong(maximum: maximumLength))
            return nil
        }
        return text
    }

    /// An optional non-negative integer written in plain decimal digits.
    mutating func number(_ name: String) -> UInt64? {
        guard let text = text(name) else { return nil }
        guard let value = UInt64(text), String(value) == text else {
            refuse(name, .wrongType(expected: "integer"))
            return nil
        }
        return value
    }

    mutating func requiredNumber(_ name: String) -> UInt64 {
        if text(name) == nil { refuse(name, .missing) }
        return number(name) ?? 0
    }

    /// An integer in `range`, or `defaultValue` when the parameter is absent.
    mutating func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) -> Int {
        guard text(name) != nil else { return defaultValue }
        guard let value = number(name) else { return defaultValue }
        guard value <= UInt64(range.upperBound), Int(value) >= range.lowerBound else {
            refuse(name, .outOfRange(minimum: range.lowerBound, maximum: range.upperBound))
            return defaultValue
        }
        return Int(value)
    }

    /// `true` or `false`; absent is false.
    mutating func boolean(_ name: String) -> Bool {
        guard let text = text(name) else { return false }
        switch text {
        case "true": return true
        case "false": return false
        default:
            refuse(name, .wrongType(expected: "boolean"))
            return false
        }
    }

    mutating func refuse(_ name: String, _ problem: FieldProblem) {
        issues.append(FieldIssue(field: name, problem: problem))
    }

    func check() throws {
        try InvalidInput.check(issues)
    }
}
