import Foundation
import PermitCore
import PermitStore

extension LicensingCommands {
    /// What a grant produced: the application, its certificate, and the
    /// post-licence on-site review case opened for it (LIC-9).
    public struct Grant: Sendable {
        public let application: LicenseApplication
        public let certificate: Certificate
        /// Nil for a renewal on the reduced path, which has none (LIC-10).
        public let onSiteReview: CaseNumber?
    }

    /// 受理: the acceptance notice (受理通知书) is the node's record.
    public static func accept(_ number: String, in context: CommandContext) async throws -> LicenseApplication {
        try await decide(number, in: context) { application, officer, transaction, now, actor in
            let next = try ApplicationMachine.apply(.accept(by: officer), to: application)
            try await CaseSteps.run([
                CaseSteps.document(
                    LicensingDocuments.acceptance(next, on: CivilDate(now)), titled: "受理通知书", at: "acceptance", ids: context.ids, by: actor, at: now
                ),
                .complete(NodeKey(rawValue: "acceptance")!),
            ], on: next.number, in: transaction, by: actor, at: now)
            return (next, next)
        }
    }

    /// 不予受理: the decision letter with its reason; the case ends there.
    public static func refuseAcceptance(_ number: String, reason: String, in context: CommandContext) async throws -> LicenseApplication {
        try await decide(number, in: context) { application, _, transaction, now, actor in
            let next = try ApplicationMachine.apply(.refuseAcceptance(reason: reason), to: application)
            let ended = "不予受理：\(next.refusalReason ?? "")"
            try await CaseSteps.run([
                CaseSteps.document(
                    LicensingDocuments.acceptanceRefusal(next, on: CivilDate(now)), titled: "不予受理决定书", at: "acceptance", ids: context.ids,
                    by: actor, at: now
                ),
                .complete(NodeKey(rawValue: "acceptance")!),
                .markNotApplicable(NodeKey(rawValue: "decision")!, reason: ended),
                .markNotApplicable(NodeKey(rawValue: "issuance")!, reason: ended),
            ], on: next.number, in: transaction, by: actor, at: now)
            return (next, next)
        }
    }

    /// 补正: everything to correct, told once; the case's clock stands
    /// until the enterprise submits again.
    public static func requestCorrection(_ number: String, items: String, in context: CommandContext) async throws -> LicenseApplication {
        try await decide(number, in: context) { application, _, transaction, now, actor in
            let next = try ApplicationMachine.apply(.requestCorrection(items: items), to: application)
            try await CaseSteps.run([
                CaseSteps.document(
                    LicensingDocuments.correction(next, on: CivilDate(now)), titled: "补正材料通知书", at: "acceptance", ids: context.ids, by: actor, at: now
                ),
                .pauseClock(reason: "补正：\(next.correction ?? "")"),
            ], on: next.number, in: transaction, by: actor, at: now)
            return (next, next)
        }
    }

    /// 不予行政许可, with reasons; the letter is served as the issuance.
    public static func refuse(_ number: String, reason: String, in context: CommandContext) async throws -> LicenseApplication {
        try await decide(number, in: context) { application, _, transaction, now, actor in
            let next = try ApplicationMachine.apply(.refuse(reason: reason), to: application)
            let letter = LicensingDocuments.refusal(next, on: CivilDate(now))
            try await CaseSteps.run([
                CaseSteps.document(letter, titled: "不予行政许可决定书", at: "decision", ids: context.ids, by: actor, at: now),
                .complete(NodeKey(rawValue: "decision")!),
                CaseSteps.document("不予行政许可决定书已推送至企业，视为送达。", titled: "送达", at: "issuance", ids: context.ids, by: actor, at: now),
                .complete(NodeKey(rawValue: "issuance")!),
            ], on: next.number, in: transaction, by: actor, at: now)
            return (next, next)
        }
    }

