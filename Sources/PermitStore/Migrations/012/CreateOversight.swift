import Fluent
import SQLKit

/// The tables of supervision inspections and sampling (seed 004 第二十七条,
/// 第四十五条至第四十七条): rectification orders with their re-checks, and
/// samplings with their dispatch and report. The inspection records and
/// interviews themselves are the cases' text records.
struct CreateOversight: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RectificationOrderRow.schema)
            .field("id", .uuid, .identifier(auto: false))
            .field("inspection_case", .string, .required)
            .field("credit_code", .string, .required)
            .field("district", .string, .required)
            .field("recheck_case", .string)
            .field("enterprise_name", .string, .required)
            .field("requirements", .string, .required)
            .field("deadline", .string, .required)
            .field("ordered_on", .string, .required)
            .field("early_reason", .string)
            .field("outcome", .string)
            .create()
        try await database.schema(SamplingRow.schema)
            .field("id", .uuid, .identifier(auto: false))
            .field("case_number", .string, .required)
            .field("credit_code", .string, .required)
            .field("district", .string, .required)
            .field("laboratory_code", .string)
            .field("enterprise_name", .string, .required)
            .field("grounds", .string, .required)
            .field("ground_note", .string, .required)
            .field("product", .string, .required)
            .field("model", .string, .required)
            .field("batch", .string, .required)
            .field("quantity", .string, .required)
            .field("sampled_from", .string, .required)
            .field("random_method", .string, .required)
            .field("seal", .string, .required)
            .field("sampled_on", .string, .required)
            .field("laboratory_name", .string)
            .field("sent_on", .string)
            .field("report_number", .string)
            .field("report_issued_on", .string)
            .field("report_copies", .int)
            .field("passed", .bool)
            .field("summary", .string)
            .unique(on: "case_number")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "rectification_orders_credit_code").on(RectificationOrderRow.schema).column("credit_code").run()
        try await sql.create(index: "rectification_orders_deadline").on(RectificationOrderRow.schema).column("deadline").run()
        try await sql.create(index: "supervision_samplings_credit_code").on(SamplingRow.schema).column("credit_code").run()
        try await sql.create(index: "supervision_samplings_sampled_on").on(SamplingRow.schema).column("sampled_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SamplingRow.schema).delete()
        try await database.schema(RectificationOrderRow.schema).delete()
    }
}
