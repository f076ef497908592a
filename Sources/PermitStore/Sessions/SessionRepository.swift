import Fluent
import Foundation
import PermitCore
import SQLKit

/// A live session as the server needs it.
public struct SignInSession: Sendable, Equatable {
    /// A browser holds its session in a cookie and must prove each form with
    /// the CSRF token; an API client sends a bearer token, which a browser never
    /// attaches by itself. A capture token is a bearer token a signed-in
    /// browser page obtains for its own script (field capture): short-lived,
    /// and good only on the routes that upload and record evidence, so a
    /// token a page script holds cannot do whatever else the account may.
    public enum Kind: String, Sendable {
        case browser
        case api
        case capture
    }

    public var kind: Kind
    public var csrfToken: String
    public var expiresAt: Date
    public var user: User
}

/// Sessions are operational state, not records of a case: they are not
/// ledgered, and they are deleted when they end.
public struct SessionRepository: Sendable {
    let store: Store

    public func create(
        for user: UserID, tokenHash: String, csrfToken: String, kind: SignInSession.Kind, at now: Date, expiresAt: Date
    ) async throws {
        let record = SessionRecord()
        record.$user.id = user.rawValue
        record.tokenHash = tokenHash
        record.csrfToken = csrfToken
        record.kind = kind.rawValue
        record.createdAt = now
        record.expiresAt = expiresAt
        try await record.create(on: try store.database())
    }

    /// The session for a token hash, if it exists and has not expired, with
    /// its account as it is now, so a disabled account is seen at once. Every
    /// authenticated request asks this: one joined query with the columns
    /// read directly, instead of Fluent's two (session, then eager-loaded
    /// user) and its reflection-based decoding. Written out rather than built
    /// with SQLKit's builder, whose identifier quoting cost more per request
    /// than the query itself; the names need no quoting in either dialect.
    public func find(tokenHash: String, at now: Date) async throws -> SignInSession? {
        guard let row = try await store.sql().raw("""
            SELECT sessions.kind, sessions.csrf_token, sessions.expires_at, users.id, users.username,
                users.display_name, users.role, users.district_code, users.is_active, users.created_at,
                users.must_change_password, users.organisation_code
            FROM sessions JOIN users ON users.id = sessions.user_id
            WHERE sessions.token_hash = \(bind: tokenHash) AND sessions.expires_at > \(bind: now)
            LIMIT 1
            """).first(),
            let kind = SignInSession.Kind(rawValue: try row.decode(column: "kind", as: String.self))
        else { return nil }
        return SignInSession(
            kind: kind, csrfToken: try row.decode(column: "csrf_token", as: String.self),
            expiresAt: try row.decode(column: "expires_at", as: Date.self), user: try UserRow(row).domain()
        )
    }

    public func delete(tokenHash: String) async throws {
        try await SessionRecord.query(on: try store.database()).filter(\.$tokenHash == tokenHash).delete()
    }

    /// Ends every session of an account, e.g. when it is disabled.
    /// Ends every session of `user`, but the one with `kept` as its token hash.
    public func deleteAll(of user: UserID, except kept: String? = nil) async throws {
        var query = SessionRecord.query(on: try store.database()).filter(\.$user.$id == user.rawValue)
        if let kept { query = query.filter(\.$tokenHash != kept) }
        try await query.delete()
    }

    /// Ends `user`'s sessions of one kind, e.g. the capture tokens a browser
    /// page obtained, when that browser signs out.
    public func deleteAll(of user: UserID, kind: SignInSession.Kind) async throws {
        try await SessionRecord.query(on: try store.database())
            .filter(\.$user.$id == user.rawValue).filter(\.$kind == kind.rawValue).delete()
    }

    public func deleteExpired(at now: Date) async throws {
        try await SessionRecord.query(on: try store.database()).filter(\.$expiresAt <= now).delete()
    }
}
