import Fluent
import Foundation
import PermitCore

/// One recorded quality fact (`QualityFact`); rows are only inserted.
final class QualityFactRow: Model, @unchecked Sendable {
    static let schema = "quality_facts"

    // managed fields
    @ID(custom: "id", generatedBy: .user) var id: UUID?
    /// Orders two facts of one day.
    @Field(key: "recorded_at") var recordedAt: Date
    // reference fields
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "district") var district: String
    // data fields
    @Field(key: "kind") var kind: String
    /// The sampling level or the changed aspect; empty for other kinds.
    @Field(key: "qualifier") var qualifier: String
    @Field(key: "occurred_on") var occurredOn: String
    @Field(key: "description") var description: String
    @Field(key: "source") var source: String
    @Field(key: "recorded_on") var recordedOn: String
    @Field(key: "recorded_by") var recordedBy: String

    init() {}

    init(_ fact: QualityFact, at now: Date) {
        id = fact.id.rawValue
        recordedAt = now
        creditCode = fact.creditCode.rawValue
        district = fact.district.rawValue
        kind = fact.kind.code
        qualifier = fact.kind.qualifier
        occurredOn = fact.occurredOn.description
        description = fact.description
        source = fact.source
        recordedOn = fact.recordedOn.description
        recordedBy = fact.recordedBy.rawValue
    }

    func domain() throws -> QualityFact {
        do {
            guard let district = DistrictCode(rawValue: district) else { throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "") }
            return QualityFact(
                id: QualityFactID(rawValue: try id.orThrow()), creditCode: try UnifiedSocialCreditCode(validating: creditCode),
                kind: try QualityFact.Kind.parse(code: kind, qualifier: qualifier), occurredOn: try CivilDate(parsing: occurredOn),
                description: description, source: source, district: district, recordedOn: try CivilDate(parsing: recordedOn),
                recordedBy: ActorReference(rawValue: recordedBy), recordedAt: recordedAt
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
    }
}

extension QualityFactRow: LedgerCovered {
    static let subjectKind = "quality-fact"
    var subjectID: String { id.map { QualityFactID(rawValue: $0).description } ?? "" }

    func ledgerFields() throws -> [String: String] {
        [
            "creditCode": creditCode, "district": district, "kind": kind, "qualifier": qualifier, "occurredOn": occurredOn,
            "description": description, "source": source, "recordedOn": recordedOn, "recordedBy": recordedBy,
        ]
    }
}
