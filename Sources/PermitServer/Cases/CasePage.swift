import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// One case: its nodes, their records and the forms that move it.
extension CasePages {
    struct CaseContent: Encodable, Sendable {
        let w: [String: String]
        let number: String
        let process: String
        let processHref: String
        let subject: String
        let status: String
        let openedAt: String
        let team: String
        let closed: Bool
        let filing: String?
        let paused: Bool
        let readsRecords: Bool
        let acts: Bool
        let nodes: [NodeContent]
        let grounds: [Option]
        let errors: [String]
        /// The way to the field-capture page, for those who act on the case
        /// while a node still takes photos, videos or paper documents.
        let capture: Option?
        /// The page of its own steps, for a case the general forms do not
        /// settle (a random-inspection task, an inspection, sampling or interview).
        let ownSteps: Option?
        /// An on-site review's check: times, devices, continuity (REC-4, REC-5, REC-7).
        let check: CheckContent?
    }

    struct NodeContent: Encodable, Sendable {
        let id: String
        let name: String
        let stage: String
        let status: String
        let open: Bool
        let forms: String
        let missing: String?
        let due: String
        let overdue: Bool
        let canExempt: Bool
        let canSkip: Bool
        let exemption: String?
        let notApplicableReason: String?
        let records: [RecordContent]
        /// What to look at before completing (REC-4, REC-5, REC-7).
        let problems: [String]
        /// The prescribed form this node's written record is filled in on.
        let textForm: TextFormContent?
        /// For a node marked 网站公示: published when, or awaiting approval,
        /// and the officers' approval form.
        let publication: String?
        let publishAction: String?
    }

    struct TextFormContent: Encodable, Sendable {
        let key: String
        let title: String
        let fields: [Option]
    }

    struct RecordContent: Encodable, Sendable {
        let form: String
        let label: String
        let text: String?
        let by: String
        let at: String
        let superseded: Bool
        /// For an original: what was read from it, and where to download it.
        let facts: String?
        let contentHref: String?
        /// A written record's A4 page.
        let printHref: String?
        /// The review agency's standing review, and where its reviewers send theirs.
        let review: String?
        let reviewAction: String?
        /// A video's statements and, for those acting, where to mark one.
        let statements: [StatementContent]?
        let tickAction: String?
        let tickItems: [Option]
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await renderCase(on: req, errors: [], status: .ok)
    }

