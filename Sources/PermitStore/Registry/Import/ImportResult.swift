import Foundation
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

/// An import the registry offers, by API, page or command line alike: the
/// plan for a dry run, and the all-or-none (or skip-invalid) write.
public struct TableImport: Sendable {
    public let plan: @Sendable (Store, [[String]]) async throws -> (accepted: Int, problems: [ImportRowProblem])
    public let write: @Sendable (Store, [[String]], _ skipInvalid: Bool, ActorReference, Date) async throws -> ImportResult

    public static let enterprises = TableImport(
        plan: { store, table in
            let plan = try await store.enterprises.planImport(table)
            return (plan.accepted.count, plan.problems)
        },
        write: { try await $0.enterprises.importTable($1, skipInvalid: $2, by: $3, at: $4) }
    )

    public static let inspectors = TableImport(
        plan: { store, table in
            let plan = try await store.inspectors.planImport(table)
            return (plan.accepted.count, plan.problems)
        },
        write: { try await $0.inspectors.importTable($1, skipInvalid: $2, by: $3, at: $4) }
    )
}
