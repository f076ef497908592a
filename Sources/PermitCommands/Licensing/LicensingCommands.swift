import Foundation
import PermitCore
import PermitStore

/// 工业产品生产许可 under the simplified procedure: the enterprise's online
/// application, and the bureau's decisions on it, each a step of the
/// `license-application` case on the recording engine, through the ledger.
public enum LicensingCommands {
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

            public init(unit: String, kind: String, number: String, laboratory: String, issuedOn: String, passed: Bool) {
                self.unit = unit
                self.kind = kind
                self.number = number
                self.laboratory = laboratory
                self.issuedOn = issuedOn
                self.passed = passed
            }
        }
    }

    /// An application with what still keeps it from being submitted.
    public struct View: Sendable {
        public let application: LicenseApplication
        public let problems: [ApplicationProblem]

        public init(application: LicenseApplication, problems: [ApplicationProblem]) {
            self.application = application
            self.problems = problems
        }
    }

    /// The enterprise's user starts an application for its own enterprise.
    /// Sent again with the same `requestKey` (a retry after a lost answer),
    /// it returns the application the first request made.
    public static func create(_ draft: Draft, requestKey: String? = nil, in context: CommandContext) async throws -> View {
        let user = try context.requireUser()
        guard user.role == .enterprise, let code = user.organisation else { throw CommandError.denied(.roleNotPermitted(user.role)) }
        if let requestKey, requestKey.isEmpty || requestKey.textLength > 255 {
            throw InvalidInput([FieldIssue(field: "Idempotency-Key", problem: .outOfRange(minimum: 1, maximum: 255))])
        }
        let (now, actor) = (context.now, context.actor.reference)
        let application = try await context.store.write { transaction in
            if let requestKey, let earlier = try await transaction.application(of: code, requestKey: requestKey) { return earlier }
            guard let enterprise = try await transaction.enterprise(creditCode: code) else { throw CommandError.notFound }
            let changeKind = CertificateChange.Kind(rawValue: draft.change)
            let kind: CaseKind = changeKind?.caseKind ?? (draft.renews.trimmingWhitespace().isEmpty ? .application : .renewal)
            let number = try await transaction.nextCaseNumber(kind, year: CivilDate(now).year)
            var application = LicenseApplication(
                number: number, applicant: CaseSubject(kind: .enterprise, creditCode: code, name: enterprise.name),
                district: enterprise.registeredDistrict, units: [], form: ApplicationForm(productionAddress: "", contactPerson: "", contactPhone: ""),
                createdAt: now, createdBy: actor
            )
            try fill(&application, from: draft, at: now)
            try await transaction.save(application, requestKey: requestKey, by: actor, at: now)
            return application
        }
        return try await view(of: application, in: context)
    }

    /// The enterprise changes its draft, or its answer to a correction.
    public static func update(_ number: String, with draft: Draft, in context: CommandContext) async throws -> View {
        let (now, actor) = (context.now, context.actor.reference)
        let application = try await context.store.write { transaction in
            var application = try await ownApplication(number, in: transaction, context: context)
            application = try ApplicationMachine.apply(.edit, to: application)
            try fill(&application, from: draft, at: now)
            try await transaction.save(application, by: actor, at: now)
            return application
        }
        return try await view(of: application, in: context)
    }

    /// An application for its enterprise, or for the officers of its district.
    public static func show(_ number: String, in context: CommandContext) async throws -> View {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number), let application = try await context.store.licensing.application(caseNumber) else {
            throw CommandError.notFound
        }
        guard mayRead(application, user) else { throw CommandError.notFound }
        return try await view(of: application, in: context)
    }

    /// The applications someone works with: an enterprise's own, or those
    /// of the officer's district (all, for the city bureau), latest first.
    public static func list(in context: CommandContext, limit: Int = 200) async throws -> [LicenseApplication] {
        let user = try context.requireUser()
        switch user.role {
        case .enterprise:
            guard let code = user.organisation else { return [] }
            return try await context.store.licensing.applications(of: code)
        case .cityOfficer, .auditor:
            return try await context.store.licensing.applications(in: nil, limit: limit)
        case .districtOfficer:
            guard let district = user.district else { return [] }
            return try await context.store.licensing.applications(in: [district], limit: limit)
        default:
            throw CommandError.denied(.roleNotPermitted(user.role))
        }
    }

    /// Submits, once nothing is missing: the first time opens the case under
    /// the application's number; after a correction it starts its clock again.
    public static func submit(_ number: String, in context: CommandContext) async throws -> View {
        let (now, actor) = (context.now, context.actor.reference)
        let laboratories = try await registeredLaboratories(context.store)
        let application = try await context.store.write { transaction in
            let current = try await ownApplication(number, in: transaction, context: context)
            let held = try await current.certificateConcerned.asyncMap { number in
                licenceHeld(number, certificate: try await transaction.certificate(number),
                            enterprise: try await transaction.enterprise(creditCode: current.applicant.creditCode))
            } ?? nil
            let problems = ApplicationCheck.problems(
                of: current, catalogue: try await transaction.catalogue(), laboratories: laboratories, today: CivilDate(now)
            ) + ApplicationCheck.renewalProblems(of: current, concerning: held, today: CivilDate(now))
            let next = try ApplicationMachine.apply(.submit(problems: problems), to: current)
            if current.status == .draft {
                try await CaseSteps.open(for: next, in: transaction, by: actor, at: now, ids: context.ids)
            } else {
                try await CaseSteps.run([.resumeClock], on: next.number, in: transaction, by: actor, at: now)
            }
            try await transaction.save(next, by: actor, at: now)
            return next
        }
        return try await view(of: application, in: context)
    }

    static func view(of application: LicenseApplication, in context: CommandContext) async throws -> View {
        guard application.status == .draft || application.status == .correctionRequested else { return View(application: application, problems: []) }
        let today = CivilDate(context.now)
        let held = try await application.certificateConcerned.asyncMap { number in
            licenceHeld(number, certificate: try await context.store.licensing.certificate(number)?.0,
                        enterprise: try await context.store.enterprises.enterprise(creditCode: application.applicant.creditCode))
        } ?? nil
        let problems = ApplicationCheck.problems(
            of: application, catalogue: try await context.store.catalogue.catalogue(),
            laboratories: try await registeredLaboratories(context.store), today: today
        ) + ApplicationCheck.renewalProblems(of: application, concerning: held, today: today)
        return View(application: application, problems: problems)
    }

    /// The licence `number` as the register has it, else as the registry
    /// records the enterprise holding it from before (存量证书).
    static func licenceHeld(_ number: LicenseNumber, certificate: Certificate?, enterprise: Enterprise?) -> LicenceHeld? {
        if let certificate { return LicenceHeld(certificate) }
        guard let enterprise, let holding = enterprise.holding(number) else { return nil }
        return LicenceHeld(holding, of: enterprise.creditCode)
    }

    /// 资质认定: the laboratories the bureau registered. Until CMA
    /// qualification is its own capability, registration stands for it.
    static func registeredLaboratories(_ store: Store) async throws -> Set<UnifiedSocialCreditCode> {
        Set(try await store.agencies.all().map(\.creditCode))
    }

    static func mayRead(_ application: LicenseApplication, _ user: User) -> Bool {
        if user.role == .enterprise { return user.organisation == application.applicant.creditCode }
        return AccessPolicy.decide(.user(user), .viewCases, on: .district(application.district)) == .allow
    }

    static func ownApplication(_ number: String, in transaction: WriteTransaction, context: CommandContext) async throws -> LicenseApplication {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number), let application = try await transaction.application(caseNumber) else {
            throw CommandError.notFound
        }
        guard mayRead(application, user) else { throw CommandError.notFound }
        guard user.role == .enterprise else { throw CommandError.denied(.roleNotPermitted(user.role)) }
        return application
    }

    /// The change a draft describes, if any; what cannot be read is an issue.
    private static func change(from draft: Draft, issues: inout [FieldIssue]) -> CertificateChange? {
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
    private static func fill(_ application: inout LicenseApplication, from draft: Draft, at now: Date) throws {
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
            reports.append(TestReport(unit: unit, kind: kind, number: number, laboratory: laboratory, issuedOn: issued, passed: report.passed))
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
