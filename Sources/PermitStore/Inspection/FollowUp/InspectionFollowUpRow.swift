import Fluent
import Foundation
import PermitCore

/// One follow-up of a failed task, covered by the ledger like the task itself.
final class InspectionFollowUpRow: Model, @unchecked Sendable {
    static let schema = "inspection_follow_ups"

    // managed fields
    @ID(custom: "id", generatedBy: .user) var id: UUID?

    // reference fields
    @Field(key: "task_case") var taskCase: String
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "district") var district: String
    @OptionalField(key: "opened_case") var openedCase: String?

    // data fields
    @Field(key: "kind") var kind: String
    @OptionalField(key: "deadline") var deadline: String?
    @Field(key: "matter") var matter: String
    @Field(key: "evidence") var evidence: String
    @Field(key: "recorded_at") var recordedAt: Date
    @Field(key: "recorded_by") var recordedBy: String

    init() {}

    init(_ followUp: InspectionFollowUp) {
        id = followUp.id.rawValue
        taskCase = followUp.task.description
        creditCode = followUp.enterprise.rawValue
        district = followUp.district.rawValue
        openedCase = followUp.opened?.description
        kind = followUp.kind.rawValue
        deadline = followUp.deadline?.description
        matter = followUp.matter
        evidence = followUp.evidence
        recordedAt = followUp.recordedAt
        recordedBy = followUp.recordedBy
    }

    func domain() throws -> InspectionFollowUp {
        do {
            return InspectionFollowUp(
                id: InspectionFollowUpID(rawValue: try id.orThrow()), task: try CaseNumber(parsing: taskCase),
                enterprise: try UnifiedSocialCreditCode(validating: creditCode), district: try DistrictCode(rawValue: district).orThrow(),
                kind: try FollowUpKind(rawValue: kind).orThrow(), opened: try openedCase.map { try CaseNumber(parsing: $0) },
                deadline: try deadline.map { try CivilDate(parsing: $0) }, matter: matter, evidence: evidence, recordedAt: recordedAt, recordedBy: recordedBy
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
    }
}

extension InspectionFollowUpRow: LedgerCovered {
    static let subjectKind = "inspection-follow-up"
    var subjectID: String { id.map { InspectionFollowUpID(rawValue: $0).description } ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "task": taskCase, "creditCode": creditCode, "district": district, "kind": kind, "matter": matter, "evidence": evidence, "recordedBy": recordedBy,
        ]
        fields["openedCase"] = openedCase
        fields["deadline"] = deadline
        return fields
    }
}
