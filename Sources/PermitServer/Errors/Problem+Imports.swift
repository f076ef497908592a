import PermitCore
import PermitStore

extension ImportRefused: ProblemConvertible {
    /// Every bad row's issues, each with its line.
    var problem: Problem {
        Problem(
            kind: .invalidInput, detail: Phrase.problemImportRefused(count: problems.count),
            issues: problems.flatMap { row in row.issues.map { FieldIssue(field: $0.field, problem: $0.problem, line: row.line) } }
        )
    }
}
