import Foundation
import PermitCore
import PermitStore

public enum ProcessCommands {
    /// Publishes the next version of a process (REC-1: the list of nodes is
    /// configurable; the seeds' tables are the defaults). Running cases keep
    /// the version they were opened under.
    public static func publish(_ definition: ProcessDefinition, in context: CommandContext) async throws -> ProcessDefinition {
        try context.require(.manageProcesses)
        let problems = definition.problems
        guard problems.isEmpty else { throw ProcessRefusal.invalid(problems) }
        let now = context.now
        return try await context.store.write { transaction in
            guard let current = try await transaction.currentProcess(definition.id) else { throw CommandError.notFound }
            guard definition.version == current.version + 1 else { throw ProcessRefusal.versionNotNext(expected: current.version + 1) }
            try await transaction.publish(definition, by: context.actor.reference, at: now)
            return definition
        }
    }
}

public enum ProcessRefusal: Error, Hashable, Sendable {
    case invalid([ProcessDefinition.Problem])
    case versionNotNext(expected: Int)
}
