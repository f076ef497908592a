import Fluent
import Foundation
import PermitCore

/// Accounts and districts. Reads return domain values; every change goes
/// through the journal together with its event.
public struct AccountRepository: Sendable {
    let store: Store

    // MARK: districts

    public func districts() async throws -> [District] {
        try await DistrictRecord.query(on: try store.database()).sort(\.$id).all().map { try $0.domain() }
    }

    public func district(_ code: DistrictCode) async throws -> District? {
        try await DistrictRecord.find(code.rawValue, on: try store.database())?.domain()
    }

    public func add(_ district: District, by actor: ActorReference, at now: Date) async throws -> District {
        try await mappingConstraintFailure(to: .districtTaken(district.code)) {
            try await store.journal.commit(on: try store.database()) { db in
                let taken = try await DistrictRecord.find(district.code.rawValue, on: db) != nil
                let event = try AccountRules.add(district, codeTaken: taken, by: actor, at: now)
                let record = DistrictRecord(district, createdAt: now)
                try await record.create(on: db)
                return (district, try event.covering(record))
            }
        }
    }

    // MARK: users

    /// Every account, or those of one district, ordered by name.
    public func users(in district: DistrictCode? = nil) async throws -> [User] {
        var query = UserRecord.query(on: try store.database()).sort(\.$username)
        if let district { query = query.filter(\.$districtCode == district.rawValue) }
        return try await query.all().map { try $0.domain() }
    }

    public func user(named name: Username) async throws -> User? {
        try await record(named: name, on: try store.database())?.domain()
    }

    public func user(id: UserID) async throws -> User? {
        try await UserRecord.find(id.rawValue, on: try store.database())?.domain()
    }

    /// The account and its password hash, for signing in only.
    public func credentials(for name: Username) async throws -> (user: User, passwordHash: String)? {
        guard let record = try await record(named: name, on: try store.database()) else { return nil }
        return (try record.domain(), record.passwordHash)
    }

    public func create(
        _ account: ValidAccount, passwordHash: String, id: UserID = UserID(rawValue: UUID()),
        by actor: ActorReference, at now: Date
    ) async throws -> User {
        try await mappingConstraintFailure(to: .usernameTaken(account.username)) {
            try await store.journal.commit(on: try store.database()) { db in
                let taken = try await record(named: account.username, on: db) != nil
                let districtExists = if let code = account.district {
                    try await DistrictRecord.find(code.rawValue, on: db) != nil
                } else {
                    true
                }
                let (user, event) = try AccountRules.create(
                    account, id: id, usernameTaken: taken, districtExists: districtExists, by: actor, at: now
                )
                let record = UserRecord(user, passwordHash: passwordHash)
                try await record.create(on: db)
                return (user, try event.covering(record))
            }
        }
    }

    public func disable(_ name: Username, by actor: ActorReference, at now: Date) async throws -> User {
        try await changeUser(name) { try AccountRules.disable($0, by: actor, at: now) }
    }

    public func enable(_ name: Username, by actor: ActorReference, at now: Date) async throws -> User {
        try await changeUser(name) { AccountRules.enable($0, by: actor, at: now) }
    }

    /// Stores a new password hash; `byOwner` false is an administrator's
    /// reset, which the user must follow with a password of their own.
    public func setPassword(
        _ name: Username, to password: String, hash: String, byOwner: Bool, by actor: ActorReference, at now: Date
    ) async throws -> User {
        try await changeUser(name, passwordHash: hash) {
            try AccountRules.setPassword($0, to: password, byOwner: byOwner, by: actor, at: now)
        }
    }

    public func rename(_ code: DistrictCode, to name: String, by actor: ActorReference, at now: Date) async throws -> District {
        try await store.journal.commit(on: try store.database()) { db in
            guard let record = try await DistrictRecord.find(code.rawValue, on: db) else { throw AccountError.unknownDistrict(code) }
            let (district, event) = try AccountRules.rename(try record.domain(), to: name, by: actor, at: now)
            record.name = district.name
            try await record.save(on: db)
            return (district, try event.covering(record))
        }
    }

    /// Reads the account inside the transaction, applies `rule` and writes
    /// the row it returns with its event.
    private func changeUser(
        _ name: Username, passwordHash: String? = nil, _ rule: @escaping @Sendable (User) throws -> (User, DomainEvent)
    ) async throws -> User {
        try await store.journal.commit(on: try store.database()) { db in
            guard let record = try await record(named: name, on: db) else { throw AccountError.unknownUser(name) }
            let (user, event) = try rule(try record.domain())
            record.update(from: user)
            if let passwordHash { record.passwordHash = passwordHash }
            try await record.save(on: db)
            return (user, try event.covering(record))
        }
    }

    private func record(named name: Username, on db: any Database) async throws -> UserRecord? {
        try await UserRecord.query(on: db).filter(\.$username == name.rawValue).first()
    }

    /// Two writers may both find a name free; the unique index lets only one
    /// commit, and the other gets the same answer as if it had looked later.
    private func mappingConstraintFailure<T>(
        to refusal: AccountError, _ body: () async throws -> T
    ) async throws -> T {
        do {
            return try await body()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw refusal
        }
    }
}
