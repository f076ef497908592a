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
    @Field(key: "must_change_password") var mustChangePassword: Bool
    @OptionalField(key: "organisation_code") var organisationCode: String?

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
        mustChangePassword = user.mustChangePassword
        organisationCode = user.organisation?.rawValue
    }

    func domain() throws -> User {
        try UserRow(
            id: id, username: username, displayName: displayName, role: role,
            districtCode: districtCode, isActive: isActive, createdAt: createdAt, mustChangePassword: mustChangePassword,
            organisationCode: organisationCode
        ).domain()
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
