import Fluent
import SQLKit

/// 质量信息: the recorded facts classification reads (SUP-2, SUP-6), one
/// row per fact, only ever inserted.
struct CreateQualityFacts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(QualityFactRow.schema)
            // managed fields
            .field("id", .uuid, .identifier(auto: false))
            .field("recorded_at", .datetime, .required)
            // reference fields
            .field("credit_code", .string, .required)
            .field("district", .string, .required)
            // data fields
            .field("kind", .string, .required)
            .field("qualifier", .string, .required)
            .field("occurred_on", .string, .required)
            .field("description", .string, .required)
            .field("source", .string, .required)
            .field("recorded_on", .string, .required)
            .field("recorded_by", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "quality_facts_credit_code").on(QualityFactRow.schema).column("credit_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(QualityFactRow.schema).delete()
    }
}
