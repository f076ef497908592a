import Fluent
import FluentSQL
import SQLKit

/// `users.must_change_password`, set by an administrator's password reset and
/// cleared when the user chooses their own; `users.organisation_code`, the
/// credit code of the enterprise or agency an account speaks for.
struct AddAccountColumns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserRecord.schema)
            .field("must_change_password", .bool, .required, .sql(.default(false)))
            .update()
        try await database.schema(UserRecord.schema).field("organisation_code", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).deleteField("organisation_code").update()
        try await database.schema(UserRecord.schema).deleteField("must_change_password").update()
    }
}