    /// 准予行政许可: the decision, the signed e-certificate pushed to the
    /// enterprise (served on delivery, LIC-7), and the on-site review case
    /// due within 30 working days, for the review agency where one is named.
    public static func grant(
        _ number: String, agency: String?, authority: CertificateAuthority, in context: CommandContext
    ) async throws -> Grant {
        let agencyCode = try agency.flatMap { text -> UnifiedSocialCreditCode? in
            guard !text.isEmpty else { return nil }
            guard let code = try? UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(text)) else {
                throw InvalidInput([FieldIssue(field: "agency", problem: .invalidFormat)])
            }
            return code
        }
        return try await decide(number, in: context) { application, _, transaction, now, actor in
            let next = try ApplicationMachine.apply(.grant, to: application)
            let catalogue = try await transaction.catalogue()
            guard let enterprise = try await transaction.enterprise(creditCode: next.applicant.creditCode) else { throw CommandError.notFound }
            let units = next.units.compactMap { id in catalogue.units.first { $0.id == id } }
            let holdings = try await transaction.certificates(heldBy: enterprise.creditCode).filter { $0.status == .valid }
            let concerned = try await next.certificateConcerned.asyncMap { number in
                try await transaction.certificate(number) ?? enterprise.holding(number).map {
                    try authority.registering($0, of: enterprise, catalogue: catalogue, caseNumber: next.number, now: now)
                }
            } ?? nil
            let today = CivilDate(now)
            var reviewed = true
            var certificate: Certificate
            if let renewal = next.renewal, let old = concerned {
                let appliedOn = try await transaction.case(next.number)?.openedOn ?? today
                // A blacklisted holder's word is not taken (一处失信处处受限):
                // its renewal is reviewed on site whatever it declares.
                let listed = try await transaction.blacklistEntries(of: enterprise.creditCode).contains { $0.isInForce(on: today) }
                let calendar = try await transaction.calendar()
                reviewed = listed || !renewal.isReduced(appliedOn: appliedOn, validUntil: old.validUntil, calendar: calendar)
                certificate = try authority.renewed(
                    old, adding: units, catalogue: catalogue, to: enterprise, productionAddress: next.form.productionAddress,
                    caseNumber: next.number, today: today, now: now
                )
            } else if let change = next.change, let old = concerned {
                reviewed = change.kind.isReviewedOnSite
                certificate = try authority.changed(old, by: change, productionAddress: next.form.productionAddress, caseNumber: next.number, today: today, now: now)
            } else {
                // 一企一证: new products go on the certificate already held —
                // in the register, or recorded in the registry from before it.
                let registered = try enterprise.licenses.first { $0.validUntil >= today }.map { holding in
                    try authority.registering(holding, of: enterprise, catalogue: catalogue, caseNumber: next.number, now: now)
                }
                certificate = try await authority.certificate(
                    granting: units, catalogue: catalogue, to: enterprise, productionAddress: next.form.productionAddress,
                    held: holdings.first ?? registered, caseNumber: next.number, today: today, now: now, in: transaction
                )
            }
            // 一企一证: whatever else the holder holds is merged into this one.
            let others = holdings.filter { $0.number != certificate.number }
            certificate = certificate.absorbing(others, keepingEarliestExpiry: next.renewal == nil)
            for other in others {
                try await transaction.setStatus(.merged, of: other.number, by: actor, at: now)
            }
            try await transaction.issue(certificate, note: try authority.signer.sign(certificate), by: actor, at: now)
            try await CaseSteps.run([
                CaseSteps.document(LicensingDocuments.grant(next, certificate: certificate, reviewed: reviewed), titled: "准予行政许可决定书", at: "decision", ids: context.ids, by: actor, at: now),
                .complete(NodeKey(rawValue: "decision")!),
                CaseSteps.document(
                    LicensingDocuments.issuance(certificate), titled: "电子证书送达", at: "issuance", ids: context.ids, by: actor, at: now
                ),
                .complete(NodeKey(rawValue: "issuance")!),
            ], on: next.number, in: transaction, by: actor, at: now)
            // A renewal on the reduced path is reissued without an on-site review.
            let review = reviewed
                ? try await openOnSiteReview(of: next, agency: agencyCode, in: transaction, by: actor, at: now, ids: context.ids) : nil
            return (next, Grant(application: next, certificate: certificate, onSiteReview: review))
        }
    }

    /// 证后监督性现场审查 (LIC-9), opened by the grant itself.
    private static func openOnSiteReview(
        of application: LicenseApplication, agency: UnifiedSocialCreditCode?, in transaction: WriteTransaction, by actor: ActorReference,
        at now: Date, ids: any IdentifierSource
    ) async throws -> CaseNumber {
        guard let definition = try await transaction.currentProcess(ProcessDefinition.licenseOnSiteReview.id) else { throw CommandError.notFound }
        let number = try await transaction.nextCaseNumber(definition.caseKind, year: CivilDate(now).year)
        let opened = CaseMachine(definition: definition).open(
            id: ids.next(CaseID.self), number: number, subject: application.applicant, district: application.district, team: [],
            agency: agency, by: actor, at: now
        )
        try await transaction.open(opened, by: actor, at: now)
        return number
    }

    /// Runs a bureau decision: the officer must act for the application's
    /// district; the application and its case change in one write.
    private static func decide<Outcome: Sendable>(
        _ number: String, in context: CommandContext,
        _ step: @escaping @Sendable (LicenseApplication, Username, WriteTransaction, Date, ActorReference) async throws -> (LicenseApplication, Outcome)
    ) async throws -> Outcome {
        let user = try context.requireUser()
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let caseNumber = try? CaseNumber(parsing: number), let application = try await transaction.application(caseNumber) else {
                throw CommandError.notFound
            }
            guard mayRead(application, user) else { throw CommandError.notFound }
            guard user.role == .cityOfficer || user.role == .districtOfficer else { throw CommandError.denied(.roleNotPermitted(user.role)) }
            try context.require(.openCases, on: .district(application.district))
            let (next, outcome) = try await step(application, user.username, transaction, now, actor)
            try await transaction.save(next, by: actor, at: now)
            return outcome
        }
    }
}
