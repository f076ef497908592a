import Foundation
import PermitCore
import PermitStore

public enum WorklistQuery {
    /// 待办 of the signed-in user, earliest deadline first.
    public static func items(in context: CommandContext) async throws -> [WorkItem] {
        let user = try context.requireUser()
        let pairs = try await CaseQueries.active(in: CaseQueries.reach(of: user), at: context.now, store: context.store)
        let checks = try await context.store.cases.onSiteChecks(of: pairs.map(\.0.number))
        return Worklist.items(for: user, in: pairs, calendar: try await context.store.calendar.calendar(), checks: checks)
    }
}
