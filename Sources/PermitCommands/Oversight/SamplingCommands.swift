import Foundation
import PermitCore
import PermitStore

/// 监督检验 (SUP-10): the samples are taken at random from passed products
/// with a slip, sent to a registered testing agency within 7 days (a late
/// dispatch is recorded and flagged, not refused), and the report in two
/// copies closes the case. Nothing is charged to the enterprise.
public enum SamplingCommands {
    public struct Opening: Sendable {
        public var enterprise: String
        public var team: [String]
        public var grounds: [String]
        public var groundNote: String?
        public var product: String?
        public var model: String?
        public var batch: String?
        public var quantity: String?
        public var sampledFrom: String?
        public var randomMethod: String?
        public var seal: String?

        public init(
            enterprise: String, team: [String], grounds: [String], groundNote: String?, product: String?, model: String?, batch: String?,
            quantity: String?, sampledFrom: String?, randomMethod: String?, seal: String?
        ) {
            self.enterprise = enterprise
            self.team = team
            self.grounds = grounds
            self.groundNote = groundNote
            self.product = product
            self.model = model
            self.batch = batch
            self.quantity = quantity
            self.sampledFrom = sampledFrom
            self.randomMethod = randomMethod
            self.seal = seal
        }
    }

    /// Opens the sampling case with its grounds and records the slip: the
    /// samples are taken today, which starts the 7 days.
    public static func open(_ opening: Opening, in context: CommandContext) async throws -> Case {
        let user = try context.requireUser()
        try context.require(.openCases)
        var issues: [FieldIssue] = []
        let (grounds, note) = SamplingRules.grounds(opening.grounds, note: opening.groundNote, into: &issues)
        let slip = SampleSlip.read(
            product: opening.product, model: opening.model, batch: opening.batch, quantity: opening.quantity, sampledFrom: opening.sampledFrom,
            randomMethod: opening.randomMethod, seal: opening.seal, into: &issues
        )
        try InvalidInput.check(issues)
        let (subject, district) = try await OversightSteps.supervised(opening.enterprise, by: user, context: context)
        let team = try await OversightSteps.team(opening.team, district: district, in: context)
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            let opened = try await OversightSteps.open(
                .supervisionSampling, subject: subject, district: district, team: team, basis: Sampling.groundsText(grounds, note: note),
                label: "抽样依据", in: transaction, context: context
            )
            let sampling = Sampling(
                caseNumber: opened.number, creditCode: subject.creditCode, enterpriseName: subject.name, district: district, grounds: grounds,
                groundNote: note, slip: slip, sampledOn: CivilDate(now)
            )
            let done = try await CaseSteps.run([
                CaseSteps.document(sampling.slipText, titled: "抽样单", at: "sampling", ids: context.ids, by: actor, at: now),
                .complete(OversightSteps.node("sampling")),
            ], on: opened.number, in: transaction, by: actor, at: now)
            try await transaction.insert(sampling, of: opened.id, by: actor, at: now)
            return done
        }
    }

    /// 寄送样品 to a registered testing agency on `sentOn`; after the 7 days
    /// it is kept and marked late.
    public static func dispatch(_ number: String, laboratory: String, sentOn: String, in context: CommandContext) async throws -> Sampling {
        guard let lab = try? UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(laboratory)) else {
            throw InvalidInput([FieldIssue(field: "laboratory", problem: laboratory.isEmpty ? .missing : .invalidFormat)])
        }
        return try await step(number, node: "dispatch", event: .samplesDispatched, label: "样品寄送", in: context) { sampling, transaction, today in
            guard let agency = try await transaction.agency(creditCode: lab) else {
                throw InvalidInput([FieldIssue(field: "laboratory", problem: .unknownValue(lab.rawValue))])
            }
            sampling.sentOn = try SamplingRules.dispatch(sentOn: sentOn, sampledOn: sampling.sampledOn, today: today)
            sampling.laboratoryCode = lab
            sampling.laboratoryName = agency.name
            return sampling.dispatchText
        }
    }

    /// 检验报告, 一式二份, and its result; the case closes. A failed result is
    /// a quality fact of the enterprise (`SamplingFacts`).
    public static func report(
        _ number: String, reportNumber: String?, issuedOn: String?, copies: Int?, passed: Bool?, summary: String?, in context: CommandContext
    ) async throws -> Sampling {
        try await step(number, node: "report", event: .samplingReported, label: "检验报告", in: context) { sampling, transaction, today in
            guard let sentOn = sampling.sentOn else { throw CaseRefusal.waitingFor(OversightSteps.node("report"), [OversightSteps.node("dispatch")]) }
            sampling.report = try SamplingRules.report(
                number: reportNumber, issuedOn: issuedOn, copies: copies, passed: passed, summary: summary, sentOn: sentOn, today: today
            )
            try await SamplingFacts.recordFailure(sampling, in: transaction, context: context)
            return sampling.reportText
        }
    }

    /// Runs one step of a sampling case: `change` fills in the sampling and
    /// returns the node's record; the record, the node and the row are
    /// written together.
    private static func step(
        _ number: String, node: String, event: DomainEvent.Kind, label: String, in context: CommandContext,
        _ change: @escaping @Sendable (inout Sampling, WriteTransaction, CivilDate) async throws -> String
    ) async throws -> Sampling {
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            let current = try await OversightSteps.acting(on: number, processes: [ProcessDefinition.supervisionSampling.id], in: transaction, context: context)
            guard var sampling = try await transaction.sampling(current.number) else { throw CommandError.notFound }
            let text = try await change(&sampling, transaction, CivilDate(now))
            try await CaseSteps.run([
                CaseSteps.document(text, titled: label, at: node, ids: context.ids, by: actor, at: now), .complete(OversightSteps.node(node)),
            ], on: current.number, in: transaction, by: actor, at: now)
            try await transaction.update(sampling, event, by: actor, at: now)
            return sampling
        }
    }
}
