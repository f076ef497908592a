import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
@testable import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Inspection tasks — draw, dispatch, two inspectors fill in both forms, the result published, the rates (RND-4…8, PUB-1)")
struct InspectionTaskTests {
    /// A further inspector account of 浦东 with its sessions.
    static func inspector(_ name: String, in app: TestApp) async throws -> TestAccount {
        let account = try AccountRules.validate(AccountDraft(
            username: name, displayName: "用户 \(name)", role: Role.inspector.rawValue, district: TestApp.pudong.rawValue, password: TestAccount.password
        ))
        let hash = try app.app.appContext.passwordHasher.hash(TestAccount.password)
        let user = try await app.store.testWrites.create(account, passwordHash: hash, by: .system("fixture"), at: app.clock.now())
        return try await signIn(user, in: app)
    }

    /// New sessions of `user` as of the app's clock, for after it was moved on.
    static func signIn(_ user: User, in app: TestApp) async throws -> TestAccount {
        let api = SessionToken.generate(), browser = SessionToken.generate(), csrf = SessionToken.generate()
        let expiry = app.clock.now().addingTimeInterval(30 * 24 * 3600)
        try await app.store.sessions.create(for: user.id, tokenHash: SessionToken.hash(api), csrfToken: csrf, kind: .api, at: app.clock.now(), expiresAt: expiry)
        try await app.store.sessions.create(for: user.id, tokenHash: SessionToken.hash(browser), csrfToken: csrf, kind: .browser, at: app.clock.now(), expiresAt: expiry)
        return TestAccount(user: user, apiToken: api, browserToken: browser, csrf: csrf)
    }

