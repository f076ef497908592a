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
    /// A quoted cell that never ends: everything after it would be one cell.
    case unclosedQuote(line: Int)
    /// An Excel workbook (.xlsx or .xls) sent where a CSV file belongs.
    case spreadsheet
}

extension ImportRowProblem {
    /// `第 3 行：统一社会信用代码：校验码应为 T，实为 A；联系电话：必填`
    public func text(_ language: Language) -> String {
        Phrase.importRowLine(line: line, issues: issues.map { $0.text(language) }).text(language)
    }
}
