import Fluent

struct CreateSession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema)
            // managed fields
            .id()
            // reference fields
            .field("user_id", .uuid, .required, .references(UserRecord.schema, "id", onDelete: .cascade))
            // data fields
            .field("token_hash", .string, .required)
            .field("csrf_token", .string, .required)
            .field("kind", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema).delete()
    }
}
