import Fluent

struct CreateEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventRecord.schema)
            // managed fields
            .field("seq", .int64, .identifier(auto: true))
            // data fields
            .field("kind", .string, .required)
            .field("actor", .string, .required)
            .field("subject_kind", .string, .required)
            .field("subject_id", .string, .required)
            .field("occurred_at", .datetime, .required)
            .field("fields", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventRecord.schema).delete()
    }
}
