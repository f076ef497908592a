import Foundation

/// 变更通知 — tells a district that someone outside it changed an enterprise
/// it sees: the registration district learns what a production district
/// did, and the reverse (SUP-11). Written with the change, in its transaction.
public struct EnterpriseNotice: Hashable, Sendable {
    public let district: DistrictCode
    public let enterprise: EnterpriseID
    public let enterpriseName: String
    public let actor: ActorReference
    public let changedAt: Date
    /// The parts changed, as `EnterpriseEditRights` names them; empty when
    /// only the contact phone or licences changed.
    public let parts: [EnterpriseEditRights.Part]

    public init(
        district: DistrictCode, enterprise: EnterpriseID, enterpriseName: String, actor: ActorReference, changedAt: Date,
        parts: [EnterpriseEditRights.Part]
    ) {
        self.district = district
        self.enterprise = enterprise
        self.enterpriseName = enterpriseName
        self.actor = actor
        self.changedAt = changedAt
        self.parts = parts
    }

    /// One notice for each district that sees the enterprise before or
    /// after the change, except the editor's own; none when nothing changed.
    public static func notices(
        from current: Enterprise, to replacement: Enterprise, editorDistrict: DistrictCode?, by actor: ActorReference, at now: Date
    ) -> [EnterpriseNotice] {
        guard current != replacement else { return [] }
        let parts = EnterpriseEditRights.changedParts(from: current, to: replacement)
        let districts = current.districts.union(replacement.districts).subtracting(editorDistrict.map { [$0] } ?? [])
        return districts.sorted().map {
            EnterpriseNotice(
                district: $0, enterprise: replacement.id, enterpriseName: replacement.name, actor: actor, changedAt: now, parts: parts
            )
        }
    }
}

extension EnterpriseEditRights.Part {
    /// `registration` or `sites:310115`, as stored with a notice.
    public var code: String {
        switch self {
        case .registration: "registration"
        case .productionSites(let district): "sites:\(district.rawValue)"
        }
    }

    public init?(code: String) {
        if code == "registration" {
            self = .registration
        } else if code.hasPrefix("sites:"), let district = DistrictCode(rawValue: String(code.dropFirst(6))) {
            self = .productionSites(district)
        } else {
            return nil
        }
    }
}
