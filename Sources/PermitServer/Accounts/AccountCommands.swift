import PermitCore
import PermitStore
import Vapor

/// The account commands shared by the pages and the API, so both validate,
/// hash and record a change in exactly the same way.
enum AccountCommands {
    static func create(_ draft: AccountDraft, on req: Request) async throws -> User {
        let account = try AccountRules.validate(draft)
        let hasher = req.appContext.passwordHasher
        let hash = try await req.application.threadPool.runIfActive { try hasher.hash(account.password) }
        return try await req.store.accounts.create(account, passwordHash: hash, by: req.actor.reference, at: req.now)
    }

    static func disable(_ rawName: String, on req: Request) async throws -> User {
        guard let name = Username(rawValue: rawName) else { throw Abort(.notFound) }
        let user = try await req.store.accounts.disable(name, by: req.actor.reference, at: req.now)
        try await req.store.sessions.deleteAll(of: user.id)
        return user
    }

    static func addDistrict(code: String, name: String, level: String, on req: Request) async throws -> District {
        let district = try AccountRules.validate(districtCode: code, name: name, level: level)
        return try await req.store.accounts.add(district, by: req.actor.reference, at: req.now)
    }
}
