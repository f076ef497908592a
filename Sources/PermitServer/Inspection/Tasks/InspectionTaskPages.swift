import Foundation
import PermitCommands
import PermitCore
import Vapor

/// The inspector's phone pages (390 px, no script): the tasks they are on,
/// each task with the declaration, the two forms, signing and reporting.
enum InspectionTaskPages {
    struct Line: Encodable, Sendable {
        let href, caseNumber, enterprise, state, due: String
    }

    struct ListContent: Encodable, Sendable {
        let w: [String: String]
        let tasks: [Line]
        let dashboard: String
    }

    struct Member: Encodable, Sendable {
        let name, certificate, declared: String
    }

    struct FormState: Encodable, Sendable {
        let title, state, href, print: String
        let signAction: String?
        let digest: String?
    }

    struct NotCheckedGround: Encodable, Sendable {
        let value, label: String
    }

    struct TaskContent: Encodable, Sendable {
        let w: [String: String]
        let caseNumber, enterprise, creditCode, checksDueOn, state, caseHref: String
        let reportDue: String?
        let team: [Member]
        let declareAction: String?
        let commitment: String
        let forms: [FormState]
        let captureHref: String?
        let photos: Int
        let reportAction: String?
        let notCheckedAction: String?
        let grounds: [NotCheckedGround]
        let today: String
        let result: String?
        let errors: [String]
    }

    static let words: [Language: [String: String]] = [
        .zhHans: [
            "mine": "我的抽查任务", "none": "暂无派给您的检查任务。", "dashboard": "完成率与公示率", "team": "检查组", "declare": "作出承诺",
            "declaration": "出示执法证件并作出廉洁承诺", "integrity": "我承诺遵守检查纪律（廉洁承诺）", "shown": "我已向企业出示执法证件",
            "forms": "一企两表", "fill": "填写", "print": "打印（A4）", "sign": "签名确认此版本", "report": "上报并公示检查结果",
            "photos": "设备照片", "capture": "上传设备照片（现场采集）", "due": "现场检查截止", "reportDue": "结果公示截止", "case": "案件记录",
            "result": "检查结果", "notChecked": "未检查（停产/转产）", "ground": "原因类别", "reason": "情况说明", "foundOn": "发现日期",
            "recordNotChecked": "记录未检查并公示",
        ],
        .en: [
            "mine": "My inspection tasks", "none": "No task has been dispatched to you.", "dashboard": "Completion and publication rates",
            "team": "Team", "declare": "Declare", "declaration": "Show the certificate and make the integrity commitment",
            "integrity": "I make the integrity commitment", "shown": "I have shown my enforcement certificate", "forms": "The two forms",
            "fill": "Fill in", "print": "Print (A4)", "sign": "Sign this version", "report": "Report and publish the result", "photos": "Device photos",
            "capture": "Upload device photos (field capture)", "due": "On-site check due", "reportDue": "Result due", "case": "Case record",
            "result": "Result", "notChecked": "Not checked (stopped or converted)", "ground": "Ground", "reason": "What was found",
            "foundOn": "Found on", "recordNotChecked": "Record as not checked and publish",
        ],
    ]

