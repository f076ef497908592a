import Fluent

struct CreateDistrict: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DistrictRecord.schema)
            // managed fields
            .field("code", .string, .identifier(auto: false))
            // data fields
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DistrictRecord.schema).delete()
    }
}
