import Foundation
import PermitCore
import SQLKit

/// Writes and reads `enterprise_notices`; written only inside an
/// enterprise change's transaction.
enum EnterpriseNoticeTable {
    static let name = "enterprise_notices"
    private static let columns = ["id", "district_code", "enterprise_id", "enterprise_name", "actor", "changed_at", "parts"]

    static func write(_ notices: [EnterpriseNotice], on sql: any SQLDatabase) async throws {
        try await BulkInsert(table: name, columns: columns).run(notices.map { notice in
            [
                .uuid(UUID()), .text(notice.district.rawValue), .uuid(notice.enterprise.rawValue), .text(notice.enterpriseName),
                .text(notice.actor.rawValue), .date(notice.changedAt), .text(notice.parts.map(\.code).joined(separator: ",")),
            ]
        }, on: sql)
    }

    static func newest(for district: DistrictCode, limit: Int, on sql: any SQLDatabase) async throws -> [EnterpriseNotice] {
        let rows = try await sql.select().columns(columns.dropFirst().map { SQLIdentifier($0) }).from(name)
            .where("district_code", .equal, district.rawValue).orderBy("changed_at", .descending).limit(limit).all()
        return try rows.map { row in
            let code = try row.decode(column: "district_code", as: String.self)
            let id = try row.decode(column: "enterprise_id", as: UUID.self)
            guard let district = DistrictCode(rawValue: code) else { throw StoreError.corruptRow(table: name, id: id.uuidString) }
            let parts = try row.decode(column: "parts", as: String.self).split(separator: ",").compactMap {
                EnterpriseEditRights.Part(code: String($0))
            }
            return EnterpriseNotice(
                district: district, enterprise: EnterpriseID(rawValue: id),
                enterpriseName: try row.decode(column: "enterprise_name", as: String.self),
                actor: ActorReference(rawValue: try row.decode(column: "actor", as: String.self)),
                changedAt: try row.decode(column: "changed_at", as: Date.self), parts: parts
            )
        }
    }
}