    @Sendable static func mine(req: Request) async throws -> Response {
        let language = req.language
        let lines = try await InspectionTaskCommands.mine(in: req.commandContext).map { task in
            Line(
                href: InspectionTaskURL.task(.value(task.caseNumber.description)).path, caseNumber: task.caseNumber.description,
                enterprise: task.enterpriseName, state: state(task).text(language), due: task.checksDueOn.description
            )
        }
        let content = ListContent(w: words[language] ?? [:], tasks: lines, dashboard: InspectionTaskURL.dashboard.path)
        return try await Page(title: (words[language] ?? [:])["mine"] ?? "", content: content, request: req).render(on: req, template: "inspection-tasks")
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], status: .ok)
    }

    @Sendable static func declare(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: form["csrf"])
        let number = InspectionTasksAPIController.number(req)
        return try await req.submit {
            _ = try await InspectionTaskCommands.declare(
                number, integrityCommitment: form["integrity"] == "on", certificateShown: form["shown"] == "on", in: req.commandContext
            )
            return InspectionTaskURL.task(.value(number)).path
        } orShowAgain: { errors, status in try await render(req, errors: errors, status: status) }
    }

    @Sendable static func sign(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: form["csrf"])
        let number = InspectionTasksAPIController.number(req)
        return try await req.submit {
            guard let kind = TaskFormKind(rawValue: req.parameters.get("form") ?? "") else { throw CommandError.notFound }
            _ = try await InspectionTaskCommands.sign(number, form: kind, digest: form["digest"] ?? "", in: req.commandContext)
            return InspectionTaskURL.task(.value(number)).path
        } orShowAgain: { errors, status in try await render(req, errors: errors, status: status) }
    }

    @Sendable static func report(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: form["csrf"])
        let number = InspectionTasksAPIController.number(req)
        return try await req.submit {
            _ = try await InspectionTaskCommands.report(number, in: req.commandContext)
            return InspectionTaskURL.task(.value(number)).path
        } orShowAgain: { errors, status in try await render(req, errors: errors, status: status) }
    }

    @Sendable static func notChecked(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: form["csrf"])
        let number = InspectionTasksAPIController.number(req)
        return try await req.submit {
            _ = try await InspectionTaskCommands.notChecked(
                number, ground: form["ground"], reason: form["reason"], foundOn: form["foundOn"], in: req.commandContext
            )
            return InspectionTaskURL.task(.value(number)).path
        } orShowAgain: { errors, status in try await render(req, errors: errors, status: status) }
    }

    static func state(_ task: InspectionTask) -> Bilingual {
        if let report = task.report { return Bilingual("已公示：\(report.conclusion.name.zhHans)", en: "Published: \(report.conclusion.name.en)") }
        if task.isChecked { return Bilingual("已检查，待上报公示", en: "Checked, to report") }
        if task.recordForm != nil || task.equipmentForm != nil { return Bilingual("填写中", en: "Being filled in") }
        return Bilingual("待检查", en: "To inspect")
    }

    private static func render(_ req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let w = words[language] ?? [:]
        let view = try await InspectionTaskCommands.view(InspectionTasksAPIController.number(req), in: req.commandContext)
        let task = view.task
        let number = task.caseNumber.description
        let declared = view.member.map { task.hasDeclared($0.certificate) } ?? false
        let forms = TaskFormKind.allCases.map { kind -> FormState in
            let digest = kind == .record ? task.recordForm?.digest : task.equipmentForm?.digest
            let signed = view.member.map { member in !task.unsigned(kind).contains(member) } ?? true
            let stateText: Bilingual = if digest == nil { Bilingual("未填写", en: "Not filled in") }
                else if task.isFinal(kind) { Bilingual("检查组已全部签名", en: "Signed by the whole team") }
                else { Bilingual("待签名：" + task.unsigned(kind).map(\.name).joined(separator: "、"), en: "Awaiting: " + task.unsigned(kind).map(\.name).joined(separator: ", ")) }
            let href = kind == .record ? InspectionTaskURL.recordForm(.value(number)).path : InspectionTaskURL.equipmentForm(.value(number)).path
            return FormState(
                title: kind.name.text(language), state: stateText.text(language), href: href,
                print: InspectionTaskURL.print(.value(number), .value(kind.rawValue)).path,
                signAction: view.mayFill && declared && digest != nil && !signed ? InspectionTaskURL.sign(.value(number), .value(kind.rawValue)).path : nil,
                digest: digest
            )
        }
        let content = TaskContent(
            w: w, caseNumber: number, enterprise: task.enterpriseName, creditCode: task.enterprise.rawValue, checksDueOn: task.checksDueOn.description,
            state: state(task).text(language), caseHref: CaseURL.case(.value(number)).path, reportDue: view.reportDue?.description,
            team: task.team.map {
                Member(name: $0.name, certificate: $0.certificate, declared: task.hasDeclared($0.certificate) ? "✓ " + (w["declare"] ?? "") : "—")
            },
            declareAction: view.mayFill && !declared ? InspectionTaskURL.declaration(.value(number)).path : nil,
            commitment: TaskDeclaration.commitment.text(language), forms: forms,
            captureHref: view.mayFill ? CaptureURL.page(.value(number)).path : nil, photos: view.photos.count,
            reportAction: view.mayReport ? InspectionTaskURL.report(.value(number)).path : nil,
            notCheckedAction: view.mayRecordNotChecked ? InspectionTaskURL.notChecked(.value(number)).path : nil,
            grounds: TaskNotChecked.Ground.allCases.map { NotCheckedGround(value: $0.rawValue, label: $0.name.text(language)) },
            today: CivilDate(req.commandContext.now).description,
            result: task.report.map { report in
                [report.conclusion.name.text(language), report.notChecked.map { _ in report.problems }, report.publishedOn.description]
                    .compactMap { $0 }.joined(separator: " · ")
            }, errors: errors
        )
        return try await Page(title: "\(number) \(task.enterpriseName)", content: content, request: req).render(on: req, template: "inspection-task", status: status)
    }
}

extension InspectionTaskPages {
    /// Inspectors reach their tasks from the menu; the bureau and the
    /// auditor the rates.
    static func navigation(for actor: Actor, _ language: Language) -> [(String, String)] {
        guard let user = actor.user else { return [] }
        switch user.role {
        case .inspector: return [(InspectionTaskURL.tasks.path, Bilingual("抽查任务", en: "Inspection tasks").text(language))]
        case .cityOfficer, .districtOfficer, .auditor: return [(InspectionTaskURL.dashboard.path, Bilingual("抽查完成率", en: "Inspection rates").text(language))]
        default: return []
        }
    }
}
