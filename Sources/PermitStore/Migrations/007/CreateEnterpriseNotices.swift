import Fluent
import SQLKit

/// The districts' change notices (`EnterpriseNotice`), newest first per
/// district. They restate ledgered changes for the people to be told, so
/// the ledger does not cover them.
struct CreateEnterpriseNotices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EnterpriseNoticeTable.name)
            .id()
            .field("district_code", .string, .required)
            .field("enterprise_id", .uuid, .required)
            .field("enterprise_name", .string, .required)
            .field("actor", .string, .required)
            .field("changed_at", .datetime, .required)
            .field("parts", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "enterprise_notices_district").on(EnterpriseNoticeTable.name)
            .column("district_code").column("changed_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EnterpriseNoticeTable.name).delete()
    }
}
