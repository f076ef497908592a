import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The case pages: the list with the form to open a case, one case with
/// its nodes and the forms that move it, and the public process pages
/// with their flow charts (REC-12).
enum CasePages {
    static func navigation(for actor: Actor, _ language: Language) -> [(String, String)] {
        var entries = [(CaseURL.processes.path, CasePhrases.processesTitle.text(language))]
        if AccessPolicy.decide(actor, .viewCases, on: .installation) == .allow {
            entries.insert((CaseURL.cases.path, CasePhrases.title.text(language)), at: 0)
        }
        return actor.user == nil ? [] : entries
    }

    struct Option: Encodable, Sendable {
        let value: String
        let label: String
    }

    struct ListContent: Encodable, Sendable {
        let w: [String: String]
        let cases: [Row]
        let canOpen: Bool
        let processes: [Option]
        let errors: [String]
    }

    struct Row: Encodable, Sendable {
        let number: String
        let process: String
        let subject: String
        let status: String
        let openedAt: String
    }

    @Sendable static func list(req: Request) async throws -> Response {
        try await renderList(on: req, errors: [], status: .ok)
    }

    @Sendable static func open(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let process: String
            let subject: String
            let team: String?
            let agency: String?
        }
        let form = try req.decodeForm(Form.self)
        return try await req.submit {
            let team = (form.team ?? "").split(whereSeparator: { $0 == "," || $0 == "，" || $0.isWhitespace }).map(String.init)
            let opened = try await CaseCommands.open(
                .init(process: form.process, subject: form.subject, team: team, agency: form.agency), in: req.commandContext
            )
            return CaseURL.case(.value(opened.number.description)).path
        } orShowAgain: { errors, status in
            try await renderList(on: req, errors: errors, status: status)
        }
    }

    private static func renderList(on req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let views = try await CaseQueries.visible(in: req.commandContext)
        let rows = views.map { view in
            Row(
                number: view.case.number.description, process: view.definition.name.text(language), subject: view.case.subject.name,
                status: CasePhrases.caseStatus(view.case).text(language), openedAt: ShanghaiTime.format(view.case.openedAt)
            )
        }
        let processes = try await req.store.processes.current().map { Option(value: $0.id.rawValue, label: $0.name.text(language)) }
        let content = ListContent(
            w: words(language), cases: rows, canOpen: AccessPolicy.decide(req.actor, .openCases, on: .installation) == .allow,
            processes: processes, errors: errors
        )
        return try await Page(title: CasePhrases.title.text(language), content: content, request: req)
            .render(on: req, template: "cases", status: status)
    }

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
                        reviewAction: reviews && record.form.isAudioVisual
                            ? EvidenceURL.pageReview(.value(subject.number.description), record: .value(record.id.description)).path : nil
                    )
                } : [],
                problems: now.readable ? EvidenceReview.problems(at: node.id, in: subject).map { $0.message.text(language) } : [],
                textForm: TextForm.prescribed(for: node.id).map { form in
                    TextFormContent(
                        key: form.rawValue, title: form.name.text(language),
                        fields: form.fields.map { Option(value: "field-\($0.key)", label: $0.name.text(language)) }
                    )
                }
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
            acts: view.access == .act && !subject.isClosed, nodes: nodes,
            grounds: Exemption.Ground.allCases.map { Option(value: $0.rawValue, label: $0.name.text(language)) }, errors: errors,
            capture: view.access == .act && !EvidenceCommands.capturableNodes(of: view).isEmpty
                ? Option(value: CaptureURL.page(.value(subject.number.description)).path, label: CapturePhrases.link.text(language)) : nil
        )
        return try await Page(title: "\(CasePhrases.number.text(language)) \(subject.number)", content: content, request: req)
            .render(on: req, template: "case", status: status)
    }

    // MARK: public process pages

    struct ProcessesContent: Encodable, Sendable {
        let w: [String: String]
        let processes: [Option]
    }

    struct ProcessContent: Encodable, Sendable {
        let w: [String: String]
        let name: String
        let version: Int
        let svgHref: String
        let filing: String?
        let nodes: [ProcessNode]
    }

    struct ProcessNode: Encodable, Sendable {
        let stage: String
        let name: String
        let forms: String
        let whereApplicable: Bool
        let disclosed: Bool
        let deadline: String?
    }

    @Sendable static func processes(req: Request) async throws -> Response {
        let language = req.language
        let list = try await req.store.processes.current().map { Option(value: $0.id.rawValue, label: $0.name.text(language)) }
        return try await Page(title: CasePhrases.processesTitle.text(language), content: ProcessesContent(w: words(language), processes: list), request: req)
            .render(on: req, template: "processes")
    }

    @Sendable static func process(req: Request) async throws -> Response {
        let language = req.language
        let definition = try await definition(on: req)
        let dto = API.ProcessDTO(definition, language: language)
        let content = ProcessContent(
            w: words(language), name: dto.name, version: dto.version,
            svgHref: CaseURL.flowChart(.value(definition.id)).path(["version": definition.version, "lang": language.rawValue]),
            filing: dto.filing.map { "\(CasePhrases.filing.text(language))：\($0)" },
            nodes: definition.nodes.map { node in
                ProcessNode(
                    stage: node.stage.text(language), name: node.name.text(language),
                    forms: CasePhrases.requirements(node.requirements).text(language), whereApplicable: node.whereApplicable,
                    disclosed: node.disclosed, deadline: node.deadline?.wording(language)
                )
            }
        )
        return try await Page(title: dto.name, content: content, request: req).render(on: req, template: "process")
    }

    /// The flow chart, drawn from the definition each time it is asked for.
    @Sendable static func flowChart(req: Request) async throws -> Response {
        let definition = try await definition(on: req)
        let language = req.query[String.self, at: "lang"].flatMap(Language.init(rawValue:)) ?? req.language
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: FlowChart.svg(definition, language)))
    }

    /// `/processes/{process}`, at `?version=N` or the current version.
    static func definition(on req: Request) async throws -> ProcessDefinition {
        let versions = try await req.store.processes.all().filter { $0.id.rawValue == req.parameters.get("process") }
        guard let latest = versions.max(by: { $0.version < $1.version }) else { throw Abort(.notFound) }
        guard let text = req.query[String.self, at: "version"], !text.isEmpty else { return latest }
        guard let version = Int(text), String(version) == text, version > 0 else {
            throw InvalidInput([FieldIssue(field: "version", problem: .invalidFormat)])
        }
        guard let chosen = versions.first(where: { $0.version == version }) else { throw Abort(.notFound) }
        return chosen
    }

    /// The capability's words for its templates, in the request's language.
    static func words(_ language: Language) -> [String: String] {
        let all: [String: Bilingual] = [
            "title": CasePhrases.title, "openTitle": CasePhrases.openTitle, "process": CasePhrases.process,
            "subject": CasePhrases.subject, "team": CasePhrases.team, "agency": CasePhrases.agency, "open": CasePhrases.open,
            "number": CasePhrases.number, "status": CasePhrases.status, "openedAt": CasePhrases.openedAt,
            "node": CasePhrases.node, "stage": CasePhrases.stage, "forms": CasePhrases.forms, "missing": CasePhrases.missing,
            "due": CasePhrases.due, "records": CasePhrases.records, "noRecords": CasePhrases.noRecords, "noCases": CasePhrases.noCases,
            "addText": CasePhrases.addText, "label": CasePhrases.label, "text": CasePhrases.text, "add": CasePhrases.add,
            "exemptTitle": CasePhrases.exemptTitle, "ground": CasePhrases.ground, "statement": CasePhrases.statement,
            "exempt": CasePhrases.exempt, "notApplicableTitle": CasePhrases.notApplicableTitle, "reason": CasePhrases.reason,
            "markNotApplicable": CasePhrases.markNotApplicable, "complete": CasePhrases.complete,
            "closedNotice": CasePhrases.closedNotice, "filing": CasePhrases.filing, "paused": CasePhrases.paused,
            "flowChart": CasePhrases.flowChart, "disclosed": CasePhrases.disclosed, "whereApplicable": CasePhrases.whereApplicable,
            "version": CasePhrases.version, "exemption": CasePhrases.exemption, "followOnly": CasePhrases.followOnly,
            "processesTitle": CasePhrases.processesTitle, "subjectShown": CasePhrases.subjectShown, "teamShown": CasePhrases.teamShown,
            "superseded": Bilingual("（已被更正）", en: "(corrected)"), "download": Bilingual("下载原件", en: "download the original"), "print": Bilingual("A4 打印", en: "print (A4)"), "fillIn": Bilingual("填写", en: "Fill in"),
            "evidenceProblems": Bilingual("完成本节点前请核对：", en: "Check before completing this node:"),
            "approve": Bilingual("认可", en: "Approve"), "return": Bilingual("退回", en: "Return"),
            "returnReason": Bilingual("退回原因", en: "Reason for returning"),
        ]
        return all.mapValues { $0.text(language) }
    }
}
