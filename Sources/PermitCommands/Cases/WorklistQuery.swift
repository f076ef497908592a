import Foundation
import PermitCore
import PermitStore

public enum WorklistQuery {
    /// 待办 of the signed-in user, earliest deadline first.
    public static func items(in context: CommandContext) async throws -> [WorkItem] {
        let user = try context.requireUser()
        let cases = try await context.store.cases.active(in: CaseQueries.reach(of: user))
        let definitions = try await context.store.processes.all()
        let pairs = cases.compactMap { subject in
            definitions.first { $0.id == subject.process && $0.version == subject.processVersion }.map { (subject, $0) }
        }
        return Worklist.items(for: user, in: pairs, calendar: try await context.store.calendar.calendar())
    }
}
