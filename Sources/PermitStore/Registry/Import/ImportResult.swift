import PermitCore

/// The outcome of an import that was carried out.
public struct ImportResult: Sendable {
    public let imported: Int
    /// Rows left out because of `skipInvalid`; empty otherwise.
    public let skipped: [ImportRowProblem]
}

/// A refused import: every bad row, nothing written.
public struct ImportRefused: Error, Sendable {
    public let problems: [ImportRowProblem]
}
