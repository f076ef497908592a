import Foundation
import PermitCore
import PermitStore

/// The scheduled job that raises what falls due: reminders before a
/// deadline and overdue flags after it (X-1, ARC-2). Each alert is raised
/// once, in the ledger, whichever server process runs the job first.
public enum DeadlineJob {
    public static func run(in context: CommandContext) async throws -> [CaseAlert] {
        let cases = try await context.store.cases.active(in: .everything)
        let definitions = try await context.store.processes.all()
        let pairs = cases.compactMap { subject in
            definitions.first { $0.id == subject.process && $0.version == subject.processVersion }.map { (subject, $0) }
        }
        let now = context.now
        let alerts = CaseAlert.due(in: pairs, today: CivilDate(now), calendar: try await context.store.calendar.calendar())
        guard !alerts.isEmpty else { return [] }
        return try await context.store.write { transaction in
            try await transaction.raise(alerts, by: context.actor.reference, at: now)
        }
    }
}
