/// Who may change which part of an enterprise (SUP-11).
///
/// 登记信息 — the registration (name, credit code, registered address and
/// district, legal representative) belongs to the district where the
/// enterprise is registered; a production district cannot rewrite it because
/// the enterprise also produces there. Each production district keeps its
/// own production sites. Contact phone and licences may be kept by any
/// district that sees the enterprise. The city bureau may change everything.
public enum EnterpriseEditRights {
    /// A part of an enterprise that one district keeps.
    public enum Part: Hashable, Sendable {
        case registration
        /// The production sites in this district.
        case productionSites(DistrictCode)
    }

    /// Every part that differs between `current` and `replacement`, each
    /// with the district that keeps it.
    public static func changedParts(from current: Enterprise, to replacement: Enterprise) -> [Part] {
        var parts: [Part] = []
        if current.name != replacement.name || current.creditCode != replacement.creditCode
            || current.registeredAddress != replacement.registeredAddress
            || current.registeredDistrict != replacement.registeredDistrict
            || current.legalRepresentative != replacement.legalRepresentative {
            parts.append(.registration)
        }
        let districts = Set(current.productionSites.map(\.district) + replacement.productionSites.map(\.district))
        for district in districts.sorted() where sites(current, in: district) != sites(replacement, in: district) {
            parts.append(.productionSites(district))
        }
        return parts
    }

    /// The district that must make a change to `part` of `current`.
    public static func keeper(of part: Part, in current: Enterprise) -> DistrictCode {
        switch part {
        case .registration: current.registeredDistrict
        case .productionSites(let district): district
        }
    }

    private static func sites(_ enterprise: Enterprise, in district: DistrictCode) -> [String] {
        enterprise.productionSites.filter { $0.district == district }.map(\.address).sorted()
    }
}
