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
            "checkTitle": EvidencePhrases.checkTitle, "checkNotStated": EvidencePhrases.checkNotStated,
            "period": EvidencePhrases.period, "devices": EvidencePhrases.devices, "recordingsDue": EvidencePhrases.recordingsDue,
            "continuity": EvidencePhrases.continuity, "continuous": EvidencePhrases.continuous, "stateCheck": EvidencePhrases.stateCheck,
            "startedAt": EvidencePhrases.startedAt, "endedAt": EvidencePhrases.endedAt, "productionDevices": EvidencePhrases.productionDevices,
            "inspectionDevices": EvidencePhrases.inspectionDevices, "labelledDevices": EvidencePhrases.labelledDevices,
            "save": EvidencePhrases.save, "statements": EvidencePhrases.statements, "notTicked": EvidencePhrases.notTicked,
            "tick": EvidencePhrases.tick, "tickAt": EvidencePhrases.tickAt, "approvePublication": DisclosurePages.approve,
        ]
        return all.mapValues { $0.text(language) }
    }
}
