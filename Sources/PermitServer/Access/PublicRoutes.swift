import Vapor

/// The one list of routes the anonymous public may call. Every other route
/// names the action it requires, and the route-walk test proves that callers
/// without it are refused.
enum PublicRoutes {
    struct Entry: Hashable, Sendable {
        let method: String
        let path: String
    }

    static let all: Set<Entry> = [
        Entry(method: "GET", path: "/"),
        Entry(method: "GET", path: "/health"),
        Entry(method: "GET", path: "/metrics"),
        Entry(method: "GET", path: "/login"),
        Entry(method: "POST", path: "/login"),
        Entry(method: "GET", path: "/language/:language"),
        Entry(method: "POST", path: "/api/v1/auth/token"),
        Entry(method: "GET", path: "/api/v1/openapi.json"),
        // The ledger's hashes, signatures and proofs are public so anyone can
        // verify; entry contents are not (ARCHITECTURE.md, ledger privacy).
        Entry(method: "GET", path: "/ledger"),
        Entry(method: "GET", path: "/ledger/checkpoint"),
        Entry(method: "GET", path: "/ledger/tile/:level/**"),
        Entry(method: "GET", path: "/api/v1/ledger/checkpoint"),
        Entry(method: "GET", path: "/api/v1/ledger/public-key"),
        Entry(method: "GET", path: "/api/v1/ledger/proofs/inclusion"),
        Entry(method: "GET", path: "/api/v1/ledger/proofs/consistency"),
    ]

    static func contains(_ route: Route) -> Bool {
        route.isMarkedPublic || all.contains(Entry(method: route.method.rawValue, path: route.pattern))
    }
}

extension Route {
    /// The registered path with `:name` parameters, e.g. `/api/v1/districts/:code/users`.
    var pattern: String {
        "/" + path.map(\.description).joined(separator: "/")
    }
}
