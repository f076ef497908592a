import Fluent

/// `catalogue_unit_revisions.test_items`: the 检验项目 a type-test report
/// must cover (LIC-3), one per line; null for units recorded without them.
struct AddUnitTestItems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UnitRevisionRecord.schema).field("test_items", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UnitRevisionRecord.schema).deleteField("test_items").update()
    }
}
