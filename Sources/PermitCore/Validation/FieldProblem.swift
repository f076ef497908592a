/// Why one input field was refused. Carries data, not prose: the server words
/// it in the user's language.
public enum FieldProblem: Hashable, Sendable {
    case missing
    case wrongType(expected: String)
    case tooShort(minimum: Int)
    case tooLong(maximum: Int)
    /// A number outside the range the field allows.
    case outOfRange(minimum: Int, maximum: Int)
    case invalidFormat
    case unknownValue(String)
    case notAllowed
    /// Not a valid 统一社会信用代码, with the GB 32100 reason.
    case creditCode(UnifiedSocialCreditCodeError)
    /// Already registered, or already given on an earlier line of the same file.
    case duplicate(line: Int?)
}

/// A field, named by its path in the request (`district`, `users[2].name`), and
/// what is wrong with it.
public struct FieldIssue: Hashable, Sendable {
    public var field: String
    public var problem: FieldProblem
    /// The line of an import file the field is on, if it came from one.
    public var line: Int?

    public init(field: String, problem: FieldProblem, line: Int? = nil) {
        self.field = field
        self.problem = problem
        self.line = line
    }

    /// The field's path as clients see it: `line 4: creditCode` for a file's.
    public var path: String {
        line.map { "line \($0): \(field)" } ?? field
    }
}

/// Input refused as a whole because of one or more fields. Thrown before
/// anything is written.
public struct InvalidInput: Error, Hashable, Sendable {
    public var issues: [FieldIssue]

    public init(_ issues: [FieldIssue]) {
        self.issues = issues
    }

    /// Throws when `issues` is not empty; lets rules collect every problem of a
    /// form before answering, so the user fixes them in one go.
    public static func check(_ issues: [FieldIssue]) throws(InvalidInput) {
        if !issues.isEmpty { throw InvalidInput(issues) }
    }
}
