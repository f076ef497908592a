import Foundation
import PermitCore
import PermitStore

/// The draft as the enterprise sends it, and how it is read into the application.
extension LicensingCommands {
    /// What the enterprise fills in; every field optional so a draft can be
    /// kept half-done (LIC-4) and the check names what is missing.
    public struct Draft: Sendable {
        public var units: [String]
        public var productionAddress: String
        public var contactPerson: String
        public var contactPhone: String
        /// Who signs the commitment (承诺书); empty leaves it unsigned.
        public var commitmentSignatory: String
        public var reports: [Report]
        /// For a renewal (延续): the certificate's number, and the reduced
        /// path's statement and proof; empty for a first application.
        public var renews: String
        public var conditionsUnchanged: Bool
        public var noViolationProof: String
        /// For a change or reissue (变更、补领): its kind (`particulars`,
        /// `reissue`, `conditions`), the certificate, when it changed, and
        /// the new name and residence; empty for other applications.
        public var change = ""
        public var changeCertificate = ""
        public var changedOn = ""
        public var newName = ""
        public var newResidence = ""

        public init(
            units: [String], productionAddress: String, contactPerson: String, contactPhone: String, commitmentSignatory: String,
            reports: [Report], renews: String = "", conditionsUnchanged: Bool = false, noViolationProof: String = ""
        ) {
            self.renews = renews
            self.conditionsUnchanged = conditionsUnchanged
            self.noViolationProof = noViolationProof
            self.units = units
            self.productionAddress = productionAddress
            self.contactPerson = contactPerson
            self.contactPhone = contactPhone
            self.commitmentSignatory = commitmentSignatory
            self.reports = reports
        }

        public struct Report: Sendable {
            public var unit: String
            public var kind: String
            public var number: String
            public var laboratory: String
            public var issuedOn: String
            public var passed: Bool
            /// The test items examined, as the catalogue names them.
            public var items: [String]

            public init(unit: String, kind: String, number: String, laboratory: String, issuedOn: String, passed: Bool, items: [String] = []) {
                self.unit = unit
                self.kind = kind
                self.number = number
                self.laboratory = laboratory
                self.issuedOn = issuedOn
                self.passed = passed
                self.items = items
            }
        }
    }

    /// The change a draft describes, if any; what cannot be read is an issue.
    static func change(from draft: Draft, issues: inout [FieldIssue]) -> CertificateChange? {
        guard !draft.change.isEmpty else { return nil }
        guard let kind = CertificateChange.Kind(rawValue: draft.change) else {
            issues.append(FieldIssue(field: "change", problem: .unknownValue(draft.change)))
            return nil
        }
        guard let number = try? LicenseNumber(parsing: draft.changeCertificate.trimmingWhitespace()) else {
            issues.append(FieldIssue(field: "changeCertificate", problem: .invalidFormat))
            return nil
        }
        let date = draft.changedOn.trimmingWhitespace()
        let changedOn = date.isEmpty ? nil : try? CivilDate(parsing: date)
        if !date.isEmpty, changedOn == nil { issues.append(FieldIssue(field: "changedOn", problem: .invalidFormat)) }
        return CertificateChange(
            kind: kind, certificate: number, changedOn: changedOn, holderName: draft.newName.trimmingWhitespace(),
            residence: draft.newResidence.trimmingWhitespace()
        )
    }

    /// Reads the draft into the application; what cannot be read at all (a
    /// malformed date or code) is refused by field, the rest is the check's.
    static func fill(_ application: inout LicenseApplication, from draft: Draft, at now: Date) throws {
        var issues: [FieldIssue] = []
        var units: [ProductUnitID] = []
        for (index, text) in draft.units.enumerated() {
            guard let id = ProductUnitID(text) else {
                issues.append(FieldIssue(field: "units[\(index)]", problem: .invalidFormat))
                continue
            }
            if !units.contains(id) { units.append(id) }
        }
        var reports: [TestReport] = []
        for (index, report) in draft.reports.enumerated() {
            let field = "reports[\(index)]"
            guard let unit = ProductUnitID(report.unit) else { issues.append(FieldIssue(field: "\(field).unit", problem: .invalidFormat)); continue }
            guard let kind = TestReport.Kind(rawValue: report.kind) else {
                issues.append(FieldIssue(field: "\(field).kind", problem: .unknownValue(report.kind)))
                continue
            }
            guard let laboratory = try? UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(report.laboratory)) else {
                issues.append(FieldIssue(field: "\(field).laboratory", problem: .invalidFormat))
                continue
            }
            guard let issued = try? CivilDate(parsing: report.issuedOn) else {
                issues.append(FieldIssue(field: "\(field).issuedOn", problem: .invalidFormat))
                continue
            }
            let number = report.number.trimmingWhitespace()
            guard !number.isEmpty else { issues.append(FieldIssue(field: "\(field).number", problem: .missing)); continue }
            let items = report.items.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            if let long = items.firstIndex(where: { $0.textLength > CatalogueRules.testItemLength.upperBound }) {
                issues.append(FieldIssue(field: "\(field).items[\(long)]", problem: .tooLong(maximum: CatalogueRules.testItemLength.upperBound)))
                continue
            }
            reports.append(TestReport(
                unit: unit, kind: kind, number: number, laboratory: laboratory, issuedOn: issued, passed: report.passed, items: items
            ))
        }
        for (field, value) in [("productionAddress", draft.productionAddress), ("contactPerson", draft.contactPerson), ("contactPhone", draft.contactPhone)]
        where value.textLength > 200 {
            issues.append(FieldIssue(field: field, problem: .tooLong(maximum: 200)))
        }
        let renews = draft.renews.trimmingWhitespace()
        let renewed = renews.isEmpty ? nil : try? LicenseNumber(parsing: renews)
        if !renews.isEmpty, renewed == nil { issues.append(FieldIssue(field: "renews", problem: .invalidFormat)) }
        // A draft keeps the kind it was created as: its number says so.
        if (application.number.kind == .renewal) != (renewed != nil) { issues.append(FieldIssue(field: "renews", problem: .notAllowed)) }
        let change = Self.change(from: draft, issues: &issues)
        if [CaseKind.change, .reissue].contains(application.number.kind) != (change != nil) || (change.map { $0.kind.caseKind != application.number.kind } ?? false) {
            issues.append(FieldIssue(field: "change", problem: .notAllowed))
        }
        try InvalidInput.check(issues)
        application.change = change
        application.renewal = renewed.map {
            Renewal(certificate: $0, conditionsUnchanged: draft.conditionsUnchanged, noViolationProof: draft.noViolationProof.trimmingWhitespace())
        }
        application.units = units
        application.reports = reports
        application.form = ApplicationForm(
            productionAddress: draft.productionAddress.trimmingWhitespace(), contactPerson: draft.contactPerson.trimmingWhitespace(),
            contactPhone: draft.contactPhone.trimmingWhitespace()
        )
        let signatory = draft.commitmentSignatory.trimmingWhitespace()
        if signatory.isEmpty {
            application.commitment = nil
        } else if application.commitment?.signatory != signatory {
            application.commitment = Commitment(signatory: signatory, signedAt: now)
        }
    }
}
