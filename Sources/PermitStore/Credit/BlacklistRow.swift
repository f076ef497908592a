import Fluent
import Foundation
import PermitCore
import SQLKit

/// One listing on the quality blacklist; a removal rewrites the row with
/// its date, reason and officer, and the ledger keeps both states.
final class BlacklistRow: Model, @unchecked Sendable {
    static let schema = "blacklist_entries"

    @ID(custom: "id", generatedBy: .user) var id: UUID?
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "enterprise_name") var enterpriseName: String
    @Field(key: "reason") var reason: String
    @Field(key: "basis") var basis: String
    @Field(key: "listed_on") var listedOn: String
    @OptionalField(key: "until") var until: String?
    @Field(key: "listed_by") var listedBy: String
    @OptionalField(key: "removed_on") var removedOn: String?
    @OptionalField(key: "removal_reason") var removalReason: String?
    @OptionalField(key: "removed_by") var removedBy: String?

    init() {}

    init(_ entry: BlacklistEntry) {
        id = entry.id.rawValue
        creditCode = entry.creditCode.rawValue
        enterpriseName = entry.enterpriseName
        reason = entry.reason
        basis = entry.basis
        listedOn = entry.listedOn.description
        until = entry.until?.description
        listedBy = entry.listedBy.rawValue
        record(entry.removal)
    }

    func record(_ removal: BlacklistEntry.Removal?) {
        removedOn = removal?.on.description
        removalReason = removal?.reason
        removedBy = removal?.by.rawValue
    }

    func domain() throws -> BlacklistEntry {
        do {
            var removal: BlacklistEntry.Removal?
            if let removedOn, let removalReason, let removedBy {
                removal = .init(on: try CivilDate(parsing: removedOn), reason: removalReason, by: ActorReference(rawValue: removedBy))
            }
            return BlacklistEntry(
                id: BlacklistEntryID(rawValue: try id.orThrow()), creditCode: try UnifiedSocialCreditCode(validating: creditCode),
                enterpriseName: enterpriseName, reason: reason, basis: basis, listedOn: try CivilDate(parsing: listedOn),
                until: try until.map { try CivilDate(parsing: $0) }, listedBy: ActorReference(rawValue: listedBy), removal: removal
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
    }
}

extension BlacklistRow: LedgerCovered {
    static let subjectKind = "blacklist-entry"
    var subjectID: String { id.map { BlacklistEntryID(rawValue: $0).description } ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "creditCode": creditCode, "enterpriseName": enterpriseName, "reason": reason, "basis": basis, "listedOn": listedOn, "listedBy": listedBy,
        ]
        fields["until"] = until
        fields["removedOn"] = removedOn
        fields["removalReason"] = removalReason
        fields["removedBy"] = removedBy
        return fields
    }
}

struct CreateBlacklist: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BlacklistRow.schema)
            .field("id", .uuid, .identifier(auto: false))
            .field("credit_code", .string, .required)
            .field("enterprise_name", .string, .required)
            .field("reason", .string, .required)
            .field("basis", .string, .required)
            .field("listed_on", .string, .required)
            .field("until", .string)
            .field("listed_by", .string, .required)
            .field("removed_on", .string)
            .field("removal_reason", .string)
            .field("removed_by", .string)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "blacklist_entries_credit_code").on(BlacklistRow.schema).column("credit_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BlacklistRow.schema).delete()
    }
}
