import Foundation
import PermitCore
import PermitStore

/// 账号 — the pages, the API, the command line and the demo create and
/// change accounts through these, so each validates, hashes and records a
/// change in exactly the same way.
public enum AccountCommands {
    public static func create(
        _ draft: AccountDraft, passwords: any PasswordWork, in context: CommandContext
    ) async throws -> User {
        try context.require(.manageUsers)
        let account = try AccountRules.validate(draft)
        let hash = try await passwords.hash(account.password)
        let (id, actor, now) = (context.ids.next(UserID.self), context.actor.reference, context.now)
        return try await context.store.write { transaction in
            let taken = try await transaction.user(named: account.username) != nil
            let districtExists = if let code = account.district { try await transaction.district(code) != nil } else { true }
            let (user, event) = try AccountRules.create(
                account, id: id, usernameTaken: taken, districtExists: districtExists, by: actor, at: now
            )
            try await transaction.create(user, passwordHash: hash, event)
            return user
        }
    }

    /// The account can no longer sign in, and every session it had ends.
    public static func disable(_ name: String, in context: CommandContext) async throws -> User {
        try context.require(.manageUsers)
        let (actor, now) = (context.actor.reference, context.now)
        let user = try await change(try username(name), in: context) { try AccountRules.disable($0, by: actor, at: now) }
        try await context.store.sessions.deleteAll(of: user.id)
        return user
    }

    public static func enable(_ name: String, in context: CommandContext) async throws -> User {
        try context.require(.manageUsers)
        let (actor, now) = (context.actor.reference, context.now)
        return try await change(try username(name), in: context) { AccountRules.enable($0, by: actor, at: now) }
    }

    /// An administrator sets a temporary password; the user must replace it
    /// at the next sign-in, and every session they had ends.
    public static func resetPassword(
        _ name: String, to password: String, passwords: any PasswordWork, in context: CommandContext
    ) async throws -> User {
        try context.require(.manageUsers)
        let name = try username(name)
        if case .user(let me) = context.actor, me.username == name { throw AccountError.cannotResetOwnPassword }
        let hash = try await hashed(password, field: "password", passwords)
        let (actor, now) = (context.actor.reference, context.now)
        let user = try await change(name, passwordHash: hash, in: context) {
            try AccountRules.setPassword($0, to: password, byOwner: false, by: actor, at: now)
        }
        try await context.store.sessions.deleteAll(of: user.id)
        return user
    }

    /// The signed-in user chooses a new password, proving the current one;
    /// their other sessions end, `keeping` (this one's token hash) goes on.
    public static func changeOwnPassword(
        current: String, new password: String, keeping session: String?, passwords: any PasswordWork, in context: CommandContext
    ) async throws -> User {
        try context.require(.changeOwnPassword)
        let me = try context.requireUser()
        guard let stored = try await context.store.accounts.credentials(for: me.username) else { throw AccountError.unknownUser(me.username) }
        guard try await passwords.verify(current, against: stored.passwordHash) else { throw AccountError.wrongCurrentPassword }
        let hash = try await hashed(password, field: "newPassword", passwords)
        let (actor, now) = (context.actor.reference, context.now)
        let user = try await change(me.username, passwordHash: hash, in: context) {
            try AccountRules.setPassword($0, to: password, byOwner: true, by: actor, at: now)
        }
        try await context.store.sessions.deleteAll(of: user.id, except: session)
        return user
    }

    /// Reads the account inside the transaction, applies `rule` and writes
    /// what it returns with its event.
    private static func change(
        _ name: Username, passwordHash: String? = nil, in context: CommandContext,
        _ rule: @escaping @Sendable (User) throws -> (User, DomainEvent)
    ) async throws -> User {
        try await context.store.write { transaction in
            guard let current = try await transaction.user(named: name) else { throw AccountError.unknownUser(name) }
            let (user, event) = try rule(current)
            try await transaction.save(user, passwordHash: passwordHash, event)
            return user
        }
    }

    /// A name that cannot be an account's names none: not found.
    private static func username(_ text: String) throws(CommandError) -> Username {
        guard let name = Username(rawValue: text) else { throw .notFound }
        return name
    }

    /// The policy is checked before the slow hash, so a too-short password
    /// is refused at once; the rule checks it again with the write.
    private static func hashed(_ password: String, field: String, _ passwords: any PasswordWork) async throws -> String {
        if let problem = PasswordPolicy.check(password) {
            throw InvalidInput([FieldIssue(field: field, problem: problem)])
        }
        return try await passwords.hash(password)
    }
}
