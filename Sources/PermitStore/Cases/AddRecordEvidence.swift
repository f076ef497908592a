import Fluent

/// Records of originals keep what was read from them (`RecordEvidence`).
struct AddRecordEvidence: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CaseRecordRow.schema).field("evidence", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseRecordRow.schema).deleteField("evidence").update()
    }
}

/// Written records on a prescribed form name it (`TextForm`).
struct AddRecordTextForm: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CaseRecordRow.schema).field("text_form", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseRecordRow.schema).deleteField("text_form").update()
    }
}
