import Foundation
import PermitCore
import PermitStore
import Vapor

/// Who is asking, resolved once per request. API routes accept only a bearer
/// token and pages only the session cookie: a browser attaches cookies to
/// requests other sites make, so the API never trusts one.
struct AuthenticationMiddleware: AsyncMiddleware {
    static let sessionCookie = "pt_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let token = request.isAPI ? request.headers.bearerAuthorization?.token : request.cookies[Self.sessionCookie]?.string
        if let token, !token.isEmpty {
            let tokenHash = SessionToken.hash(token)
            if let session = try await request.store.sessions.find(tokenHash: tokenHash, at: request.now),
               session.kind == (request.isAPI ? .api : .browser) {
                request.authenticated = Authenticated(session: session, tokenHash: tokenHash)
                request.logger[metadataKey: "user"] = .string(session.user.username.rawValue)
            }
        }
        return try await next.respond(to: request)
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
