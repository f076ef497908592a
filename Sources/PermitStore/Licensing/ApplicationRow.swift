import Fluent
import Foundation
import PermitCore

/// A licence application as it stands; every change rewrites the row and
/// records its new state in the ledger.
final class ApplicationRow: Model, @unchecked Sendable {
    static let schema = "license_applications"

    @ID(custom: "number", generatedBy: .user) var id: String?
    @Field(key: "applicant_code") var applicantCode: String
    @Field(key: "applicant_name") var applicantName: String
    @Field(key: "district") var district: String
    @Field(key: "units") var units: String
    @Field(key: "form") var form: String
    @OptionalField(key: "commitment") var commitment: String?
    @Field(key: "reports") var reports: String
    @Field(key: "status") var status: String
    @OptionalField(key: "responsible_officer") var responsibleOfficer: String?
    @OptionalField(key: "correction") var correction: String?
    @OptionalField(key: "refusal_reason") var refusalReason: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "created_by") var createdBy: String
    /// The client's `Idempotency-Key` for the request that created it, so
    /// a retried creation finds this application instead of making another.
    @OptionalField(key: "request_key") var requestKey: String?
    /// 延续: the certificate renewed, and what the reduced path asks.
    @OptionalField(key: "renews") var renews: String?
    @OptionalField(key: "conditions_unchanged") var conditionsUnchanged: Bool?
    @OptionalField(key: "no_violation_proof") var noViolationProof: String?
    /// 变更、补领: what kind, about which certificate, when, and to what.
    @OptionalField(key: "change_kind") var changeKind: String?
    @OptionalField(key: "change_certificate") var changeCertificate: String?
    @OptionalField(key: "changed_on") var changedOn: String?
    @OptionalField(key: "new_name") var newName: String?
    @OptionalField(key: "new_residence") var newResidence: String?
    /// 营业执照 and other attachments, as JSON; absent on rows written
    /// before attachments were kept.
    @OptionalField(key: "attachments") var attachments: String?

    init() {}

    init(_ application: LicenseApplication) throws {
        id = application.number.description
        try update(from: application)
        createdAt = LedgerTime.normalized(application.createdAt)
        createdBy = application.createdBy.rawValue
    }

    func update(from application: LicenseApplication) throws {
        applicantCode = application.applicant.creditCode.rawValue
        applicantName = application.applicant.name
        district = application.district.rawValue
        units = try CaseJSON.encode(application.units)
        form = try CaseJSON.encode(application.form)
        commitment = try application.commitment.map { try CaseJSON.encode(CommitmentText(signatory: $0.signatory, signedAt: LedgerTime.text($0.signedAt))) }
        reports = try CaseJSON.encode(application.reports.map(ReportText.init))
        status = application.status.rawValue
        responsibleOfficer = application.responsibleOfficer?.rawValue
        correction = application.correction
        refusalReason = application.refusalReason
        renews = application.renewal?.certificate.description
        conditionsUnchanged = application.renewal?.conditionsUnchanged
        noViolationProof = application.renewal?.noViolationProof
        changeKind = application.change?.kind.rawValue
        changeCertificate = application.change?.certificate.description
        changedOn = application.change?.changedOn?.description
        newName = application.change?.holderName
        newResidence = application.change?.residence
        attachments = application.attachments.isEmpty ? nil : try CaseJSON.encode(application.attachments)
    }

    func domain() throws -> LicenseApplication {
        do {
            let committed = try commitment.map { try CaseJSON.decode(CommitmentText.self, $0) }
            return LicenseApplication(
                number: try CaseNumber(parsing: id ?? ""),
                applicant: CaseSubject(kind: .enterprise, creditCode: try UnifiedSocialCreditCode(validating: applicantCode), name: applicantName),
                district: try DistrictCode(rawValue: district).orThrow(), units: try CaseJSON.decode([ProductUnitID].self, units),
                form: try CaseJSON.decode(ApplicationForm.self, form),
                commitment: try committed.map { Commitment(signatory: $0.signatory, signedAt: try LedgerTime.parse($0.signedAt).orThrow()) },
                reports: try CaseJSON.decode([ReportText].self, reports).map { try $0.domain() },
                status: try ApplicationStatus(rawValue: status).orThrow(), responsibleOfficer: responsibleOfficer.flatMap(Username.init(rawValue:)),
                correction: correction, refusalReason: refusalReason, createdAt: createdAt, createdBy: ActorReference(rawValue: createdBy),
                renewal: try renews.map {
                    Renewal(certificate: try LicenseNumber(parsing: $0), conditionsUnchanged: conditionsUnchanged ?? false, noViolationProof: noViolationProof ?? "")
                },
                change: try changeKind.map { kind in
                    CertificateChange(
                        kind: try CertificateChange.Kind(rawValue: kind).orThrow(), certificate: try LicenseNumber(parsing: changeCertificate ?? ""),
                        changedOn: try changedOn.map { try CivilDate(parsing: $0) }, holderName: newName ?? "", residence: newResidence ?? ""
                    )
                },
                attachments: try attachments.map { try CaseJSON.decode([ApplicationAttachment].self, $0) } ?? []
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id ?? "")
        }
    }

    /// Dates as the ledger writes them, so the stored text never depends
    /// on an encoder's default.
    private struct CommitmentText: Codable {
        let signatory: String
        let signedAt: String
    }

    private struct ReportText: Codable {
        let unit: ProductUnitID
        let kind: String
        let number: String
        let laboratory: String
        let issuedOn: String
        let passed: Bool
        /// Left out when none are named, so the text of reports stored before
        /// reports named items, which the ledger holds, stays the same.
        let items: [String]?

        init(_ report: TestReport) {
            unit = report.unit
            kind = report.kind.rawValue
            number = report.number
            laboratory = report.laboratory.rawValue
            issuedOn = report.issuedOn.description
            passed = report.passed
            items = report.items.isEmpty ? nil : report.items
        }

        func domain() throws -> TestReport {
            TestReport(
                unit: unit, kind: try TestReport.Kind(rawValue: kind).orThrow(), number: number,
                laboratory: try UnifiedSocialCreditCode(validating: laboratory), issuedOn: try CivilDate(parsing: issuedOn), passed: passed,
                items: items ?? []
            )
        }
    }
}

