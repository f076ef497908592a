import PermitCore
import Vapor

/// Who may call a route, given where the route is registered, so the guard
/// and the route-walk test read the same rule.
enum RouteRule: Sendable, Hashable {
    /// The anonymous public too: sign-in, health, the ledger's proofs, the
    /// process flow charts (REC-12).
    case everyone
    /// Callers the access policy permits `action`, on the resource `scope`
    /// names.
    case requires(Action, on: Scope = .installation)

    /// Which resource an action is on, read from the request.
    enum Scope: Sendable, Hashable {
        case installation
        /// The path parameter that holds a district code.
        case district(parameter: String)
    }
}

extension Route {
    private static let ruleKey = AnySendableHashable("permittrail.rule")
    private static let bodyLimitKey = AnySendableHashable("permittrail.bodyLimit")
    private static let captureTokensKey = AnySendableHashable("permittrail.captureTokens")

    /// The rule the route was registered with; a route registered any other
    /// way than through a `SiteURL` has none, and the guard refuses it.
    var rule: RouteRule? {
        get { userInfo[Self.ruleKey] as? RouteRule }
        set { userInfo[Self.ruleKey] = newValue }
    }

    var isPublic: Bool { rule == .everyone }

    /// A larger body than the installation's default, for file uploads.
    var bodyLimit: Int? {
        userInfo[Self.bodyLimitKey] as? Int
    }

    @discardableResult
    func acceptsBodies(upTo limit: Int) -> Route {
        userInfo[Self.bodyLimitKey] = limit
        return self
    }

    /// Whether a capture token (`SignInSession.Kind.capture`) is accepted
    /// here. Marked on the few API routes the capture page's script needs,
    /// beside their registration, so the token's reach is read in one place
    /// per capability and everything unmarked refuses it.
    var acceptsCaptureTokens: Bool {
        userInfo[Self.captureTokensKey] as? Bool ?? false
    }

    @discardableResult
    func acceptsCaptureTokens(_ accepted: Bool = true) -> Route {
        userInfo[Self.captureTokensKey] = accepted
        return self
    }

    /// The registered path with `:name` parameters, e.g. `/api/v1/districts/:code/users`.
    var pattern: String {
        "/" + path.map(\.description).joined(separator: "/")
    }
}

extension RoutesBuilder {
    /// Registers `url` for `method` under `rule`. Capabilities register
    /// every route through here, so none exists without a rule.
    @discardableResult
    func on<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ url: some SiteURL, _ rule: RouteRule, body: HTTPBodyStreamStrategy = .collect,
        use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        let route = on(method, url.pathComponents, body: body, use: handler)
        route.rule = rule
        return route
    }

    /// The same for a handler answering with a future, as the health probe
    /// does to stay off the concurrency pool.
    @discardableResult
    func on<Response: ResponseEncodable>(
        _ method: HTTPMethod, _ url: some SiteURL, _ rule: RouteRule, use handler: @escaping @Sendable (Request) throws -> Response
    ) -> Route {
        let route = on(method, url.pathComponents, use: handler)
        route.rule = rule
        return route
    }
}
