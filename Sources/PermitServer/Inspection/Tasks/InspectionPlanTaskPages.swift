import Foundation
import PermitCommands
import PermitCore
import Vapor

/// The officers' side of a drawn plan: dispatch, the accounts the matched
/// inspectors sign in with, and each task's state; and the plan's public
/// results (PUB-1).
enum InspectionPlanTaskPages {
    struct TaskLine: Encodable, Sendable {
        let href, caseNumber, enterprise, district, team, state: String
    }

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let identifier, title, planHref, resultsHref: String
        let dispatchAction: String?
        let linkAction: String?
        let unlinked: [String]
        let tasks: [TaskLine]
        let carried: [CarriedLine]
        let errors: [String]
    }

    struct CarriedLine: Encodable, Sendable {
        let href, caseNumber, enterprise, fromPlan, reason: String
    }

    struct ResultLine: Encodable, Sendable {
        let enterprise, creditCode, district, checkedOn, publishedOn, conclusion, problems: String
    }

    struct ResultsContent: Encodable, Sendable {
        let w: [String: String]
        let identifier, title, planHref: String
        let results: [ResultLine]
    }

    static let words: [Language: [String: String]] = [
        .zhHans: [
            "tasks": "检查任务", "dispatch": "派发检查任务（一企两表）", "dispatchHint": "每户抽中企业派发一份检查任务，检查组为匹配的执法检查人员。",
            "unlinked": "以下执法证号尚未关联账号，关联后才能派发：", "link": "关联账号", "certificate": "执法证号", "username": "执法检查人员账号",
            "case": "案件编号", "enterprise": "企业", "district": "区划", "team": "检查组", "state": "状态", "none": "尚未派发。", "plan": "← 返回计划",
            "results": "抽查结果公示", "noResults": "尚无已公示的检查结果。", "checkedOn": "检查日期", "publishedOn": "公示日期", "conclusion": "检查结论",
            "problems": "发现的问题", "creditCode": "统一社会信用代码", "carried": "上期未检查，本期继续跟进",
            "carriedHint": "以下企业在此前计划中因停产、转产未检查，不进入本期抽取名录，另行跟踪检查。",
        ],
        .en: [
            "tasks": "Inspection tasks", "dispatch": "Dispatch the tasks (two forms each)",
            "dispatchHint": "One task per drawn enterprise; its team is the matched inspectors.",
            "unlinked": "These certificates have no account yet; link them before dispatching:", "link": "Link account",
            "certificate": "Certificate", "username": "Inspector's account", "case": "Case", "enterprise": "Enterprise", "district": "District",
            "team": "Team", "state": "State", "none": "Not dispatched yet.", "plan": "← Back to the plan", "results": "Published results",
            "noResults": "No result published yet.", "checkedOn": "Checked on", "publishedOn": "Published on", "conclusion": "Conclusion",
            "problems": "Problems found", "creditCode": "Credit code", "carried": "Not checked last time, followed up in this plan",
            "carriedHint": "Found stopped or converted in an earlier plan; followed up apart from this plan's draw pools.",
        ],
    ]

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], status: .ok)
    }

    @Sendable static func dispatch(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: form["csrf"])
        let identifier = req.parameters.get("plan") ?? ""
        return try await req.submit {
            _ = try await InspectionTaskCommands.dispatch(identifier, in: req.commandContext)
            return InspectionTaskURL.planTasks(.value(identifier)).path
        } orShowAgain: { errors, status in try await render(req, errors: errors, status: status) }
    }

    @Sendable static func linkAccount(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: form["csrf"])
        let identifier = req.parameters.get("plan") ?? ""
        return try await req.submit {
            _ = try await InspectionTaskCommands.linkAccount(certificate: form["certificate"] ?? "", username: form["username"] ?? "", in: req.commandContext)
            return InspectionTaskURL.planTasks(.value(identifier)).path
        } orShowAgain: { errors, status in try await render(req, errors: errors, status: status) }
    }

    @Sendable static func results(req: Request) async throws -> Response {
        let language = req.language
        let (plan, results) = try await InspectionTaskCommands.published(req.parameters.get("plan") ?? "", in: req.commandContext)
        let wording = try await LedgerWording(req)
        let content = ResultsContent(
            w: words[language] ?? [:], identifier: plan.identifier, title: plan.title, planHref: InspectionURL.plan(.value(plan.identifier)).path,
            results: results.map {
                ResultLine(
                    enterprise: $0.enterpriseName, creditCode: $0.creditCode, district: wording.district($0.district), checkedOn: $0.checkedOn?.description ?? "",
                    publishedOn: $0.report.publishedOn.description, conclusion: $0.report.conclusion.name.text(language),
                    problems: $0.report.problems.isEmpty ? "—" : $0.report.problems
                )
            }
        )
        return try await Page(title: "\(plan.identifier) \((words[language] ?? [:])["results"] ?? "")", content: content, request: req)
            .render(on: req, template: "inspection-results")
    }

    private static func render(_ req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let found = try await InspectionTaskCommands.planTasks(req.parameters.get("plan") ?? "", in: req.commandContext)
        let identifier = found.plan.identifier
        let planner = InspectionPlanCommands.mayPlan(found.plan.districts, in: req.commandContext)
        let content = Content(
            w: words[language] ?? [:], identifier: identifier, title: found.plan.title, planHref: InspectionURL.plan(.value(identifier)).path,
            resultsHref: InspectionTaskURL.results(.value(identifier)).path,
            dispatchAction: found.mayDispatch ? InspectionTaskURL.dispatch(.value(identifier)).path : nil,
            linkAction: planner && found.plan.draw != nil ? InspectionTaskURL.inspectorAccounts(.value(identifier)).path : nil,
            unlinked: found.unlinked,
            tasks: found.tasks.map { task in
                TaskLine(
                    href: InspectionTaskURL.task(.value(task.caseNumber.description)).path, caseNumber: task.caseNumber.description,
                    enterprise: task.enterpriseName, district: task.district.rawValue, team: task.team.map(\.name).joined(separator: "、"),
                    state: InspectionTaskPages.state(task).text(language)
                )
            },
            carried: found.carriedOver.map { task in
                CarriedLine(
                    href: InspectionTaskURL.task(.value(task.caseNumber.description)).path, caseNumber: task.caseNumber.description,
                    enterprise: task.enterpriseName, fromPlan: task.planIdentifier, reason: task.report?.problems ?? ""
                )
            },
            errors: errors
        )
        return try await Page(title: "\(identifier) \((words[language] ?? [:])["tasks"] ?? "")", content: content, request: req)
            .render(on: req, template: "inspection-plan-tasks", status: status)
    }
}

