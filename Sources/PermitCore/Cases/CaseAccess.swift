/// How far someone reaches into one case, beyond role and district: its
/// team and its review agency work it, the enterprise or agency it concerns
/// follows its progress (X-2, REC-9).
public enum CaseAccess: Int, Comparable, Sendable {
    case none
    /// Sees the nodes and where they stand, not the records' contents.
    case follow
    /// Reads everything, records included.
    case read
    /// Adds records, exemptions, completes nodes.
    case act

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public static func of(_ user: User, on subject: Case) -> CaseAccess {
        guard user.isActive, !user.mustChangePassword else { return .none }
        if subject.team.contains(where: { $0.user == user.id }) { return .act }
        switch user.role {
        case .cityOfficer:
            return .act
        case .auditor:
            return .read
        case .districtOfficer:
            return user.district != nil && user.district == subject.district ? .act : .none
        case .inspector:
            return user.district != nil && user.district == subject.district ? .read : .none
        case .reviewer:
            return user.organisation != nil && user.organisation == subject.agency ? .act : .none
        case .enterprise, .testingAgency:
            return user.organisation == subject.subject.creditCode ? .follow : .none
        }
    }
}
