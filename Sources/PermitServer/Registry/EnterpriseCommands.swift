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

    static func update(_ current: Enterprise, with draft: EnterpriseDraft, on req: Request) async throws -> Enterprise {
        let candidate = try EnterpriseRules.validate(draft, id: current.id)
        try req.requireAccess(.manageEnterprises, toAnyOf: candidate.districts)
        return try await req.store.enterprises.update(candidate, by: try actor(req), at: req.now)
    }

    private static func actor(_ req: Request) throws -> ActorReference {
        .user(try req.requireUser().username)
    }
}
