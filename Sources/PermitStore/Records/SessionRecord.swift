import Fluent
import Foundation

/// A signed-in session, for a browser (cookie) or an API client (bearer
/// token). Only the SHA-256 of the token is kept, so a copy of the database
/// does not let anyone sign in.
final class SessionRecord: Model, @unchecked Sendable {
    static let schema = "sessions"

    // managed fields
    @ID(key: .id) var id: UUID?

    // reference fields
    @Parent(key: "user_id") var user: UserRecord

    // data fields
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "kind") var kind: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}
