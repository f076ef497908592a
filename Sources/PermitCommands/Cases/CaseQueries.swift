import Foundation
import PermitCore
import PermitStore

public enum CaseQueries {
    /// The active cases the actor may see, each with its definition, oldest first.
    public static func visible(in context: CommandContext) async throws -> [CaseView] {
        let user = try context.requireUser()
        let cases = try await context.store.cases.active(in: reach(of: user))
        let definitions = try await context.store.processes.all()
        let calendar = try await context.store.calendar.calendar()
        return cases.compactMap { subject in
            let access = CaseAccess.of(user, on: subject)
            guard access > .none,
                  let definition = definitions.first(where: { $0.id == subject.process && $0.version == subject.processVersion })
            else { return nil }
            return CaseView(case: subject, definition: definition, access: access, calendar: calendar)
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