    /// A drawn plan (2 of 浦东's 8 enterprises) and the three 浦东 inspectors' accounts by certificate.
    static func drawn(_ app: TestApp) async throws -> (plan: String, accounts: [String: TestAccount]) {
        let officer = app.account("city.admin").bearer
        let plan = try await app.send(.POST, "/api/v1/inspection/plans", headers: officer, json: InspectionPlanTests.plan).content.decode(API.InspectionPlanDTO.self)
        let path = "/api/v1/inspection/plans/\(plan.identifier)"
        _ = try await app.send(.POST, "\(path)/freeze", headers: officer, json: InspectionPlanTests.sources)
        _ = try await app.send(.PUT, "\(path)/sources/1", headers: officer, json: #"{"value":"3 8 11 19 24 27 32"}"#)
        let drawn = try await app.send(.PUT, "\(path)/sources/2", headers: officer, json: #"{"value":"9f86d081884c7d659a2feaa0c55ad015"}"#)
        #expect(try drawn.content.decode(API.InspectionPlanDTO.self).state == "drawn")
        return (plan.identifier, [
            "ZF0001": app.account("pudong.inspector"), "ZF0002": try await inspector("pudong.inspector2", in: app),
            "ZF0003": try await inspector("pudong.inspector3", in: app),
        ])
    }

    static func record(_ items: [Int: String] = [:], conclusion: String? = nil, enterprise: String = #"{"opinion":"无异议","representative":"周明","sealed":true}"#,
                       leaving missing: Int? = nil) -> String {
        var answers: [String] = []
        for item in InspectionChecklist.items where item.number != missing {
            let record = item.records.first { $0.key != InspectionItem.detailedRecord }?.key ?? item.records[0].key
            answers.append(#""\#(item.number)":{"record":"\#(record)","conclusion":"\#(items[item.number] ?? "conforming")"}"#)
        }
        let failing = items.values.contains("non-conforming")
        return #"{"items":{\#(answers.joined(separator: ","))},"problems":"\#(failing ? "计量器具超过检定有效期" : "")""#
            + (conclusion.map { #","conclusion":"\#($0)""# } ?? "") + #","enterprise":\#(enterprise)}"#
    }

    static let equipment = #"{"devices":[{"kind":"production","name":"挤塑机","model":"SJ-90","found":"与获证时一致，运行正常"}],"enterprise":{"refused":true,"refusalNote":"法定代表人不在场，现场负责人拒绝签字"}}"#

    @Test("end to end: dispatch refused until every matched inspector has an account; two inspectors fill in and sign both forms; the result is published and counted")
    func endToEnd() async throws {
        try await InspectionPlanTests.withRegistry { app in
            // setup
            let (plan, accounts) = try await Self.drawn(app)
            let officer = app.account("pudong.officer").bearer
            var size = try await app.store.ledger.size()
            let early = try await app.send(.POST, "/api/v1/inspection/plans/\(plan)/dispatch", headers: officer)
            #expect(early.status == .conflict && early.problem?.detail.contains("尚未关联执法检查人员账号") == true, "\(early.text)")
            #expect(try await app.store.ledger.size() == size)
            let foreign = try await app.send(.PUT, "/api/v1/inspection/inspector-accounts/ZF0101", headers: officer, json: #"{"username":"pudong.inspector"}"#)
            #expect(foreign.status == .forbidden)
            for (certificate, account) in accounts {
                let linked = try await app.send(
                    .PUT, "/api/v1/inspection/inspector-accounts/\(certificate)", headers: officer, json: #"{"username":"\#(account.user.username.rawValue)"}"#
                )
                #expect(linked.status == .ok, "\(linked.text)")
            }

            // dispatch
            let dispatched = try await app.send(.POST, "/api/v1/inspection/plans/\(plan)/dispatch", headers: officer)
            #expect(dispatched.status == .created, "\(dispatched.text)")
            let tasks = try dispatched.content.decode([API.InspectionTaskDTO].self)
            #expect(tasks.count == 2 && tasks.allSatisfy { $0.team.count == 2 && $0.checksDueOn == "2026-10-31" })
            #expect(try await app.send(.POST, "/api/v1/inspection/plans/\(plan)/dispatch", headers: officer).status == .conflict)
            let task = tasks[0]
            let number = task.caseNumber
            let (first, second) = (accounts[task.team[0].certificate]!, accounts[task.team[1].certificate]!)
            let outsider = accounts.first { certificate, _ in !task.team.contains { $0.certificate == certificate } }!.value
            let work = try await app.send(.GET, "/api/v1/worklist", headers: first.bearer)
            #expect(work.status == .ok, "\(work.text)")
            let worklist = try work.content.decode([API.WorkItemDTO].self)
            #expect(worklist.contains { $0.caseNumber == number && $0.task == "declaration" })
            let api = "/api/v1/inspection/tasks/\(number)"

            // declaration first, team only
            size = try await app.store.ledger.size()
            let notDeclared = try await app.send(.PUT, "\(api)/record-form", headers: first.bearer, json: Self.record())
            #expect(notDeclared.status == .conflict && notDeclared.problem?.detail.contains("廉洁承诺") == true)
            let stranger = try await app.send(.PUT, "\(api)/record-form", headers: outsider.bearer, json: Self.record())
            #expect(stranger.status == .forbidden && stranger.problem?.detail.contains("不在该任务的检查组") == true, "\(stranger.text)")
            #expect(try await app.send(.GET, api, headers: app.account("xuhui.officer").bearer).status == .notFound)
            // The general case routes cannot settle a step around the forms.
            let skipped = try await app.send(.POST, "/api/v1/cases/\(number)/nodes/declaration/complete", headers: first.bearer)
            #expect(skipped.status == .conflict && skipped.problem?.detail.contains("任务页面") == true, "\(skipped.text)")
            #expect(try await app.store.ledger.size() == size)
            for account in [first, second] {
                let declared = try await app.send(.POST, "\(api)/declaration", headers: account.bearer, json: #"{"integrityCommitment":true,"certificateShown":true}"#)
                #expect(declared.status == .ok, "\(declared.text)")
            }

            // bad forms: Chinese 4xx, nothing written
            size = try await app.store.ledger.size()
            let unanswered = try await app.send(.PUT, "\(api)/record-form", headers: first.bearer, json: Self.record(leaving: 3))
            #expect(unanswered.status == .unprocessableEntity && unanswered.problem?.detail.contains("第 3 项未填写完整") == true, "\(unanswered.text)")
            #expect(unanswered.problem?.errors?.map(\.field) == ["items.3"])
            let contradicting = try await app.send(.PUT, "\(api)/record-form", headers: first.bearer, json: Self.record(conclusion: "fail"))
            #expect(contradicting.status == .unprocessableEntity && contradicting.problem?.detail.contains("矛盾") == true)
            let unsigned = try await app.send(.PUT, "\(api)/record-form", headers: first.bearer, json: Self.record(enterprise: #"{"opinion":"同意"}"#))
            #expect(unsigned.status == .unprocessableEntity && unsigned.problem?.detail.contains("缺少企业负责人/代表签名") == true)
            #expect(try await app.store.ledger.size() == size)

            // the record form: submitted by one, signed by the other
            let submitted = try await app.send(.PUT, "\(api)/record-form", headers: first.bearer, json: Self.record([8: "non-conforming"], conclusion: "fail"))
            #expect(submitted.status == .ok, "\(submitted.text)")
            let form = try #require(try submitted.content.decode(API.InspectionTaskDTO.self).recordForm)
            #expect(!form.final && form.unsigned == [task.team[1].name])
            let early2 = try await app.send(.POST, "\(api)/report", headers: officer)
            #expect(early2.status == .conflict && early2.problem?.detail.contains("缺少检查人员签名") == true, "\(early2.text)")
            let stale = try await app.send(.POST, "\(api)/forms/record/signatures", headers: second.bearer, json: #"{"digest":"\#(String(repeating: "0", count: 64))"}"#)
            #expect(stale.status == .conflict)
            let signed = try await app.send(.POST, "\(api)/forms/record/signatures", headers: second.bearer, json: #"{"digest":"\#(form.digest)"}"#)
            #expect(try signed.content.decode(API.InspectionTaskDTO.self).recordForm?.final == true)

            // the equipment form: its photos first
            #expect(try await app.send(.PUT, "\(api)/equipment-form", headers: first.bearer, json: Self.equipment).status == .conflict)
            let upload = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 3000, height: 2000), as: first, in: app)
            let photo = try await app.send(
                .POST, "/api/v1/cases/\(number)/nodes/equipment-form/records", headers: first.bearer,
                json: #"{"upload":"\#(upload)","kind":"photo","label":"挤塑机铭牌","subject":"device-nameplate","device":"挤塑机"}"#
            )
            #expect(photo.status == .created, "\(photo.text)")
            let equipment = try await app.send(.PUT, "\(api)/equipment-form", headers: second.bearer, json: Self.equipment)
            #expect(equipment.status == .ok, "\(equipment.text)")
            let digest = try #require(try equipment.content.decode(API.InspectionTaskDTO.self).equipmentForm?.digest)
            let checked = try await app.send(.POST, "\(api)/forms/equipment/signatures", headers: first.bearer, json: #"{"digest":"\#(digest)"}"#)
            let afterCheck = try checked.content.decode(API.InspectionTaskDTO.self)
            #expect(afterCheck.checkedOn == CivilDate(app.clock.now()).description && afterCheck.reportDueOn != nil)

            // reported by the district's officer: published at once
            let reported = try await app.send(.POST, "\(api)/report", headers: officer)
            #expect(reported.status == .ok, "\(reported.text)")
            #expect(try reported.content.decode(API.InspectionTaskDTO.self).report?.conclusion == "fail")
            let published = try await app.send(.GET, "/api/v1/inspection/plans/\(plan)/results")
            #expect(published.status == .ok, "\(published.text)")
            let results = try published.content.decode([API.InspectionResultDTO].self)
            #expect(results.count == 1 && results[0].enterpriseName == task.enterpriseName && results[0].problems.contains("计量器具"))
            let resultsPage = try await app.send(.GET, "/inspection/plans/\(plan)/results").text
            #expect(resultsPage.contains(task.enterpriseName) && resultsPage.contains("<dd>浦东新区</dd>"))
            let view = try await CaseCommands.view(number, in: app.store.operatorContext().acting(as: .user(app.account("city.admin").user)))
            #expect(view.case.isClosed && view.case.standingRecords(of: RandomInspectionNodes.recordForm).first?.text?.contains("检查结论：不合格") == true)

            // the rates, and what is overdue once the end date has passed
            let dashboard = try await app.send(.GET, "/api/v1/inspection/dashboard", headers: app.account("city.admin").bearer)
            #expect(dashboard.status == .ok, "\(dashboard.text)")
            let rates = try dashboard.content.decode(API.InspectionRatesDTO.self)
            #expect(rates.city.tasks == 2 && rates.city.completionRate == 50 && rates.city.publicationRate == 50 && rates.city.late.isEmpty)
            app.clock.advance(by: 250 * 24 * 3600)
            let officerLater = try await Self.signIn(app.account("pudong.officer").user, in: app)
            let laterResponse = try await app.send(.GET, "/api/v1/inspection/dashboard?district=310115", headers: officerLater.bearer)
            #expect(laterResponse.status == .ok, "\(laterResponse.text)")
            let later = try laterResponse.content.decode(API.InspectionRatesDTO.self)
            #expect(later.city.late.map(\.caseNumber) == [tasks[1].caseNumber] && later.city.late.first?.lateness == "check-overdue")
            #expect(try await app.send(.GET, "/api/v1/inspection/dashboard?district=310104", headers: officerLater.bearer).status == .forbidden)
            let page = try await app.send(.GET, "/inspection/dashboard", headers: try await Self.signIn(app.account("city.admin").user, in: app).cookie)
            #expect(page.status == .ok && page.text.contains("逾期未检查") && page.text.contains("width:50%"))
            _ = try await app.store.ledger.check()
        }
    }

    @Test("on the phone pages, without JavaScript: the task, the declaration, the record form refused with the item named, the print page")
    func pages() async throws {
        try await InspectionPlanTests.withRegistry { app in
            let (plan, accounts) = try await Self.drawn(app)
            let officer = app.account("pudong.officer")
            for (certificate, account) in accounts {
                let linked = try await app.send(.POST, "/inspection/plans/\(plan)/inspector-accounts", headers: officer.cookie, form: [
                    "csrf": officer.csrf, "certificate": certificate, "username": account.user.username.rawValue,
                ])
                #expect(linked.status == .seeOther, "\(linked.text)")
            }
            let tasksPage = try await app.send(.GET, "/inspection/plans/\(plan)/tasks", headers: officer.cookie)
            #expect(tasksPage.status == .ok && tasksPage.text.contains("派发检查任务"))
            #expect(try await app.send(.POST, "/inspection/plans/\(plan)/dispatch", headers: officer.cookie, form: ["csrf": officer.csrf]).status == .seeOther)
            let tasks = try await app.send(.GET, "/api/v1/inspection/plans/\(plan)/tasks", headers: officer.bearer).content.decode([API.InspectionTaskDTO].self)
            let task = tasks[0]
            let inspector = accounts[task.team[0].certificate]!
            let mine = try await app.send(.GET, "/inspection/tasks", headers: inspector.cookie)
            #expect(mine.status == .ok && mine.text.contains(task.caseNumber) && !mine.text.contains("<script"))
            let path = "/inspection/tasks/\(task.caseNumber)"
            #expect(try await app.send(.POST, "\(path)/declaration", headers: inspector.cookie, form: ["csrf": inspector.csrf, "integrity": "on", "shown": "on"]).status == .seeOther)
            let formPage = try await app.send(.GET, "\(path)/record-form", headers: inspector.cookie)
            #expect(formPage.status == .ok && formPage.text.contains("name=\"c4\" value=\"not-applicable\"") && !formPage.text.contains("name=\"c1\" value=\"not-applicable\""))
            var fields = ["csrf": inspector.csrf, "representative": "周明", "sealed": "on"]
            for item in InspectionChecklist.items where item.number != 5 {
                fields["r\(item.number)"] = item.records.first { $0.key != InspectionItem.detailedRecord }?.key
                fields["c\(item.number)"] = "conforming"
            }
            let refused = try await app.send(.POST, "\(path)/record-form", headers: inspector.cookie, form: fields)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("第 5 项未填写完整") && refused.text.contains("value=\"周明\""))
            fields["r5"] = "valid"
            fields["c5"] = "not-applicable"
            #expect(try await app.send(.POST, "\(path)/record-form", headers: inspector.cookie, form: fields).status == .seeOther)
            let taskPage = try await app.send(.GET, path, headers: inspector.cookie)
            #expect(taskPage.status == .ok && taskPage.text.contains("待签名"))
            let print = try await app.send(.GET, "\(path)/forms/record/print", headers: inspector.cookie)
            #expect(print.status == .ok && print.text.contains("@page{size:A4") && print.text.contains("不适用") && print.text.contains("检查组组员（签名）"))
            let english = try await app.send(.GET, path, headers: inspector.cookie.merging(["Accept-Language": "en"]))
            #expect(english.status == .ok && english.text.contains("The two forms"))
        }
    }
}