    /// One handler for each form on the case page: each runs its command and
    /// comes back to the case, or shows the page again with the reason.
    @Sendable static func act(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let text: String?
            let label: String?
            let ground: String?
            let statement: String?
            let reason: String?
            /// A prescribed form (`TextForm`) and its fields, sent as `field-<key>`.
            let form: String?
        }
        let form = try req.decodeForm(Form.self)
        let fields = ((try? req.content.decode([String: String].self)) ?? [:]).reduce(into: [String: String]()) { fields, pair in
            if pair.key.hasPrefix("field-") { fields[String(pair.key.dropFirst(6))] = pair.value }
        }
        let number = try CasesAPIController.number(req), node = try CasesAPIController.node(req)
        let action = req.parameters.get("action") ?? ""
        let context = req.commandContext
        return try await req.submit {
            switch action {
            case "records" where form.form != nil:
                _ = try await CaseCommands.addForm(form.form ?? "", fields: fields, label: form.label, to: node, of: number, in: context)
            case "records":
                _ = try await CaseCommands.addText(form.text ?? "", label: form.label ?? "", to: node, of: number, in: context)
            case "exemptions":
                guard let ground = Exemption.Ground(rawValue: form.ground ?? "") else {
                    throw InvalidInput([FieldIssue(field: "ground", problem: .unknownValue(form.ground ?? ""))])
                }
                _ = try await CaseCommands.exempt(node, of: number, ground: ground, statement: form.statement ?? "", in: context)
            case "not-applicable":
                _ = try await CaseCommands.markNotApplicable(node, of: number, reason: form.reason ?? "", in: context)
            case "complete":
                _ = try await CaseCommands.complete(node, of: number, in: context)
            default:
                throw Abort(.notFound)
            }
            return CaseURL.case(.value(number)).path([:], fragment: "node-\(node)")
        } orShowAgain: { errors, status in
            try await renderCase(on: req, errors: errors, status: status)
        }
    }

    static func renderCase(on req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let view = try await CaseCommands.view(try CasesAPIController.number(req), in: req.commandContext)
        let today = CivilDate(req.now)
        let subject = view.case
        let reviews = req.actor.user.map { RecordReview.mayReview($0, on: subject) } ?? false
        let acting = view.access == .act && !subject.isClosed
        let published = view.access >= .read ? try await req.store.disclosures.of(subject.number) : []
        let publishes = req.actor.user.map { DisclosureRules.mayApprove($0, on: subject) } ?? false
        let nodes = view.definition.nodes.map { node -> NodeContent in
            let state = subject.node(node.id), now = view.state(of: node.id, today: today)
            let open = now.status == .open
            return NodeContent(
                id: node.id.rawValue, name: node.name.text(language), stage: node.stage.text(language),
                status: CasePhrases.status(now.status).text(language), open: open,
                forms: CasePhrases.requirements(node.requirements).text(language),
                missing: now.missing.isEmpty ? nil : CasePhrases.requirements(now.missing).text(language),
                due: node.deadline == nil ? "—" : CasePhrases.standing(now.standing, today: today, undetermined: now.undetermined).text(language),
                overdue: now.overdue,
                canExempt: open && node.requirements.contains(where: \.isAudioVisual) && state?.exemption == nil,
                canSkip: open && node.whereApplicable,
                exemption: state?.exemption.map {
                    "\($0.ground.name.text(language))：" + (now.readable ? "\($0.statement)（\(CasePhrases.actor($0.recordedBy))）" : "—")
                },
                notApplicableReason: now.readable ? state?.notApplicableReason : nil,
                records: now.readable ? subject.records.filter { $0.node == node.id }.map { record in
                    RecordContent(
                        form: record.form.name.text(language), label: record.label, text: record.text, by: CasePhrases.actor(record.recordedBy),
                        at: ShanghaiTime.format(record.recordedAt), superseded: subject.records.contains { $0.supersedes == record.id },
                        facts: record.evidence.map { EvidencePhrases.facts($0).text(language) },
                        contentHref: record.sha256 == nil ? nil : EvidenceURL.download(.value(record.id.description)).path,
                        printHref: record.text == nil ? nil : EvidenceURL.print(.value(record.id.description)).path,
                        review: view.reviews[record.id].map { review in
                            review.decision.name.text(language) + (review.reason.map { "：\($0)" } ?? "")
                        },
                        reviewAction: reviews && record.form.isAudioVisual && record.recordedBy != req.actor.reference
                            ? EvidenceURL.pageReview(.value(subject.number.description), record: .value(record.id.description)).path : nil,
                        statements: statements(of: record, in: view, language),
                        tickAction: acting && !statementItems(of: record, language).isEmpty
                            ? EvidenceURL.pageStatements(.value(subject.number.description), record: .value(record.id.description)).path : nil,
                        tickItems: acting ? statementItems(of: record, language) : []
                    )
                } : [],
                problems: now.readable
                    ? EvidenceReview.problems(at: node.id, in: subject, evidence: view.evidence).map { $0.message.text(language) } : [],
                textForm: TextForm.prescribed(for: node.id).map { form in
                    TextFormContent(
                        key: form.rawValue, title: form.name.text(language),
                        fields: form.fields.map { Option(value: "field-\($0.key)", label: $0.name.text(language)) }
                    )
                },
                publication: publication(of: node, in: subject, published: published, language),
                publishAction: publishes && node.disclosed && !open && !published.contains { $0.node == node.id }
                    ? DisclosureURL.pageApprove(.value(subject.number.description), node: .value(node.id.rawValue)).path : nil
            )
        }
        var filing: String?
        if subject.isClosed, view.definition.filing != nil {
            filing = CasePhrases.standing(view.filing, today: today).text(language)
        }
        let content = CaseContent(
            w: words(language), number: subject.number.description, process: "\(view.definition.name.text(language)) · v\(view.definition.version)",
            processHref: CaseURL.process(.value(view.definition.id)).path(["version": view.definition.version]),
            subject: "\(subject.subject.name)（\(subject.subject.creditCode.rawValue)）",
            status: CasePhrases.caseStatus(subject).text(language), openedAt: ShanghaiTime.format(subject.openedAt),
            team: subject.team.isEmpty ? CasePhrases.none.text(language) : subject.team.map(\.displayName).joined(separator: "、"),
            closed: subject.isClosed, filing: filing, paused: subject.clock.isPaused, readsRecords: view.access >= .read,
            acts: acting, nodes: nodes,
            grounds: Exemption.Ground.allCases.map { Option(value: $0.rawValue, label: $0.name.text(language)) }, errors: errors,
            capture: view.access == .act && !EvidenceCommands.capturableNodes(of: view).isEmpty
                ? Option(value: CaptureURL.page(.value(subject.number.description)).path, label: CapturePhrases.link.text(language)) : nil,
            ownSteps: ownStepsLink(of: subject, language),
            check: checkContent(of: view, acting: acting, now: req.now, language)
        )
        return try await Page(title: "\(CasePhrases.number.text(language)) \(subject.number)", content: content, request: req)
            .render(on: req, template: "case", status: status)
    }

    private static func ownStepsLink(of subject: Case, _ language: Language) -> Option? {
        let number = Parameter.value(subject.number.description)
        if subject.process == RandomInspectionNodes.process {
            return Option(value: InspectionTaskURL.task(number).path, label: Bilingual("在抽查任务页面办理", en: "Handle on the task page").text(language))
        }
        if ProcessDefinition.supervision.contains(where: { $0.id == subject.process }) {
            return Option(value: OversightURL.case(number).path, label: Bilingual("在监督案件页面办理", en: "Handle on the supervision case page").text(language))
        }
        return nil
    }

    /// Where a 网站公示 node's publication stands, once it has an outcome.
    private static func publication(of node: NodeDefinition, in subject: Case, published: [Disclosure], _ language: Language) -> String? {
        guard node.disclosed, let status = subject.node(node.id)?.status, status == .complete || status == .exempted else { return nil }
        guard let done = published.first(where: { $0.node == node.id }) else { return DisclosurePages.awaiting.text(language) }
        return "\(DisclosurePages.published.text(language)) \(ShanghaiTime.format(done.approvedAt))"
    }
}
