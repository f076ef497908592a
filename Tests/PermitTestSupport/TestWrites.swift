import Foundation
import PermitCommands
import PermitCore
import PermitStore

/// Fixture writes for tests below the command layer (the store's own tests)
/// and for setting up a scene quickly: each applies the rule and writes
/// through `Store.write` as the command does, without the access check or
/// the password hashing. Product code calls the commands instead.
public struct TestWrites: Sendable {
    let store: Store

    @discardableResult
    public func add(_ district: District, by actor: ActorReference = .system("test"), at now: Date) async throws -> District {
        try await store.write { transaction in
            let taken = try await transaction.district(district.code) != nil
            try await transaction.add(district, try AccountRules.add(district, codeTaken: taken, by: actor, at: now), at: now)
            return district
        }
    }

    @discardableResult
    public func create(
        _ account: ValidAccount, passwordHash: String, id: UserID = UserID(rawValue: UUID()),
        by actor: ActorReference = .system("test"), at now: Date
    ) async throws -> User {
        try await store.write { transaction in
            let taken = try await transaction.user(named: account.username) != nil
            let districtExists = if let code = account.district { try await transaction.district(code) != nil } else { true }
            let (user, event) = try AccountRules.create(
                account, id: id, usernameTaken: taken, districtExists: districtExists, by: actor, at: now
            )
            try await transaction.create(user, passwordHash: passwordHash, event)
            return user
        }
    }

    @discardableResult
    public func disable(_ name: Username, by actor: ActorReference = .system("test"), at now: Date) async throws -> User {
        try await store.write { transaction in
            guard let current = try await transaction.user(named: name) else { throw AccountError.unknownUser(name) }
            let (user, event) = try AccountRules.disable(current, by: actor, at: now)
            try await transaction.save(user, event)
            return user
        }
    }
}

extension Store {
    /// Fixture writes (`TestWrites`).
    public var testWrites: TestWrites { TestWrites(store: self) }
}

extension Store {
    /// A command context acting as the installation's operator, at `now`
    /// (a clock that stands still) or on `clock`.
    public func operatorContext(_ name: String = "test", at now: Date = .t0) -> CommandContext {
        .system(name, clock: SettableClock(now), store: self)
    }
}
