import Foundation
import PermitCore
import Vapor

/// The wire types of `/api/v1`. They are separate from the domain and the
/// tables, so either can change without breaking clients.
enum API {
    struct UserDTO: Content, Equatable {
        let username: String
        let displayName: String
        let role: String
        let district: String?
        let active: Bool
        let createdAt: Date
        let mustChangePassword: Bool
        /// The credit code of the enterprise or agency the account speaks for.
        let organisation: String?
        /// The organisation's registered name, given by `GET /api/v1/me`.
        var organisationName: String?

        init(_ user: User) {
            username = user.username.rawValue
            displayName = user.displayName
            role = user.role.rawValue
            district = user.district?.rawValue
            active = user.isActive
            createdAt = user.createdAt
            mustChangePassword = user.mustChangePassword
            organisation = user.organisation?.rawValue
        }
    }

    struct NewUserDTO: Content {
        let username: String
        let displayName: String
        let role: String
        let district: String?
        let password: String
        let organisation: String?
    }

    /// An administrator's temporary password for someone else.
    struct PasswordResetDTO: Content {
        let password: String
    }

    struct PasswordChangeDTO: Content {
        let currentPassword: String
        let newPassword: String
    }

    struct DistrictNameDTO: Content {
        let name: String
    }

    struct DistrictDTO: Content, Equatable {
        let code: String
        let name: String
        let level: String

        init(_ district: District) {
            code = district.code.rawValue
            name = district.name
            level = district.level.rawValue
        }
    }

    struct NewDistrictDTO: Content {
        let code: String
        let name: String
        let level: String
    }

    struct TokenRequestDTO: Content {
        let username: String
        let password: String
    }

    struct TokenDTO: Content {
        let token: String
        let tokenType: String
        let expiresAt: Date
        let user: UserDTO
    }

    struct HealthDTO: Content, Equatable {
        let status: String
        let database: String
    }
}