extension ApplicationRow: LedgerCovered {
    static let subjectKind = "license-application"
    var subjectID: String { id ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "applicant": applicantCode, "applicantName": applicantName, "district": district, "units": units, "form": form,
            "reports": reports, "status": status, "createdAt": LedgerTime.text(createdAt), "createdBy": createdBy,
        ]
        fields["commitment"] = commitment
        fields["responsibleOfficer"] = responsibleOfficer
        fields["correction"] = correction
        fields["refusalReason"] = refusalReason
        fields["requestKey"] = requestKey
        fields["renews"] = renews
        fields["conditionsUnchanged"] = conditionsUnchanged.map { $0 ? "true" : "false" }
        fields["noViolationProof"] = noViolationProof
        fields["changeKind"] = changeKind
        fields["changeCertificate"] = changeCertificate
        fields["changedOn"] = changedOn
        fields["newName"] = newName
        fields["newResidence"] = newResidence
        fields["attachments"] = attachments
        return fields
    }
}

struct CreateApplications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ApplicationRow.schema)
            .field("number", .string, .identifier(auto: false))
            .field("applicant_code", .string, .required)
            .field("applicant_name", .string, .required)
            .field("district", .string, .required)
            .field("units", .string, .required)
            .field("form", .string, .required)
            .field("commitment", .string)
            .field("reports", .string, .required)
            .field("status", .string, .required)
            .field("responsible_officer", .string)
            .field("correction", .string)
            .field("refusal_reason", .string)
            .field("created_at", .datetime, .required)
            .field("created_by", .string, .required)
            .field("request_key", .string)
            .field("renews", .string)
            .field("conditions_unchanged", .bool)
            .field("no_violation_proof", .string)
            .field("change_kind", .string)
            .field("change_certificate", .string)
            .field("changed_on", .string)
            .field("new_name", .string)
            .field("new_residence", .string)
            .unique(on: "applicant_code", "request_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ApplicationRow.schema).delete()
    }
}

extension Optional {
    /// A stored value that must be there; its absence is a corrupt row.
    func orThrow() throws -> Wrapped {
        guard let value = self else { throw StoreError.corruptRow(table: "", id: "") }
        return value
    }
}

/// 营业执照 and attachments (LIC-2), kept with the application.
struct AddApplicationAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ApplicationRow.schema).field("attachments", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ApplicationRow.schema).deleteField("attachments").update()
    }
}
