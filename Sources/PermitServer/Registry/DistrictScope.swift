import PermitCore
import Vapor

extension Request {
    /// Refuses unless the policy allows `action` on at least one of the
    /// districts a record belongs to: an enterprise is seen by its registered
    /// and production districts alike (SUP-11).
    func requireAccess(_ action: Action, toAnyOf districts: Set<DistrictCode>) throws {
        var denial = AccessPolicy.Denial.roleNotPermitted(try requireUser().role)
        for district in districts.sorted() {
            switch AccessPolicy.decide(actor, action, on: .district(district)) {
            case .allow: return
            case .deny(let reason): denial = reason
            }
        }
        throw AccessDenied(denial: denial)
    }

    /// The district a list is limited to: the one asked for, which district
    /// staff may only ask for if it is theirs, and which is theirs by default.
    func listScope(_ action: Action, requested: DistrictCode?) throws -> DistrictCode? {
        let user = try requireUser()
        if case .ownDistrict(let own) = AccessPolicy.reach(of: user) {
            guard let own else { throw AccessDenied(denial: .roleNotPermitted(user.role)) }
            let district = requested ?? own
            guard district == own else { throw AccessDenied(denial: .outsideDistrict(district)) }
            return district
        }
        return requested
    }
}
