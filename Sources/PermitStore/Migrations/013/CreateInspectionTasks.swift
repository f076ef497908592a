import Fluent

/// 双随机一公开 tasks (RND-4…6): one row per drawn enterprise with its two
/// forms, declarations, signatures and result; and the link from a
/// register inspector's certificate to the account they sign in with.
struct CreateInspectionTasks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InspectionTaskRow.schema)
            .field("id", .uuid, .identifier(auto: false))
            .field("plan_id", .uuid, .required)
            .field("plan_identifier", .string, .required)
            .field("case_number", .string, .required)
            .field("credit_code", .string, .required)
            .field("enterprise_name", .string, .required)
            .field("district", .string, .required)
            .field("team", .string, .required)
            .field("checks_due_on", .string, .required)
            .field("dispatched_at", .datetime, .required)
            .field("declarations", .string, .required)
            .field("record_form", .string)
            .field("equipment_form", .string)
            .field("checked_on", .string)
            .field("report", .string)
            .unique(on: "case_number")
            .create()
        try await database.schema(InspectorAccountRow.schema)
            .field("id", .string, .identifier(auto: false))
            .field("user_id", .uuid, .required)
            .field("district", .string, .required)
            .unique(on: "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(InspectorAccountRow.schema).delete()
        try await database.schema(InspectionTaskRow.schema).delete()
    }
}
