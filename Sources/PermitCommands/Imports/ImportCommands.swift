import Foundation
import PermitCore
import PermitStore

/// An import the registry offers, by API, page or command line alike: the
/// plan for a dry run, and the all-or-none (or skip-invalid) write.
public struct TableImport: Sendable {
    public let plan: @Sendable ([[String]], CommandContext) async throws -> (accepted: Int, problems: [ImportRowProblem])
    public let write: @Sendable ([[String]], _ skipInvalid: Bool, CommandContext) async throws -> ImportResult

    public static let enterprises = TableImport(
        plan: { table, context in
            let plan = try await EnterpriseCommands.planImport(table, in: context)
            return (plan.accepted.count, plan.problems)
        },
        write: { try await EnterpriseCommands.importTable($0, skipInvalid: $1, in: $2) }
    )

    public static let inspectors = TableImport(
        plan: { table, context in
            let plan = try await InspectorCommands.planImport(table, in: context)
            return (plan.accepted.count, plan.problems)
        },
        write: { try await InspectorCommands.importTable($0, skipInvalid: $1, in: $2) }
    )
}
