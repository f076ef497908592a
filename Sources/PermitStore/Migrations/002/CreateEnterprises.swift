import Fluent
import SQLKit

/// The enterprise database (RND-1) and its two derived indexes: which
/// districts see an enterprise (registered and production, SUP-11) and which
/// licence numbers it holds, for exact look-ups.
struct CreateEnterprises: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EnterpriseRecord.schema)
            .id()
            .field("name", .string, .required)
            .field("credit_code", .string, .required)
            .field("registered_address", .string, .required)
            .field("registered_district", .string, .required)
            .field("production_sites", .string, .required)
            .field("legal_representative", .string, .required)
            .field("phone", .string, .required)
            .field("licenses", .string, .required)
            .field("risk_tier", .string)
            .field("classification", .string)
            .field("updated_at", .datetime, .required)
            .unique(on: "credit_code")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "enterprises_name").on(EnterpriseRecord.schema).column("name").run()

        try await database.schema(EnterpriseIndex.districts)
            .field("enterprise_id", .uuid, .required)
            .field("district_code", .string, .required)
            .compositeIdentifier(over: "district_code", "enterprise_id")
            .create()
        try await database.schema(EnterpriseIndex.licenses)
            .field("number", .string, .identifier(auto: false))
            .field("enterprise_id", .uuid, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in [EnterpriseIndex.licenses, EnterpriseIndex.districts, EnterpriseRecord.schema] {
            try await database.schema(table).delete()
        }
    }
}
