import Fluent
import SQLKit

/// The registry's first tables: holiday arrangements added after release and
/// the counters behind case, licence and business serial numbers.
struct CreateRegistryBasics: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CalendarYearRecord.schema)
            .field("year", .int, .identifier(auto: false))
            .field("arrangement", .string, .required)
            .field("added_at", .datetime, .required)
            .create()
        try await database.schema(NumberCounter.table)
            .field("scope", .string, .identifier(auto: false))
            .field("last", .int64, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NumberCounter.table).delete()
        try await database.schema(CalendarYearRecord.schema).delete()
    }
}
