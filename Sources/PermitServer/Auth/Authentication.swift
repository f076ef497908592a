import Foundation
import PermitCore
import PermitStore
import Vapor

/// Who is asking, resolved once per request. API routes accept only a bearer
/// token and pages only the session cookie: a browser attaches cookies to
/// requests other sites make, so the API never trusts one.
struct AuthenticationMiddleware: Middleware {
    static let sessionCookie = "pt_session"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let token = request.isAPI ? request.headers.bearerAuthorization?.token : request.cookies[Self.sessionCookie]?.string
        guard let token, !token.isEmpty else { return next.respond(to: request) }
        return request.eventLoop.makeFutureWithTask { try await authenticate(request, token: token) }
            .flatMap { next.respond(to: request) }
    }

    private func authenticate(_ request: Request, token: String) async throws {
        let tokenHash = SessionToken.hash(token)
        guard let session = try await request.store.sessions.find(tokenHash: tokenHash, at: request.now),
              Self.accepts(session.kind, on: request)
        else { return }
        request.authenticated = Authenticated(session: session, tokenHash: tokenHash)
        request.logger[metadataKey: "user"] = .string(session.user.username.rawValue)
    }
}

extension AuthenticationMiddleware {
    /// A cookie opens pages only, a bearer token the API only; a capture
    /// token only the API routes marked for it (`Route.acceptsCaptureTokens`).
    /// The route is known here: Vapor resolves it before the middleware runs.
    static func accepts(_ kind: SignInSession.Kind, on request: Request) -> Bool {
        switch kind {
        case .browser: !request.isAPI
        case .api: request.isAPI
        case .capture: request.isAPI && request.route?.acceptsCaptureTokens == true
        }
    }
}

struct Authenticated: Sendable {
    let session: SignInSession
    let tokenHash: String
}

extension Request {
    private struct AuthenticatedKey: StorageKey {
        typealias Value = Authenticated
    }

    var authenticated: Authenticated? {
        get { storage[AuthenticatedKey.self] }
        set { storage[AuthenticatedKey.self] = newValue }
    }

    var actor: Actor {
        authenticated.map { .user($0.session.user) } ?? .anonymous
    }

    /// The signed-in user; only called behind the access guard, which has
    /// refused anonymous callers already.
    func requireUser() throws -> User {
        guard let user = actor.user else { throw AccessDenied(denial: .notSignedIn) }
        return user
    }

    var isAPI: Bool {
        url.path == "/api" || url.path.hasPrefix("/api/")
    }
}
