import Foundation
import PermitCore
import PermitStore

/// 工业产品生产许可 under the simplified procedure: the enterprise's online
/// application, and the bureau's decisions on it, each a step of the
/// `license-application` case on the recording engine, through the ledger.
public enum LicensingCommands {
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
}
