import PermitCore
import PermitStore
import Vapor

/// The enterprise changes both the API and the pages make, with the district
/// rule applied once: district staff change only what their district sees.
enum EnterpriseCommands {
    static func register(_ draft: EnterpriseDraft, on req: Request) async throws -> Enterprise {
        let candidate = try EnterpriseRules.validate(draft, id: EnterpriseID(rawValue: UUID()))
        try req.requireAccess(.manageEnterprises, toAnyOf: candidate.districts)
        return try await req.store.enterprises.register(candidate, by: try actor(req), at: req.now)
    }

    /// District staff change only the parts their district keeps
    /// (`EnterpriseEditRights`); the city bureau changes every part.
    static func update(_ current: Enterprise, with draft: EnterpriseDraft, on req: Request) async throws -> Enterprise {
        let candidate = try EnterpriseRules.validate(draft, id: current.id)
        try req.requireAccess(.manageEnterprises, toAnyOf: candidate.districts)
        for part in EnterpriseEditRights.changedParts(from: current, to: candidate) {
            let keeper = EnterpriseEditRights.keeper(of: part, in: current)
            guard case .allow = AccessPolicy.decide(req.actor, .manageEnterprises, on: .district(keeper)) else {
                // Named as people know it: "宝山区", not 310113.
                var refusal = Problem(EnterpriseError.keptByAnotherDistrict(part, keeper: keeper))
                refusal.arguments["district"] = try await req.store.accounts.district(keeper)?.name ?? keeper.rawValue
                throw refusal
            }
        }
        return try await req.store.enterprises.update(
            candidate, by: try actor(req), editorDistrict: try req.requireUser().district, at: req.now
        )
    }

    private static func actor(_ req: Request) throws -> ActorReference {
        .user(try req.requireUser().username)
    }
}
