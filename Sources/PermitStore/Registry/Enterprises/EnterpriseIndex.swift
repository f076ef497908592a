import Foundation
import PermitCore
import SQLKit

/// Keeps the derived district and licence tables in step with an
/// enterprise row, inside the same transaction.
enum EnterpriseIndex {
    static let districts = "enterprise_districts"
    static let licenses = "enterprise_licenses"

    static func write(_ enterprises: [Enterprise], replacing: Bool, on sql: any SQLDatabase) async throws {
        if replacing {
            let ids = enterprises.map(\.id.rawValue)
            try await sql.delete(from: districts).where("enterprise_id", .in, ids).run()
            try await sql.delete(from: licenses).where("enterprise_id", .in, ids).run()
        }
        try await BulkInsert(table: districts, columns: ["enterprise_id", "district_code"]).run(
            enterprises.flatMap { enterprise in enterprise.districts.sorted().map { [.uuid(enterprise.id.rawValue), .text($0.rawValue)] } },
            on: sql
        )
        try await BulkInsert(table: licenses, columns: ["number", "enterprise_id"]).run(
            enterprises.flatMap { enterprise in enterprise.licenses.map { [.text($0.number), .uuid(enterprise.id.rawValue)] } },
            on: sql
        )
    }
}
