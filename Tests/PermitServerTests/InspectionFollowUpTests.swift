import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
@testable import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Inspection follow-up — a failed task's interview, rectification, referral or proposal (RND-7)")
struct InspectionFollowUpTests {
    /// A dispatched plan whose first task is reported 不合格 and second is not reported; the forms
    /// themselves are InspectionTaskTests' subject, so the report is written directly.
    static func failed(_ app: TestApp) async throws -> (failed: API.InspectionTaskDTO, open: API.InspectionTaskDTO) {
        let (plan, accounts) = try await InspectionTaskTests.drawn(app)
        let officer = app.account("pudong.officer").bearer
        for (certificate, account) in accounts {
            _ = try await app.send(.PUT, "/api/v1/inspection/inspector-accounts/\(certificate)", headers: officer, json: #"{"username":"\#(account.user.username.rawValue)"}"#)
        }
        let tasks = try await app.send(.POST, "/api/v1/inspection/plans/\(plan)/dispatch", headers: officer).content.decode([API.InspectionTaskDTO].self)
        let number = try CaseNumber(parsing: tasks[0].caseNumber)
        var task = try #require(try await app.store.inspectionTasks.task(number))
        let now = app.clock.now()
        task.checkedOn = CivilDate(now)
        task.report = TaskReport(conclusion: .fail, problems: "计量器具超过检定有效期", reportedAt: now, reportedBy: "system:fixture")
        let reported = task
        try await app.store.write { transaction in try await transaction.save(reported, .inspectionResultPublished, by: .system("fixture"), at: now) }
        return (tasks[0], tasks[1])
    }

    @Test("each follow-up is one write linked to what it opened; a passed or unreported task, bad input and another district are refused with nothing written")
    func api() async throws {
        try await InspectionPlanTests.withRegistry { app in
            let (task, open) = try await Self.failed(app)
            let officer = app.account("pudong.officer").bearer
            let path = "/api/v1/inspection/tasks/\(task.caseNumber)/follow-ups"
            let size = try await app.store.ledger.size()

            let notFailed = try await app.send(.POST, "/api/v1/inspection/tasks/\(open.caseNumber)/follow-ups", headers: officer,
                                               json: #"{"kind":"interview","matter":"约谈法定代表人"}"#)
            #expect(notFailed.status == .conflict && notFailed.problem?.detail.contains("不合格") == true, "\(notFailed.text)")
            let noDeadline = try await app.send(.POST, path, headers: officer, json: #"{"kind":"rectification","matter":"更换计量器具"}"#)
            #expect(noDeadline.status == .unprocessableEntity && noDeadline.problem?.errors?.map(\.field) == ["deadline"], "\(noDeadline.text)")
            let noEvidence = try await app.send(.POST, path, headers: officer, json: #"{"kind":"referral","matter":"涉嫌违法生产"}"#)
            #expect(noEvidence.status == .unprocessableEntity && noEvidence.problem?.errors?.map(\.field) == ["evidence"])
            let unknown = try await app.send(.POST, path, headers: officer, json: #"{"kind":"warning","matter":"x"}"#)
            #expect(unknown.status == .unprocessableEntity && unknown.problem?.errors?.map(\.field) == ["kind"])
            let foreign = try await app.send(.POST, path, headers: app.account("xuhui.officer").bearer, json: #"{"kind":"interview","matter":"约谈"}"#)
            #expect(foreign.status == .forbidden, "\(foreign.text)")
            let inspector = try await app.send(.POST, path, headers: app.account("pudong.inspector").bearer, json: #"{"kind":"interview","matter":"约谈"}"#)
            #expect(inspector.status == .forbidden)
            #expect(try await app.store.ledger.size() == size)

            let interview = try await app.send(.POST, path, headers: officer, json: #"{"kind":"interview","matter":"约谈法定代表人，说明计量管理问题"}"#)
            #expect(interview.status == .created, "\(interview.text)")
            let interviewCase = try #require(try interview.content.decode(API.InspectionFollowUpDTO.self).openedCase)
            let opened = try #require(try await app.store.cases.find(try CaseNumber(parsing: interviewCase)))
            #expect(opened.process == ProcessDefinition.supervisionInterview.id && opened.subject.creditCode.rawValue == task.creditCode)
            let due = CivilDate(app.clock.now()).adding(days: 15).description
            let rectification = try await app.send(.POST, path, headers: officer, json: #"{"kind":"rectification","matter":"更换计量器具","deadline":"\#(due)"}"#)
            #expect(rectification.status == .created, "\(rectification.text)")
            let recheck = try rectification.content.decode(API.InspectionFollowUpDTO.self)
            #expect(recheck.deadline == due && recheck.openedCase != nil && recheck.openedCase != interviewCase)
            let referral = try await app.send(.POST, path, headers: officer, json: #"{"kind":"referral","matter":"涉嫌使用不合格计量器具","evidence":"检查记录表第 8 项"}"#)
            #expect(referral.status == .created)
            let referred = try referral.content.decode(API.InspectionFollowUpDTO.self)
            #expect(referred.openedCase == nil && referred.evidence == "检查记录表第 8 项")

            let listed = try await app.send(.GET, path, headers: app.account("city.admin").bearer).content.decode([API.InspectionFollowUpDTO].self)
            #expect(listed.map(\.kind) == ["interview", "rectification", "referral"])
            #expect(try await app.send(.GET, path, headers: app.account("xuhui.officer").bearer).status == .notFound)
            _ = try await app.store.ledger.check()
        }
    }

    @Test("the follow-up page: linked from the failed task, records on a phone form without script, refuses a missing matter with the form again")
    func page() async throws {
        try await InspectionPlanTests.withRegistry { app in
            let (task, _) = try await Self.failed(app)
            let officer = app.account("pudong.officer")
            let taskPage = try await app.send(.GET, "/inspection/tasks/\(task.caseNumber)", headers: officer.cookie)
            #expect(taskPage.text.contains("/inspection/tasks/\(task.caseNumber)/follow-ups"))
            let path = "/inspection/tasks/\(task.caseNumber)/follow-ups"
            let awaiting = try await app.send(.GET, "/inspection/dashboard", headers: officer.cookie)
            #expect(awaiting.status == .ok && awaiting.text.contains("href=\"\(path)\""), "\(awaiting.text)")
            let empty = try await app.send(.GET, path, headers: officer.cookie)
            #expect(empty.status == .ok && empty.text.contains("需要后续处置") && !empty.text.contains("<script"), "\(empty.text)")
            let size = try await app.store.ledger.size()
            let missing = try await app.send(.POST, path, headers: officer.cookie, form: ["csrf": officer.csrf, "kind": "interview", "matter": ""])
            #expect(missing.status == .unprocessableEntity && missing.text.contains("需要后续处置"))
            #expect(try await app.store.ledger.size() == size)
            let recorded = try await app.send(.POST, path, headers: officer.cookie, form: [
                "csrf": officer.csrf, "kind": "revocation-proposal", "matter": "建议发证机关依法注销许可", "evidence": "企业已停产",
            ])
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            let after = try await app.send(.GET, path, headers: officer.cookie)
            #expect(after.text.contains("建议发证机关依法注销许可") && after.text.contains("建议发证机关吊销或注销许可"))
            let handled = try await app.send(.GET, "/inspection/dashboard", headers: officer.cookie)
            #expect(handled.text.contains("无待处置的不合格任务") && !handled.text.contains("href=\"\(path)\""))
        }
    }
}
