import Fluent
import Foundation
import PermitCore

/// Accounts and districts as a command reads and writes them inside its
/// transaction; the rules (`AccountRules`) are the command's to apply.
extension WriteTransaction {
    public func district(_ code: DistrictCode) async throws -> District? {
        try await DistrictRecord.find(code.rawValue, on: db)?.domain()
    }

    public func user(named name: Username) async throws -> User? {
        try await UserRecord.query(on: db).filter(\.$username == name.rawValue).first()?.domain()
    }

    /// Adds a district; the unique code is the last word when two writers
    /// race, and the loser hears what it would have heard a moment later.
    public func add(_ district: District, _ event: DomainEvent, at now: Date) async throws {
        try await refusingDuplicates(as: AccountError.districtTaken(district.code)) {
            try await insert(DistrictRecord(district, createdAt: now), event)
        }
    }

    public func rename(_ district: District, _ event: DomainEvent) async throws {
        guard let record = try await DistrictRecord.find(district.code.rawValue, on: db) else {
            throw AccountError.unknownDistrict(district.code)
        }
        record.name = district.name
        try await update(record, event)
    }

    public func create(_ user: User, passwordHash: String, _ event: DomainEvent) async throws {
        try await refusingDuplicates(as: AccountError.usernameTaken(user.username)) {
            try await insert(UserRecord(user, passwordHash: passwordHash), event)
        }
    }

    /// Saves a changed account, and its new password hash if there is one.
    public func save(_ user: User, passwordHash: String? = nil, _ event: DomainEvent) async throws {
        guard let record = try await UserRecord.query(on: db).filter(\.$username == user.username.rawValue).first() else {
            throw AccountError.unknownUser(user.username)
        }
        record.update(from: user)
        if let passwordHash { record.passwordHash = passwordHash }
        try await update(record, event)
    }

    /// Runs `body`, answering a unique index's refusal with `refusal`; the
    /// transaction is over either way, since the error rolls it back.
    func refusingDuplicates<T>(as refusal: some Error, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw refusal
        }
    }
}
