import Foundation
import PermitCommands
import PermitCore
import Vapor

/// A task's follow-ups and, while it is a reported failure, the form that
/// records one (phone width, no script).
enum InspectionFollowUpPage {
    struct Line: Encodable, Sendable {
        let kind, matter, evidence, recordedAt: String
        let deadline: String?
        let openedHref: String?
        let opened: String?
    }

    struct Choice: Encodable, Sendable {
        let value, label: String
    }

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let caseNumber, enterprise, result, taskHref: String
        let followUps: [Line]
        let action: String?
        let kinds: [Choice]
        let errors: [String]
    }

    static let words: [Language: [String: String]] = [
        .zhHans: [
            "title": "后续处置", "none": "尚无后续处置记录。", "needed": "检查结论不合格，需要后续处置。", "kind": "处置方式", "matter": "事由",
            "evidence": "证据材料（移送稽查时必填）", "deadline": "整改期限（责令整改时必填）", "record": "记录后续处置", "opened": "已开立案件",
            "task": "返回检查任务", "result": "检查结果",
        ],
        .en: [
            "title": "Follow-up", "none": "No follow-up recorded yet.", "needed": "The task failed and needs follow-up.", "kind": "Follow-up",
            "matter": "Matter", "evidence": "Evidence (required for a referral)", "deadline": "Deadline (required for a rectification)",
            "record": "Record the follow-up", "opened": "Case opened", "task": "Back to the task", "result": "Result",
        ],
    ]

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], status: .ok)
    }

    @Sendable static func record(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: form["csrf"])
        let number = InspectionTasksAPIController.number(req)
        return try await req.submit {
            _ = try await InspectionFollowUpCommands.record(number, .init(
                kind: form["kind"] ?? "", matter: form["matter"], evidence: form["evidence"], deadline: form["deadline"]
            ), in: req.commandContext)
            return InspectionFollowUpURL.page(.value(number)).path
        } orShowAgain: { errors, status in try await render(req, errors: errors, status: status) }
    }

    private static func render(_ req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let w = words[language] ?? [:]
        let (task, followUps) = try await InspectionFollowUpCommands.list(InspectionTasksAPIController.number(req), in: req.commandContext)
        let number = task.caseNumber.description
        let user = req.actor.user
        let officer = user.map { ($0.role == .cityOfficer || $0.role == .districtOfficer) && ($0.role == .cityOfficer || $0.district == task.district) } ?? false
        let lines = followUps.map { followUp in
            Line(
                kind: followUp.kind.name.text(language), matter: followUp.matter, evidence: followUp.evidence,
                recordedAt: CivilDate(followUp.recordedAt).description, deadline: followUp.deadline?.description,
                openedHref: followUp.opened.map { CaseURL.case(.value($0.description)).path }, opened: followUp.opened?.description
            )
        }
        let content = Content(
            w: w, caseNumber: number, enterprise: task.enterpriseName,
            result: task.report.map { "\($0.conclusion.name.text(language)) · \($0.problems)" } ?? InspectionTaskPages.state(task).text(language),
            taskHref: InspectionTaskURL.task(.value(number)).path, followUps: lines,
            action: officer && task.report?.conclusion == .fail ? InspectionFollowUpURL.page(.value(number)).path : nil,
            kinds: FollowUpKind.allCases.map { Choice(value: $0.rawValue, label: $0.name.text(language)) }, errors: errors
        )
        return try await Page(title: "\(w["title"] ?? "") \(number)", content: content, request: req)
            .render(on: req, template: "inspection-follow-ups", status: status)
    }
}
