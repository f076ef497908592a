import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Capture tokens — a page script's bearer token reaches the upload and record routes only")
struct CaptureTokenTests {
    static func captureToken(for account: TestAccount, in app: TestApp) async throws -> HTTPHeaders {
        let token = SessionToken.generate()
        try await app.store.sessions.create(
            for: account.user.id, tokenHash: SessionToken.hash(token), csrfToken: SessionToken.generate(), kind: .capture,
            at: app.clock.now(), expiresAt: app.clock.now().addingTimeInterval(600)
        )
        return ["Authorization": "Bearer \(token)"]
    }

    @Test("the marked routes take it; every other API route and every page refuse it; signing the browser out ends it")
    func scope() async throws {
        try await withTestApp { app in
            let inspector = app.account("pudong.inspector")
            let bearer = try await Self.captureToken(for: inspector, in: app)
            #expect(try await app.send(.GET, "/api/v1/me", headers: bearer).status == .ok)
            #expect(try await app.send(.OPTIONS, "/api/v1/uploads", headers: bearer).status == .noContent)
            var create = bearer
            create.add(name: "Tus-Resumable", value: "1.0.0")
            create.add(name: "Upload-Length", value: "3")
            #expect(try await app.send(.POST, "/api/v1/uploads", headers: create).status == .created)

            #expect(try await app.send(.GET, "/api/v1/worklist", headers: bearer).status == .unauthorized)
            #expect(try await app.send(.GET, "/api/v1/enterprises", headers: bearer).status == .unauthorized)
            #expect(try await app.send(.POST, "/api/v1/me/password", headers: bearer, json: "{}").status == .unauthorized)
            let marked = app.app.routes.all.filter(\.acceptsCaptureTokens).map { "\($0.method.rawValue) \($0.pattern)" }
            #expect(Set(marked) == [
                "OPTIONS /api/v1/uploads", "POST /api/v1/uploads", "HEAD /api/v1/uploads/:id", "PATCH /api/v1/uploads/:id",
                "DELETE /api/v1/uploads/:id", "GET /api/v1/uploads/:id", "GET /api/v1/cases/:number",
                "POST /api/v1/cases/:number/nodes/:node/records", "GET /api/v1/me", "DELETE /api/v1/auth/token",
            ])
            // Not a cookie either: it opens no page.
            let token = try #require(bearer.bearerAuthorization?.token)
            let page = try await app.send(.GET, "/home", headers: ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(token)"])
            #expect(page.status == .seeOther)

            let out = try await app.send(.POST, "/logout", headers: inspector.cookie, form: ["csrf": inspector.csrf])
            #expect(out.status == .seeOther)
            #expect(try await app.send(.GET, "/api/v1/me", headers: bearer).status == .unauthorized)
            // An API client's own token is not the browser's to end.
            #expect(try await app.send(.GET, "/api/v1/me", headers: inspector.bearer).status == .ok)
        }
    }
}
