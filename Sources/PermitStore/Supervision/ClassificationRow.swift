import Fluent
import Foundation
import PermitCore
import SQLKit

/// One classification decision; rows are only ever inserted, so the table
/// is the enterprise's classification history (第十八条 分类档案).
final class ClassificationRow: Model, @unchecked Sendable {
    static let schema = "classification_records"

    @ID(custom: "id", generatedBy: .user) var id: UUID?
    @Field(key: "credit_code") var creditCode: String
    /// Empty for a classification of the whole enterprise.
    @Field(key: "category") var category: String
    @Field(key: "class") var supervisionClass: String
    @Field(key: "reason") var reason: String
    @Field(key: "evidence") var evidence: String
    @OptionalField(key: "commitment") var commitment: String?
    @Field(key: "district") var district: String
    @Field(key: "classified_on") var classifiedOn: String
    @Field(key: "classified_by") var classifiedBy: String
    /// When the row was written: orders two decisions of one day.
    @Field(key: "written_at") var writtenAt: Date

    init() {}

    init(_ record: ClassificationRecord, at now: Date) {
        id = record.id.rawValue
        creditCode = record.creditCode.rawValue
        category = record.category?.rawValue ?? ""
        supervisionClass = record.supervisionClass.rawValue
        reason = record.reason
        evidence = record.evidence
        commitment = record.commitment
        district = record.district.rawValue
        classifiedOn = record.classifiedOn.description
        classifiedBy = record.classifiedBy.rawValue
        writtenAt = now
    }

    func domain() throws -> ClassificationRecord {
        do {
            guard let level = SupervisionClass(rawValue: supervisionClass), let district = DistrictCode(rawValue: district) else {
                throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
            }
            let category = try category.isEmpty ? nil : ProductCategoryCode(rawValue: category).orThrow()
            return ClassificationRecord(
                id: ClassificationRecordID(rawValue: try id.orThrow()), creditCode: try UnifiedSocialCreditCode(validating: creditCode),
                category: category, supervisionClass: level, reason: reason, evidence: evidence, commitment: commitment, district: district,
                classifiedOn: try CivilDate(parsing: classifiedOn), classifiedBy: ActorReference(rawValue: classifiedBy), decidedAt: writtenAt
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
    }
}

extension ClassificationRow: LedgerCovered {
    static let subjectKind = "classification"
    var subjectID: String { id.map { ClassificationRecordID(rawValue: $0).description } ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "creditCode": creditCode, "category": category, "class": supervisionClass, "reason": reason, "evidence": evidence, "district": district,
            "classifiedOn": classifiedOn, "classifiedBy": classifiedBy,
        ]
        fields["commitment"] = commitment
        return fields
    }
}

struct CreateClassificationRecords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ClassificationRow.schema)
            .field("id", .uuid, .identifier(auto: false))
            .field("credit_code", .string, .required)
            .field("category", .string, .required)
            .field("class", .string, .required)
            .field("reason", .string, .required)
            .field("evidence", .string, .required)
            .field("commitment", .string)
            .field("district", .string, .required)
            .field("classified_on", .string, .required)
            .field("classified_by", .string, .required)
            .field("written_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "classification_records_credit_code").on(ClassificationRow.schema).column("credit_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ClassificationRow.schema).delete()
    }
}
