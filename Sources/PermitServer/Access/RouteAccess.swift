import PermitCore
import Vapor

/// What a route requires, attached to the route itself at registration, so the
/// guard and the route-walk test read the same rule.
struct RouteAccess: Sendable, Hashable {
    /// Which resource the action is on, read from the request.
    enum Scope: Sendable, Hashable {
        case installation
        /// The path parameter that holds a district code.
        case district(parameter: String)
    }

    let action: Action
    let scope: Scope
}

extension Route {
    private static let accessKey = AnySendableHashable("permittrail.access")

    var access: RouteAccess? {
        userInfo[Self.accessKey] as? RouteAccess
    }

    private static let bodyLimitKey = AnySendableHashable("permittrail.bodyLimit")

    /// A larger body than the installation's default, for file uploads.
    var bodyLimit: Int? {
        userInfo[Self.bodyLimitKey] as? Int
    }

    @discardableResult
    func acceptsBodies(upTo limit: Int) -> Route {
        userInfo[Self.bodyLimitKey] = limit
        return self
    }

    /// Marks the route as needing `action`; without this (or a place in
    /// `PublicRoutes`) the guard refuses every caller.
    @discardableResult
    func requires(_ action: Action, on scope: RouteAccess.Scope = .installation) -> Route {
        userInfo[Self.accessKey] = RouteAccess(action: action, scope: scope)
        return self
    }
}

extension Route {
    private static let publicKey = AnySendableHashable("permittrail.public")

    /// Marked by its capability as open to the anonymous public.
    var isMarkedPublic: Bool { userInfo[Self.publicKey] as? Bool ?? false }

    /// Opens the route to everyone, signed in or not; the route-walk test
    /// lists what is so marked.
    @discardableResult
    func isPublic() -> Route {
        userInfo[Self.publicKey] = true
        return self
    }
}
