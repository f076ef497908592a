import Fluent
import Foundation
import PermitCore
import PermitLedger

/// One 双随机一公开 task. The team, declarations, forms and report are JSON
/// (sorted keys); each write rewrites the row and the ledger entry carries
/// the forms' hashes taken from the row, so a form changed behind the write
/// path's back no longer matches its entry.
final class InspectionTaskRow: Model, @unchecked Sendable {
    static let schema = "inspection_tasks"

    // managed fields
    @ID(custom: "id", generatedBy: .user) var id: UUID?

    // reference fields
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "plan_identifier") var planIdentifier: String
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "district") var district: String

    // data fields
    @Field(key: "enterprise_name") var enterpriseName: String
    @Field(key: "team") var team: String
    @Field(key: "checks_due_on") var checksDueOn: String
    @Field(key: "dispatched_at") var dispatchedAt: Date
    @Field(key: "declarations") var declarations: String
    @OptionalField(key: "record_form") var recordForm: String?
    @OptionalField(key: "equipment_form") var equipmentForm: String?
    @OptionalField(key: "checked_on") var checkedOn: String?
    @OptionalField(key: "report") var report: String?

    init() {}

    init(_ task: InspectionTask) throws {
        id = task.id.rawValue
        try update(from: task)
    }

    func update(from task: InspectionTask) throws {
        planID = task.plan.rawValue
        planIdentifier = task.planIdentifier
        caseNumber = task.caseNumber.description
        creditCode = task.enterprise.rawValue
        district = task.district.rawValue
        enterpriseName = task.enterpriseName
        team = try Self.json(task.team)
        checksDueOn = task.checksDueOn.description
        dispatchedAt = task.dispatchedAt
        declarations = try Self.json(task.declarations)
        recordForm = try task.recordForm.map(Self.json)
        equipmentForm = try task.equipmentForm.map(Self.json)
        checkedOn = task.checkedOn?.description
        report = try task.report.map(Self.json)
    }

    func domain() throws -> InspectionTask {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T { try decoder.decode(type, from: Data(text.utf8)) }
        do {
            return InspectionTask(
                id: InspectionTaskID(rawValue: try id.orThrow()), plan: InspectionPlanID(rawValue: planID), planIdentifier: planIdentifier,
                caseNumber: try CaseNumber(parsing: caseNumber), enterprise: try UnifiedSocialCreditCode(validating: creditCode),
                enterpriseName: enterpriseName, district: try DistrictCode(rawValue: district).orThrow(), team: try decode([TaskInspector].self, team),
                checksDueOn: try CivilDate(parsing: checksDueOn), dispatchedAt: dispatchedAt,
                declarations: try decode([TaskDeclaration].self, declarations),
                recordForm: try recordForm.map { try decode(SignedForm<InspectionRecordForm>.self, $0) },
                equipmentForm: try equipmentForm.map { try decode(SignedForm<EquipmentForm>.self, $0) },
                checkedOn: try checkedOn.map { try CivilDate(parsing: $0) }, report: try report.map { try decode(TaskReport.self, $0) }
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
    }

    /// The canonical JSON a form's digest is taken over, and the columns' text.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func hash(_ text: String) -> String { Hash.sha256(of: Array(text.utf8)).hex }
}

extension InspectionTaskRow: LedgerCovered {
    static let subjectKind = "inspection-task"
    var subjectID: String { id.map { InspectionTaskID(rawValue: $0).description } ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "plan": planIdentifier, "caseNumber": caseNumber, "creditCode": creditCode, "enterpriseName": enterpriseName, "district": district,
            "team": team, "checksDueOn": checksDueOn, "declarations": declarations,
        ]
        fields["recordFormHash"] = recordForm.map(Self.hash)
        fields["equipmentFormHash"] = equipmentForm.map(Self.hash)
        fields["checkedOn"] = checkedOn
        fields["report"] = report
        return fields
    }
}

/// Which account signs for a register inspector (执法证号): the draw
/// matches certificates, the case team is accounts.
final class InspectorAccountRow: Model, @unchecked Sendable {
    static let schema = "inspector_accounts"

    // managed fields
    /// The certificate number.
    @ID(custom: "id", generatedBy: .user) var id: String?

    // reference fields
    @Field(key: "user_id") var userID: UUID
    @Field(key: "district") var district: String

    init() {}

    init(certificate: String, user: UserID, district: DistrictCode) {
        id = certificate
        userID = user.rawValue
        self.district = district.rawValue
    }
}

extension InspectorAccountRow: LedgerCovered {
    static let subjectKind = "inspector-account"
    var subjectID: String { id ?? "" }

    func ledgerFields() throws -> [String: String] {
        ["user": userID.uuidString.lowercased(), "district": district]
    }
}
