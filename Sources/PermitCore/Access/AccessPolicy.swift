/// The one answer to "may this actor do this action on this resource".
/// Every route asks it; nothing else decides access.
public enum AccessPolicy {
    public enum Denial: Hashable, Sendable {
        case notSignedIn
        case accountDisabled
        case roleNotPermitted(Role)
        case outsideDistrict(DistrictCode)
        /// An administrator reset the password; the user chooses their own first.
        case passwordChangeRequired
    }

    public enum Decision: Hashable, Sendable {
        case allow
        case deny(Denial)
    }

    /// How far a role's view reaches across districts.
    public enum Reach: Hashable, Sendable {
        /// City bureau and auditors oversee every district.
        case everyDistrict
        /// District staff work in their own district only.
        case ownDistrict(DistrictCode?)
        /// Agencies and enterprises reach no district's internal records.
        case noDistrict
    }

    public static func reach(of user: User) -> Reach {
        switch user.role {
        case .cityOfficer, .auditor: .everyDistrict
        case .districtOfficer, .inspector: .ownDistrict(user.district)
        case .reviewer, .enterprise, .testingAgency: .noDistrict
        }
    }

    public static func decide(_ actor: Actor, _ action: Action, on resource: Resource) -> Decision {
        // The operator has the database itself; refusing it protects nothing.
        if case .system = actor { return .allow }
        guard let user = actor.user else { return .deny(.notSignedIn) }
        guard user.isActive else { return .deny(.accountDisabled) }
        guard action.permittedRoles.contains(user.role) else { return .deny(.roleNotPermitted(user.role)) }
        guard !user.mustChangePassword || action.isAllowedBeforePasswordChange else { return .deny(.passwordChangeRequired) }
        switch resource {
        case .installation:
            return .allow
        case .district(let code):
            switch reach(of: user) {
            case .everyDistrict: return .allow
            case .ownDistrict(let own) where own == code: return .allow
            case .ownDistrict, .noDistrict: return .deny(.outsideDistrict(code))
            }
        }
    }
}
