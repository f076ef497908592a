import Fluent

/// 后续处置 of failed 双随机 tasks (RND-7): one row per follow-up, linked to
/// the task's case and to the case it opened, if any.
struct CreateInspectionFollowUps: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InspectionFollowUpRow.schema)
            .field("id", .uuid, .identifier(auto: false))
            .field("task_case", .string, .required)
            .field("credit_code", .string, .required)
            .field("district", .string, .required)
            .field("kind", .string, .required)
            .field("opened_case", .string)
            .field("deadline", .string)
            .field("matter", .string, .required)
            .field("evidence", .string, .required)
            .field("recorded_at", .datetime, .required)
            .field("recorded_by", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(InspectionFollowUpRow.schema).delete()
    }
}
