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
        let districtRows: [[any SQLExpression]] = enterprises.flatMap { enterprise in
            enterprise.districts.sorted().map { [SQLBind(enterprise.id.rawValue), SQLBind($0.rawValue)] }
        }
        for batch in districtRows.chunked(into: 500) {
            try await sql.insert(into: districts).columns("enterprise_id", "district_code").rows(batch).run()
        }
        let licenseRows: [[any SQLExpression]] = enterprises.flatMap { enterprise in
            enterprise.licenses.map { [SQLBind($0.number), SQLBind(enterprise.id.rawValue)] }
        }
        for batch in licenseRows.chunked(into: 500) {
            try await sql.insert(into: licenses).columns("number", "enterprise_id").rows(batch).run()
        }
    }
}
