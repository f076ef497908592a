import PermitCore
import PermitStore
import Vapor

/// The account commands shared by the pages and the API, so both validate,
/// hash and record a change in exactly the same way.
enum AccountCommands {
    static func create(_ draft: AccountDraft, on req: Request) async throws -> User {
        let account = try AccountRules.validate(draft)
        let hash = try await req.hashPassword(account.password)
        return try await req.store.accounts.create(account, passwordHash: hash, by: req.actor.reference, at: req.now)
    }

    static func enable(_ rawName: String, on req: Request) async throws -> User {
        try await req.store.accounts.enable(try username(rawName), by: req.actor.reference, at: req.now)
    }

    /// An administrator sets a temporary password; the user must replace it
    /// at the next sign-in, and every session they had ends.
    static func resetPassword(_ rawName: String, to password: String, on req: Request) async throws -> User {
        let name = try username(rawName)
        guard name != (try req.requireUser().username) else { throw AccountError.cannotResetOwnPassword }
        let hash = try await hashed(password, on: req)
        let user = try await req.store.accounts.setPassword(
            name, to: password, hash: hash, byOwner: false, by: req.actor.reference, at: req.now
        )
        try await req.store.sessions.deleteAll(of: user.id)
        return user
    }

    /// The signed-in user chooses a new password, proving the current one;
    /// their other sessions end, this one goes on.
    static func changeOwnPassword(current: String, new password: String, on req: Request) async throws -> User {
        let me = try req.requireUser()
        guard let stored = try await req.store.accounts.credentials(for: me.username) else { throw AccountError.unknownUser(me.username) }
        guard try await req.verifyPassword(current, against: stored.passwordHash) else {
            throw Problem(kind: .forbidden, detail: .problemWrongCurrentPassword)
        }
        let hash = try await hashed(password, field: "newPassword", on: req)
        let user = try await req.store.accounts.setPassword(
            me.username, to: password, hash: hash, byOwner: true, by: req.actor.reference, at: req.now
        )
        try await req.store.sessions.deleteAll(of: user.id, except: req.authenticated?.tokenHash)
        return user
    }

    static func renameDistrict(_ rawCode: String, to name: String, on req: Request) async throws -> District {
        guard let code = DistrictCode(rawValue: rawCode) else { throw Abort(.notFound) }
        return try await req.store.accounts.rename(code, to: name, by: req.actor.reference, at: req.now)
    }

    private static func username(_ rawName: String) throws -> Username {
        guard let name = Username(rawValue: rawName) else { throw Abort(.notFound) }
        return name
    }

    /// The policy is checked before the slow hash, so a too-short password
    /// is refused at once; the rule checks it again with the write.
    private static func hashed(_ password: String, field: String = "password", on req: Request) async throws -> String {
        if let problem = PasswordPolicy.check(password) {
            throw InvalidInput([FieldIssue(field: field, problem: problem)])
        }
        return try await req.hashPassword(password)
    }

    static func disable(_ rawName: String, on req: Request) async throws -> User {
        guard let name = Username(rawValue: rawName) else { throw Abort(.notFound) }
        let user = try await req.store.accounts.disable(name, by: req.actor.reference, at: req.now)
        try await req.store.sessions.deleteAll(of: user.id)
        return user
    }

    /// The city administrator lifts a sign-in delay (`LoginThrottle`). It is
    /// no record of the bureau's, so it is logged rather than ledgered.
    static func liftLoginDelay(_ lock: LoginLock, on req: Request) async throws {
        guard await req.appContext.loginGate.lift(lock.key) else {
            throw Problem(kind: .notFound, detail: .problemNotFoundDetail)
        }
        req.logger.notice("sign-in delay lifted", metadata: ["lock": "\(lock.kind.rawValue):\(lock.value)", "by": "\(req.actor.reference)"])
    }

    static func addDistrict(code: String, name: String, level: String, on req: Request) async throws -> District {
        let district = try AccountRules.validate(districtCode: code, name: name, level: level)
        return try await req.store.accounts.add(district, by: req.actor.reference, at: req.now)
    }
}
