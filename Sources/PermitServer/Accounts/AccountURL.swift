import PermitCore
import Vapor

/// Accounts, districts and sign-in locks: the administration pages and the
/// API, with the bearer tokens the API signs in with.
enum AccountURL: SiteURL {
    case users
    case user(Parameter<String>, UserAction)
    case districts
    case district(Parameter<String>)
    case liftLock(kind: Parameter<String>, value: Parameter<String>)
    case api(API)

    /// What an administrator does to another account.
    enum UserAction: String, Sendable {
        case disable, enable, password
    }

    enum API: Sendable {
        case token
        case me
        case ownPassword
        case users
        case user(Parameter<String>, UserAction)
        case districts
        case district(Parameter<String>)
        case districtUsers(Parameter<String>)
        case loginLocks
        case loginLock(kind: Parameter<String>, value: Parameter<String>)

        var segments: [PathSegment] {
            switch self {
            case .token: ["auth", "token"]
            case .me: ["me"]
            case .ownPassword: ["me", "password"]
            case .users: ["users"]
            case .user(let username, let action): ["users", .parameter("username", username), .constant(action.rawValue)]
            case .districts: ["districts"]
            case .district(let code): ["districts", .parameter("code", code)]
            case .districtUsers(let code): ["districts", .parameter("code", code), "users"]
            case .loginLocks: ["login-locks"]
            case .loginLock(let kind, let value): ["login-locks", .parameter("kind", kind), .parameter("value", value)]
            }
        }
    }

    var segments: [PathSegment] {
        switch self {
        case .users: ["admin", "users"]
        case .user(let username, let action): ["admin", "users", .parameter("username", username), .constant(action.rawValue)]
        case .districts: ["admin", "districts"]
        case .district(let code): ["admin", "districts", .parameter("code", code)]
        case .liftLock(let kind, let value): ["admin", "login-locks", .parameter("kind", kind), .parameter("value", value), "lift"]
        case .api(let api): ["api", "v1"] + api.segments
        }
    }
}

struct AccountRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, AccountURL.users, .requires(.manageUsers), use: UsersPage.show)
        routes.on(.POST, AccountURL.users, .requires(.manageUsers), use: UsersPage.create)
        routes.on(.POST, AccountURL.user(.key, .disable), .requires(.manageUsers), use: UsersPage.disable)
        routes.on(.POST, AccountURL.user(.key, .enable), .requires(.manageUsers), use: UsersPage.enable)
        routes.on(.POST, AccountURL.user(.key, .password), .requires(.manageUsers), use: UsersPage.resetPassword)
        routes.on(.POST, AccountURL.liftLock(kind: .key, value: .key), .requires(.manageUsers), use: UsersPage.liftLock)
        routes.on(.GET, AccountURL.districts, .requires(.manageDistricts), use: DistrictsPage.show)
        routes.on(.POST, AccountURL.districts, .requires(.manageDistricts), use: DistrictsPage.create)
        routes.on(.POST, AccountURL.district(.key), .requires(.manageDistricts), use: DistrictsPage.rename)

        routes.on(.POST, AccountURL.api(.token), .everyone, use: AuthAPIController.issue)
        // A capture token may say whose it is and end itself.
        routes.on(.DELETE, AccountURL.api(.token), .requires(.viewOwnAccount), use: AuthAPIController.revoke).acceptsCaptureTokens()
        routes.on(.GET, AccountURL.api(.me), .requires(.viewOwnAccount), use: AuthAPIController.me).acceptsCaptureTokens()
        routes.on(.POST, AccountURL.api(.ownPassword), .requires(.changeOwnPassword), use: AccountsAPIController.changeOwnPassword)
        routes.on(.GET, AccountURL.api(.users), .requires(.viewUsers), use: AccountsAPIController.listUsers)
        routes.on(.POST, AccountURL.api(.users), .requires(.manageUsers), use: AccountsAPIController.createUser)
        routes.on(.POST, AccountURL.api(.user(.key, .disable)), .requires(.manageUsers), use: AccountsAPIController.disableUser)
        routes.on(.POST, AccountURL.api(.user(.key, .enable)), .requires(.manageUsers), use: AccountsAPIController.enableUser)
        routes.on(.POST, AccountURL.api(.user(.key, .password)), .requires(.manageUsers), use: AccountsAPIController.resetPassword)
        routes.on(.GET, AccountURL.api(.districts), .requires(.viewDistricts), use: AccountsAPIController.listDistricts)
        routes.on(.POST, AccountURL.api(.districts), .requires(.manageDistricts), use: AccountsAPIController.createDistrict)
        routes.on(.PUT, AccountURL.api(.district(.key)), .requires(.manageDistricts), use: AccountsAPIController.renameDistrict)
        routes.on(.GET, AccountURL.api(.districtUsers(.key)), .requires(.viewDistrictUsers, on: .district(parameter: "code")),
                  use: AccountsAPIController.districtUsers)
        routes.on(.GET, AccountURL.api(.loginLocks), .requires(.manageUsers), use: LoginLocksController.list)
        routes.on(.DELETE, AccountURL.api(.loginLock(kind: .key, value: .key)), .requires(.manageUsers), use: LoginLocksController.lift)
    }
}
