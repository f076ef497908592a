import Foundation

/// A row of an import file that cannot be imported, and why, with the line
/// number a person sees in a spreadsheet (the header is line 1).
public struct ImportRowProblem: Hashable, Sendable {
    public let line: Int
    public let issues: [FieldIssue]
}

/// Why a whole import file is refused before any row is looked at.
public enum ImportFileError: Error, Hashable, Sendable {
    case empty
    case unknownEncoding
    case tooLarge(limit: Int)
    /// Required columns the header does not name.
    case missingColumns([String])
    /// A header cell that names no known column.
    case unknownColumn(String)
    /// The same column twice in the header.
    case duplicateColumn(String)
    case malformedCSV(line: Int)
}
