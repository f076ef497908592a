import Fluent

/// The product catalogue (LIC-1) as append-only revisions; a version is
/// allocated from the number counters, so each edit has its own.
struct CreateCatalogue: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CategoryRevisionRecord.schema)
            // managed fields
            .id()
            // reference fields
            .field("code", .string, .required)
            .field("version", .int, .required)
            // data fields
            .field("name", .string, .required)
            .field("issuing_level", .string, .required)
            .field("simplified", .bool, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "code", "version")
            .create()
        try await database.schema(UnitRevisionRecord.schema)
            // managed fields
            .id()
            // reference fields
            .field("unit_id", .uuid, .required)
            .field("version", .int, .required)
            .field("category_code", .string, .required)
            // data fields
            .field("name", .string, .required)
            .field("implementation_rules", .string, .required)
            .field("risk_level", .string, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "unit_id", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UnitRevisionRecord.schema).delete()
        try await database.schema(CategoryRevisionRecord.schema).delete()
    }
}
