import Foundation
import PermitCore
import PermitStore

/// The scheduled job that raises what falls due: reminders before a
/// deadline and overdue flags after it (X-1, ARC-2). Each alert is raised
/// once, in the ledger, whichever server process runs the job first.
public enum DeadlineJob {
    /// What capabilities open or change when a date they set comes, before
    /// the alerts are raised; each step is idempotent. A capability adds its
    /// step here rather than a branch to the job.
    static let dueSteps: [@Sendable (CommandContext) async throws -> Void] = [
        { _ = try await RectificationRechecks.openDue(in: $0) },
    ]

    public static func run(in context: CommandContext) async throws -> [CaseAlert] {
        for step in dueSteps { try await step(context) }
        let pairs = try await CaseQueries.active(in: .everything, at: context.now, store: context.store)
        let now = context.now
        let alerts = CaseAlert.due(in: pairs, today: CivilDate(now), calendar: try await context.store.calendar.calendar())
        guard !alerts.isEmpty else { return [] }
        return try await context.store.write { transaction in
            try await transaction.raise(alerts, by: context.actor.reference, at: now)
        }
    }
}
