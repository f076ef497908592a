import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
@testable import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Inspection tasks — enterprises not checked because production stopped or they converted (RND-7)")
struct InspectionNotCheckedTests {
    /// A dispatched plan: its two tasks and the inspectors' accounts.
    static func dispatched(_ app: TestApp) async throws -> (plan: String, tasks: [API.InspectionTaskDTO], accounts: [String: TestAccount]) {
        let (plan, accounts) = try await InspectionTaskTests.drawn(app)
        let officer = app.account("pudong.officer").bearer
        for (certificate, account) in accounts {
            _ = try await app.send(.PUT, "/api/v1/inspection/inspector-accounts/\(certificate)", headers: officer, json: #"{"username":"\#(account.user.username.rawValue)"}"#)
        }
        let dispatched = try await app.send(.POST, "/api/v1/inspection/plans/\(plan)/dispatch", headers: officer)
        #expect(dispatched.status == .created, "\(dispatched.text)")
        return (plan, try dispatched.content.decode([API.InspectionTaskDTO].self), accounts)
    }

    @Test("API: refused with the field named and nothing written; recorded by a team member and by the district's officer; published; the case closes; rates reach 100%")
    func api() async throws {
        try await InspectionPlanTests.withRegistry { app in
            let (plan, tasks, accounts) = try await Self.dispatched(app)
            let task = tasks[0]
            let first = accounts[task.team[0].certificate]!
            let outsider = accounts.first { certificate, _ in !task.team.contains { $0.certificate == certificate } }!.value
            let api = "/api/v1/inspection/tasks/\(task.caseNumber)/not-checked"
            let today = CivilDate(app.clock.now()).description
            let valid = #"{"ground":"stopped-production","reason":"厂房已出租，生产设备已拆除","foundOn":"\#(today)"}"#

            let size = try await app.store.ledger.size()
            let noReason = try await app.send(.POST, api, headers: first.bearer, json: #"{"ground":"converted","reason":" ","foundOn":"\#(today)"}"#)
            #expect(noReason.status == .unprocessableEntity && noReason.problem?.errors?.map(\.field) == ["reason"], "\(noReason.text)")
            let unknown = try await app.send(.POST, api, headers: first.bearer, json: #"{"ground":"closed","reason":"歇业","foundOn":"\#(today)"}"#)
            #expect(unknown.status == .unprocessableEntity && unknown.problem?.errors?.map(\.field) == ["ground"], "\(unknown.text)")
            let stranger = try await app.send(.POST, api, headers: outsider.bearer, json: valid)
            #expect(stranger.status == .forbidden && stranger.problem?.detail.contains("不在该任务的检查组") == true, "\(stranger.text)")
            #expect(try await app.send(.POST, api, headers: app.account("xuhui.officer").bearer, json: valid).status == .notFound)
            #expect(try await app.store.ledger.size() == size)

            let recorded = try await app.send(.POST, api, headers: first.bearer, json: valid)
            #expect(recorded.status == .ok, "\(recorded.text)")
            #expect(try recorded.content.decode(API.InspectionTaskDTO.self).report?.conclusion == "not-checked")
            let again = try await app.send(.POST, api, headers: app.account("pudong.officer").bearer, json: valid)
            #expect(again.status == .conflict && again.problem?.detail.contains("已上报并公示") == true)
            let results = try await app.send(.GET, "/api/v1/inspection/plans/\(plan)/results").content.decode([API.InspectionResultDTO].self)
            #expect(results.count == 1 && results[0].conclusion == "not-checked" && results[0].problems.contains("生产设备已拆除"))
            let resultsPage = try await app.send(.GET, "/inspection/plans/\(plan)/results").text
            #expect(resultsPage.contains("未检查（停产/转产）"))
            let view = try await CaseCommands.view(task.caseNumber, in: app.store.operatorContext().acting(as: .user(app.account("city.admin").user)))
            #expect(view.case.isClosed && view.case.standingRecords(of: RandomInspectionNodes.result).first?.text?.contains("停产") == true)

            // The district's officer records the other one: every task handled.
            let other = try await app.send(
                .POST, "/api/v1/inspection/tasks/\(tasks[1].caseNumber)/not-checked", headers: app.account("pudong.officer").bearer,
                json: #"{"ground":"converted","reason":"已转产日用塑料制品","foundOn":"\#(today)"}"#
            )
            #expect(other.status == .ok, "\(other.text)")
            let rates = try await app.send(.GET, "/api/v1/inspection/dashboard", headers: app.account("city.admin").bearer).content.decode(API.InspectionRatesDTO.self)
            #expect(rates.city.tasks == 2 && rates.city.completionRate == 100 && rates.city.publicationRate == 100)

            // A later plan of the same districts lists both, apart from its pools.
            let admin = app.account("city.admin")
            let next = try await app.send(.POST, "/api/v1/inspection/plans", headers: admin.bearer, json: InspectionPlanTests.plan).content.decode(API.InspectionPlanDTO.self)
            let carried = try await app.send(.GET, "/api/v1/inspection/plans/\(next.identifier)/carried-over", headers: admin.bearer)
            #expect(carried.status == .ok, "\(carried.text)")
            let listed = try carried.content.decode([API.CarriedOverDTO].self)
            #expect(Set(listed.map(\.caseNumber)) == Set(tasks.map(\.caseNumber)) && listed.allSatisfy { $0.fromPlan == plan })
            #expect(try await app.send(.GET, "/api/v1/inspection/plans/\(plan)/carried-over", headers: admin.bearer).content.decode([API.CarriedOverDTO].self).isEmpty)
            let nextPage = try await app.send(.GET, "/inspection/plans/\(next.identifier)/tasks", headers: admin.cookie)
            #expect(nextPage.status == .ok && nextPage.text.contains("上期未检查，本期继续跟进") && nextPage.text.contains("已转产日用塑料制品"))
            _ = try await app.store.ledger.check()
        }
    }

    @Test("the task page's form on the phone, without JavaScript: refused with the field named, then recorded and shown with its reason")
    func page() async throws {
        try await InspectionPlanTests.withRegistry { app in
            let (_, tasks, accounts) = try await Self.dispatched(app)
            let task = tasks[0]
            let inspector = accounts[task.team[0].certificate]!
            let path = "/inspection/tasks/\(task.caseNumber)"
            let shown = try await app.send(.GET, path, headers: inspector.cookie)
            #expect(shown.status == .ok && shown.text.contains("action=\"\(path)/not-checked\"") && shown.text.contains("value=\"stopped-production\"") && !shown.text.contains("<script"))
            let today = CivilDate(app.clock.now()).description
            let refused = try await app.send(.POST, "\(path)/not-checked", headers: inspector.cookie, form: [
                "csrf": inspector.csrf, "ground": "converted", "reason": "", "foundOn": today,
            ])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("reason"), "\(refused.text)")
            let recorded = try await app.send(.POST, "\(path)/not-checked", headers: inspector.cookie, form: [
                "csrf": inspector.csrf, "ground": "converted", "reason": "已转产日用塑料制品", "foundOn": today,
            ])
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            let after = try await app.send(.GET, path, headers: inspector.cookie)
            #expect(after.text.contains("未检查（停产/转产）") && after.text.contains("已转产日用塑料制品") && !after.text.contains("\(path)/not-checked\""))
        }
    }
}
