import PermitCore

/// The registry's menu entries. The inspector list lives under a district
/// for district staff, so its link depends on who asks, not only on the action.
enum RegistryNavigation {
    static func entries(for actor: Actor) -> [(href: String, label: Phrase)] {
        guard let user = actor.user else { return [] }
        var entries: [(href: String, label: Phrase)] = []
        if AccessPolicy.decide(actor, .viewCatalogue, on: .installation) == .allow {
            entries.append((RegistryURL.catalogue.path, .navCatalogue))
        }
        if AccessPolicy.decide(actor, .viewAllInspectors, on: .installation) == .allow {
            entries.append((RegistryURL.allInspectors.path, .navInspectors))
        } else if let district = user.district, AccessPolicy.decide(actor, .viewInspectors, on: .district(district)) == .allow {
            entries.append((RegistryURL.inspectors(district: .value(district.rawValue)).path, .navInspectors))
        }
        return entries
    }
}
