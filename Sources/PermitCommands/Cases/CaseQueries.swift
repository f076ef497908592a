import Foundation
import PermitCore
import PermitStore

public enum CaseQueries {
    /// The active cases the actor may see, each with its definition, oldest first.
    public static func visible(in context: CommandContext) async throws -> [CaseView] {
        let user = try context.requireUser()
        let calendar = try await context.store.calendar.calendar()
        return try await active(in: reach(of: user), at: context.now, store: context.store).compactMap { subject, definition in
            let access = CaseAccess.of(user, on: subject)
            return access > .none ? CaseView(case: subject, definition: definition, access: access, calendar: calendar) : nil
        }
    }

    /// The active cases within `reach`, each with the definition it was
    /// opened under.
    static func active(in reach: CaseReach, at now: Date, store: Store) async throws -> [(Case, ProcessDefinition)] {
        let horizon = now.addingTimeInterval(-Double(WorkItem.closedCaseHorizonDays) * 86_400)
        let cases = try await store.cases.active(in: reach, closedSince: horizon)
        let definitions = try await store.processes.all()
        return cases.compactMap { subject in
            definitions.first { $0.id == subject.process && $0.version == subject.processVersion }.map { (subject, $0) }
        }
    }

    /// Which cases to load before per-case access decides.
    static func reach(of user: User) -> CaseReach {
        switch AccessPolicy.reach(of: user) {
        case .everyDistrict: .everything
        case .ownDistrict(let district?): .district(district)
        case .ownDistrict(nil), .noDistrict: .organisation(user.organisation, member: user.id)
        }
    }
}
