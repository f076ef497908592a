import Fluent
import FluentSQL
import SQLKit

/// `users.must_change_password`: set by an administrator's password reset,
/// cleared when the user chooses their own.
struct AddPasswordChangeFlag: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserRecord.schema)
            .field("must_change_password", .bool, .required, .sql(.default(false)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).deleteField("must_change_password").update()
    }
}