/// 任务完成率 and 结果公示率 per district and for the city, as CSS bars.
enum InspectionDashboardPage {
    struct Bar: Encodable, Sendable {
        let name, completion, publication: String
        let completionWidth, publicationWidth: Int
        let counts: String
    }

    struct LateLine: Encodable, Sendable {
        let href, caseNumber, enterprise, district, lateness, due: String
    }

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let city: Bar
        let districts: [Bar]
        let late: [LateLine]
        /// RND-7: reported failures without a follow-up yet.
        let followUp: [LateLine]
    }

    static let words: [Language: [String: String]] = [
        .zhHans: [
            "completion": "任务完成率", "publication": "结果公示率", "target": "目标均为 100%。", "late": "逾期及超期事项", "noLate": "无逾期事项。",
            "case": "案件编号", "enterprise": "企业", "district": "区划", "lateness": "情形", "due": "截止日期", "districts": "各区",
            "followUp": "不合格待后续处置", "noFollowUp": "无待处置的不合格任务。", "failed": "检查结论不合格",
        ],
        .en: [
            "completion": "Completion rate", "publication": "Publication rate", "target": "The target of both is 100%.", "late": "Overdue and late items",
            "noLate": "Nothing overdue.", "case": "Case", "enterprise": "Enterprise", "district": "District", "lateness": "What", "due": "Due",
            "districts": "Districts", "followUp": "Failed, awaiting follow-up", "noFollowUp": "No failed task awaits follow-up.",
            "failed": "Failed",
        ],
    ]

    @Sendable static func show(req: Request) async throws -> Response {
        let language = req.language
        let district = try? req.query.get(String.self, at: "district")
        let (rates, names) = try await InspectionTaskCommands.rates(district: district, in: req.commandContext)
        func bar(_ row: InspectionRates.Row) -> Bar {
            let name = row.district.map { names[$0] ?? $0.rawValue } ?? Bilingual("全市", en: "City").text(language)
            return Bar(
                name: name, completion: row.completionRate.map { "\($0)%" } ?? "—", publication: row.publicationRate.map { "\($0)%" } ?? "—",
                completionWidth: row.completionRate ?? 0, publicationWidth: row.publicationRate ?? 0,
                counts: Bilingual("任务 \(row.tasks) · 已检查 \(row.checked) · 已公示 \(row.published)", en: "\(row.tasks) tasks · \(row.checked) checked · \(row.published) published").text(language)
            )
        }
        let content = Content(
            w: words[language] ?? [:], city: bar(rates.city), districts: rates.districts.map(bar),
            late: rates.city.late.map {
                LateLine(
                    href: InspectionTaskURL.task(.value($0.task.caseNumber.description)).path, caseNumber: $0.task.caseNumber.description,
                    enterprise: $0.task.enterpriseName, district: names[$0.task.district] ?? $0.task.district.rawValue,
                    lateness: $0.lateness.name.text(language), due: $0.due.description
                )
            },
            followUp: try await InspectionFollowUpCommands.awaiting(in: req.commandContext).filter { district == nil || $0.district.rawValue == district }.map {
                LateLine(
                    href: InspectionFollowUpURL.page(.value($0.caseNumber.description)).path, caseNumber: $0.caseNumber.description,
                    enterprise: $0.enterpriseName, district: names[$0.district] ?? $0.district.rawValue,
                    lateness: (words[language] ?? [:])["failed"] ?? "", due: $0.report?.publishedOn.description ?? ""
                )
            }
        )
        return try await Page(title: Bilingual("双随机抽查完成率与公示率", en: "Random inspections: completion and publication").text(language), content: content, request: req)
            .render(on: req, template: "inspection-dashboard")
    }
}
