import Fluent
import Foundation
import PermitCore

final class UserRecord: Model, @unchecked Sendable {
    static let schema = "users"

    // managed fields
    @ID(key: .id) var id: UUID?

    // reference fields
    @OptionalField(key: "district_code") var districtCode: String?

    // data fields
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "role") var role: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "is_active") var isActive: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ user: User, passwordHash: String) {
        self.id = user.id.rawValue
        self.passwordHash = passwordHash
        update(from: user)
    }

    func update(from user: User) {
        districtCode = user.district?.rawValue
        username = user.username.rawValue
        displayName = user.displayName
        role = user.role.rawValue
        isActive = user.isActive
        createdAt = user.createdAt
    }

    /// Refuses a row that no longer maps to a valid account rather than
    /// guessing what it meant.
    func domain() throws -> User {
        guard let id, let name = Username(rawValue: username), let role = Role(rawValue: role) else {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "?")
        }
        let district = try districtCode.map { code in
            guard let parsed = DistrictCode(rawValue: code) else {
                throw StoreError.corruptRow(table: Self.schema, id: id.uuidString)
            }
            return parsed
        }
        return User(
            id: UserID(rawValue: id), username: name, displayName: displayName, role: role,
            district: district, isActive: isActive, createdAt: createdAt
        )
    }
}

extension DistrictRecord {
    func domain() throws -> District {
        guard let id, let code = DistrictCode(rawValue: id), let level = District.Level(rawValue: level) else {
            throw StoreError.corruptRow(table: Self.schema, id: id ?? "?")
        }
        return District(code: code, name: name, level: level)
    }
}
