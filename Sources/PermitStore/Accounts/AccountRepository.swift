import Fluent
import Foundation
import PermitCore

/// Accounts and districts, read-only: every change is a `WriteTransaction`
/// method (AccountWrites.swift), written with its event.
public struct AccountRepository: Sendable {
    let store: Store

    // MARK: districts

    public func districts() async throws -> [District] {
        try await DistrictRecord.query(on: try store.database()).sort(\.$id).all().map { try $0.domain() }
    }

    public func district(_ code: DistrictCode) async throws -> District? {
        try await DistrictRecord.find(code.rawValue, on: try store.database())?.domain()
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

    func record(named name: Username, on db: any Database) async throws -> UserRecord? {
        try await UserRecord.query(on: db).filter(\.$username == name.rawValue).first()
    }
}
