import Foundation
import PermitCore

/// The outcome of an import that was carried out.
public struct ImportResult: Sendable {
    public let imported: Int
    /// Rows left out because of `skipInvalid`; empty otherwise.
    public let skipped: [ImportRowProblem]

    public init(imported: Int, skipped: [ImportRowProblem]) {
        self.imported = imported
        self.skipped = skipped
    }
}

/// A refused import: every bad row, nothing written.
public struct ImportRefused: Error, Sendable {
    public let problems: [ImportRowProblem]

    public init(problems: [ImportRowProblem]) {
        self.problems = problems
    }
}
