import Fluent

/// The district bureaus' inspector database (RND-2).
struct CreateInspector: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InspectorRecord.schema)
            // managed fields
            .id()
            // reference fields
            .field("district_code", .string, .required, .references(DistrictRecord.schema, "code"))
            // data fields
            .field("name", .string, .required)
            .field("unit", .string, .required)
            .field("position", .string, .required)
            .field("phone", .string, .required)
            .field("certificate_number", .string, .required)
            .field("is_active", .bool, .required)
            .field("conflicts", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "certificate_number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(InspectorRecord.schema).delete()
    }
}
