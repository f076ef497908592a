import Foundation
import PermitCore
import SQLKit

/// The columns of a `users` row, whether Fluent loaded them into a
/// `UserRecord` or a hand-written query read them: the one place a row
/// becomes a `User`.
struct UserRow {
    var id: UUID?
    var username: String
    var displayName: String
    var role: String
    var districtCode: String?
    var isActive: Bool
    var createdAt: Date
    var mustChangePassword: Bool
    var organisationCode: String?

    /// Refuses a row that no longer maps to a valid account rather than
    /// guessing what it meant.
    func domain() throws -> User {
        guard let id, let name = Username(rawValue: username), let role = Role(rawValue: role) else {
            throw StoreError.corruptRow(table: UserRecord.schema, id: id?.uuidString ?? "?")
        }
        let district = try districtCode.map { code in
            guard let parsed = DistrictCode(rawValue: code) else {
                throw StoreError.corruptRow(table: UserRecord.schema, id: id.uuidString)
            }
            return parsed
        }
        let organisation = try organisationCode.map { code in
            guard let parsed = try? UnifiedSocialCreditCode(validating: code) else {
                throw StoreError.corruptRow(table: UserRecord.schema, id: id.uuidString)
            }
            return parsed
        }
        return User(
            id: UserID(rawValue: id), username: name, displayName: displayName, role: role,
            district: district, isActive: isActive, createdAt: createdAt, mustChangePassword: mustChangePassword,
            organisation: organisation
        )
    }
}

extension UserRow {
    /// Reads the `users` columns a query selected under their own names, one
    /// by one with the driver's decoder, skipping the reflection Fluent's
    /// models go through.
    init(_ row: some SQLRow) throws {
        self.init(
            id: try row.decode(column: "id", as: UUID.self),
            username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            role: try row.decode(column: "role", as: String.self),
            districtCode: try row.decode(column: "district_code", as: String?.self),
            isActive: try row.decode(column: "is_active", as: Bool.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            mustChangePassword: try row.decode(column: "must_change_password", as: Bool.self),
            organisationCode: try row.decode(column: "organisation_code", as: String?.self)
        )
    }
}
