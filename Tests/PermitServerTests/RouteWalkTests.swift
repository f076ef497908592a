import Foundation
import PermitCore
@testable import PermitServer
import Testing
import Vapor
import VaporTesting

/// Walks every registered route and shows that the anonymous public, a caller
/// of a role the route does not allow, and a caller from another district are
/// refused, except for the routes registered as open to everyone.
@Suite("Route walk — every route checks role and district (X-2)")
struct RouteWalkTests {
    /// A concrete path for a route pattern: parameters get values that exist
    /// in the fixture, with the district one chosen by the caller.
    static func concrete(_ route: Route, district: DistrictCode) -> String {
        "/" + route.path.map { component -> String in
            switch component {
            case .parameter("code"): district.rawValue
            case .parameter("username"): "pudong.inspector"
            case .parameter("language"): "en"
            case .parameter(let name): name
            default: component.description
            }
        }.joined(separator: "/")
    }

    static func headers(for account: TestAccount, route: Route) -> HTTPHeaders {
        route.path.first?.description == "api" ? account.bearer : account.cookie
    }

    /// A request the guard lets through reaches its handler: a read answers
    /// 200; a change, sent with an empty body (and the form token for pages),
    /// is refused by the handler with 422, never by the guard with 403.
    static func sendPassingGuard(_ route: Route, district: DistrictCode, as account: TestAccount, in app: TestApp) async throws -> TestingHTTPResponse {
        let path = concrete(route, district: district), headers = headers(for: account, route: route)
        guard route.method != .GET else { return try await app.send(route.method, path, headers: headers) }
        return route.path.first?.description == "api"
            ? try await app.send(route.method, path, headers: headers, json: "{}")
            : try await app.send(route.method, path, headers: headers, form: ["csrf": account.csrf])
    }

    static func isRefusal(_ status: HTTPStatus, anonymous: Bool, api: Bool) -> Bool {
        if anonymous { return api ? status == .unauthorized : status == .seeOther }
        return status == .forbidden
    }

    /// What the anonymous public may call, written out here so a route
    /// registered as `.everyone` by mistake fails this test.
    static let publicRoutes: Set<String> = [
        "GET /", "GET /health", "GET /metrics", "GET /login", "POST /login", "GET /language/:language",
        "POST /api/v1/auth/token", "GET /api/v1/openapi.json",
        "GET /ledger", "GET /ledger/checkpoint", "GET /ledger/tile/:level/**",
        "GET /api/v1/ledger/checkpoint", "GET /api/v1/ledger/public-key",
        "GET /api/v1/ledger/proofs/inclusion", "GET /api/v1/ledger/proofs/consistency",
        "GET /processes", "GET /processes/:process", "GET /processes/:process/flow.svg",
        "GET /api/v1/processes", "GET /api/v1/processes/:process",
        "GET /assets/capture.js", "GET /disclosures", "GET /api/v1/disclosures",
        "GET /certificates", "GET /certificates/:number", "GET /api/v1/certificates/:number", "GET /api/v1/certificates/public-key",
        "GET /blacklist", "GET /api/v1/blacklist", "POST /certificates/verify", "POST /api/v1/certificates/verify",
        "GET /inspection/plans", "GET /inspection/plans/:plan", "GET /inspection/plans/:plan/draw.json", "GET /inspection/plans/:plan/pools.json", "GET /api/v1/inspection/plans", "GET /api/v1/inspection/plans/:plan", "GET /inspection/plans/:plan/results", "GET /api/v1/inspection/plans/:plan/results",
    ]

    @Test("every route is registered through a SiteURL with a rule; the public ones are exactly those listed")
    func everyRouteHasARule() async throws {
        try await withTestApp { app in
            for route in app.app.routes.all {
                #expect(route.rule != nil, "\(route.method) \(route.pattern) has no access rule")
            }
            let open = Set(app.app.routes.all.filter(\.isPublic).map { "\($0.method.rawValue) \($0.pattern)" })
            #expect(open == Self.publicRoutes)
        }
    }

    @Test("the anonymous public is refused every non-public route")
    func anonymous() async throws {
        try await withTestApp { app in
            for route in app.app.routes.all where !route.isPublic {
                let res = try await app.send(route.method, Self.concrete(route, district: TestApp.pudong))
                let api = route.path.first?.description == "api"
                #expect(Self.isRefusal(res.status, anonymous: true, api: api), "\(route.method) \(route.pattern) gave \(res.status)")
                if !api { #expect(res.headers.first(name: .location)?.hasPrefix("/login?next=") == true) }
            }
        }
    }

    @Test("every role the policy refuses is refused by the route")
    func wrongRole() async throws {
        try await withTestApp { app in
            var checked = 0
            for route in app.app.routes.all {
                guard case .requires(let action, _) = route.rule else { continue }
                for (name, role, _) in TestApp.fixtureAccounts where !action.permittedRoles.contains(role) {
                    let account = app.account(name)
                    let res = try await app.send(
                        route.method, Self.concrete(route, district: account.user.district ?? TestApp.pudong),
                        headers: Self.headers(for: account, route: route)
                    )
                    #expect(res.status == .forbidden, "\(name) on \(route.method) \(route.pattern) gave \(res.status)")
                    checked += 1
                }
            }
            #expect(checked > 20)
        }
    }

    @Test("district staff are refused another district's routes")
    func otherDistrict() async throws {
        try await withTestApp { app in
            var checked = 0
            for route in app.app.routes.all {
                guard case .requires(let action, .district) = route.rule else { continue }
                for (name, role, district) in TestApp.fixtureAccounts where action.permittedRoles.contains(role) {
                    guard let own = district, AccessPolicy.reach(of: app.account(name).user) != .everyDistrict else { continue }
                    let other = own == TestApp.pudong ? TestApp.xuhui : TestApp.pudong
                    let account = app.account(name)
                    let refused = try await app.send(route.method, Self.concrete(route, district: other), headers: Self.headers(for: account, route: route))
                    #expect(refused.status == .forbidden, "\(name) on \(route.pattern) for \(other)")
                    let allowed = try await Self.sendPassingGuard(route, district: own, as: account, in: app)
                    let expected: HTTPStatus = route.method == .GET ? .ok : .unprocessableEntity
                    #expect(allowed.status == expected, "\(name) on \(route.method) \(route.pattern) for own district gave \(allowed.status)")
                    checked += 1
                }
            }
            #expect(checked > 0)
        }
    }

    @Test("a disabled account's sessions stop working at once")
    func disabledAccount() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin"), inspector = app.account("pudong.inspector")
            let before = try await app.send(.GET, "/api/v1/me", headers: inspector.bearer)
            let disable = try await app.send(.POST, "/api/v1/users/pudong.inspector/disable", headers: admin.bearer)
            let after = try await app.send(.GET, "/api/v1/me", headers: inspector.bearer)
            #expect(before.status == .ok)
            #expect(disable.status == .ok)
            #expect(after.status == .unauthorized)
        }
    }
}
