import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Oversight — inspections, rectification, sampling, interviews and the archive through API and pages (SUP-8, SUP-9, SUP-10, SUP-13, ARC-4)")
struct OversightTests {
    static let code = CasesAPITests.enterpriseCode
    static let team = #"["pudong.officer","pudong.inspector"]"#

    static func today(_ app: TestApp) -> CivilDate { CivilDate(app.clock.now()) }

    static func items(failing: String? = nil) -> String {
        CheckItem.allCases.map { item in
            let conclusion = item.rawValue == failing ? "non-conforming" : "conforming"
            return #"{"item":"\#(item.rawValue)","found":"现场查看记录","conclusion":"\#(conclusion)"}"#
        }.joined(separator: ",")
    }

    static func openInspection(_ app: TestApp, kind: String = "periodic", team: String = team, extra: String = "") async throws -> TestingHTTPResponse {
        try await app.send(
            .POST, "/api/v1/supervision/inspections", headers: app.account("pudong.officer").bearer,
            json: #"{"kind":"\#(kind)","enterprise":"\#(code)","team":\#(team)\#(extra)}"#
        )
    }

    static func recordBody(_ app: TestApp, failing: String? = nil, extra: String = "") -> String {
        #"{"checkedOn":"\#(today(app))","place":"川沙路 200 号","items":[\#(items(failing: failing))],"problems":"\#(failing == nil ? "" : "出厂检验记录不全")","inspectors":["pudong.officer","pudong.inspector"],"enterpriseSignatory":"周明"\#(extra)}"#
    }

    /// A new API session after the clock moved past the fixture's hour.
    static func signIn(_ app: TestApp, _ name: String) async throws -> HTTPHeaders {
        let res = try await app.send(.POST, "/api/v1/auth/token", json: #"{"username":"\#(name)","password":"\#(TestAccount.password)"}"#)
        return ["Authorization": "Bearer \(try res.content.decode(API.TokenDTO.self).token)"]
    }

    static func caseCount(_ app: TestApp) async throws -> Int {
        try await app.store.cases.active(in: .everything, closedSince: .distantPast).count
    }

    @Test("an inspection by two officials orders rectification; the re-check is refused early without a reason and appears after the deadline")
    func inspectionRectificationRecheck() async throws {
        try await CasesAPITests.withEnterprise { app in
            var officer = app.account("pudong.officer").bearer
            let opened = try await Self.openInspection(app)
            #expect(opened.status == .created, "\(opened.body.string)")
            let number = try opened.content.decode(API.CaseDTO.self).number
            #expect(try number.hasPrefix("JC-") && opened.content.decode(API.CaseDTO.self).nodes.first?.status == "complete")

            let deadline = Self.today(app).adding(days: 10)
            let record = try await app.send(
                .POST, "/api/v1/supervision/inspections/\(number)/record", headers: officer,
                json: Self.recordBody(app, failing: "release-inspection", extra: #","rectification":{"requirements":"补齐出厂检验记录","deadline":"\#(deadline)"}"#)
            )
            #expect(record.status == .ok, "\(record.body.string)")
            let recorded = try record.content.decode(API.CaseDTO.self)
            #expect(recorded.status == "closed" && recorded.filingDue != nil)
            #expect(recorded.nodes.map(\.status) == ["complete", "complete", "complete", "not_applicable"])

            let code = try UnifiedSocialCreditCode(validating: Self.code)
            let order = try #require(try await app.store.oversight.orders(of: code).first)
            #expect(order.deadline == deadline && order.recheck == nil)

            let early = try await Self.openInspection(app, kind: "return-visit", extra: #","order":"\#(order.id)""#)
            #expect(early.status == .unprocessableEntity && early.body.string.contains("尚未届满") && early.problem?.errors?.first?.field == "reason")

            // Nothing opens on the deadline day itself; the day after, the job opens the return visit.
            app.clock.advance(by: 10 * 86_400)
            #expect(try await RectificationRechecks.openDue(in: .system("deadline-job", clock: app.clock, store: app.store)).isEmpty)
            app.clock.advance(by: 86_400)
            _ = try await DeadlineJob.run(in: .system("deadline-job", clock: app.clock, store: app.store))
            let rechecked = try #require(try await app.store.oversight.orders(of: code).first?.recheck)
            #expect(rechecked.kind == .inspection)
            officer = try await Self.signIn(app, "pudong.officer")
            let worklist = try await app.send(.GET, "/api/v1/worklist", headers: try await Self.signIn(app, "pudong.inspector")).content.decode([API.WorkItemDTO].self)
            #expect(worklist.contains { $0.caseNumber == rechecked.description && $0.task == "check" && $0.process == "supervision-return-visit" })
            _ = try await DeadlineJob.run(in: .system("deadline-job", clock: app.clock, store: app.store))
            #expect(try await app.store.oversight.orders(of: code).count == 1, "the job opens each re-check once")

            // The city sees the district's inspection opened and its rectification overdue (SUP-12).
            let city = try await Self.signIn(app, "city.admin")
            let year = Self.today(app).year
            func pudong() async throws -> API.DistrictFiguresDTO? {
                try await app.send(.GET, "/api/v1/supervision/overview?year=\(year)", headers: city)
                    .content.decode([API.DistrictFiguresDTO].self).first { $0.district == "310115" }
            }
            #expect(try await pudong()?.inspectionsOpened == 1)
            #expect(try await pudong()?.overdueRectifications == 1)

            let visit = try await app.send(
                .POST, "/api/v1/supervision/inspections/\(rechecked)/record", headers: officer, json: Self.recordBody(app, extra: #","rectified":true"#)
            )
            #expect(visit.status == .ok, "\(visit.body.string)")
            #expect(try await app.store.oversight.orders(of: code).first?.outcome == .rectified)
            #expect(try await pudong()?.overdueRectifications == 0)
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }

    @Test("refused, nothing written: fewer than two officials, someone of another district, a special inspection without its ground, an incomplete record")
    func refusals() async throws {
        try await CasesAPITests.withEnterprise { app in
            let alone = try await Self.openInspection(app, team: #"["pudong.officer"]"#)
            #expect(alone.status == .unprocessableEntity && alone.body.string.contains("第二十四条"))
            let foreign = try await Self.openInspection(app, team: #"["pudong.officer","xuhui.officer"]"#)
            #expect(foreign.status == .unprocessableEntity && foreign.problem?.errors?.map(\.field) == ["team[1]"])
            let special = try await Self.openInspection(app, kind: "special", extra: #","basis":"消费者投诉""#)
            #expect(special.status == .unprocessableEntity && special.problem?.errors?.map(\.field) == ["ground"])
            let other = try await app.send(
                .POST, "/api/v1/supervision/inspections", headers: app.account("xuhui.officer").bearer,
                json: #"{"kind":"periodic","enterprise":"\#(Self.code)","team":["xuhui.officer","city.admin"]}"#
            )
            #expect(other.status == .forbidden)
            #expect(try await Self.caseCount(app) == 0)

            let number = try await Self.openInspection(app).content.decode(API.CaseDTO.self).number
            let noRectification = try await app.send(
                .POST, "/api/v1/supervision/inspections/\(number)/record", headers: app.account("pudong.officer").bearer,
                json: Self.recordBody(app, extra: #","rectification":{"requirements":"整改","deadline":"2099-01-01"}"#)
            )
            #expect(noRectification.status == .unprocessableEntity && noRectification.body.string.contains("没有需要整改的问题"))
            let unsigned = try await app.send(
                .POST, "/api/v1/supervision/inspections/\(number)/record", headers: app.account("pudong.officer").bearer,
                json: Self.recordBody(app).replacingOccurrences(of: #","enterpriseSignatory":"周明""#, with: "")
            )
            #expect(unsigned.status == .unprocessableEntity && unsigned.problem?.errors?.map(\.field) == ["enterpriseSignatory"])
            let enterprise = try await app.send(.POST, "/api/v1/supervision/inspections/\(number)/record", headers: app.account("demo.enterprise").bearer, json: Self.recordBody(app))
            #expect(enterprise.status == .notFound)
            // The general case routes cannot open one or settle its nodes
            // around the two officials and the article-25 record.
            let officer = app.account("pudong.officer").bearer
            let general = try await app.send(
                .POST, "/api/v1/cases", headers: officer, json: #"{"process":"supervision-periodic","subject":"\#(Self.code)","team":[]}"#
            )
            #expect(general.status == .conflict && general.body.string.contains("专门步骤"))
            let firstNode = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer).content.decode(API.CaseDTO.self).nodes[0].id
            let skipped = try await app.send(.POST, "/api/v1/cases/\(number)/nodes/\(firstNode)/complete", headers: officer)
            #expect(skipped.status == .conflict)
            let view = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer).content.decode(API.CaseDTO.self)
            #expect(view.status == "open" && view.nodes[1].status == "open", "nothing half-written")
        }
    }

    @Test("a sampling: slip, a dispatch after 7 days flagged late, a report in two copies; a failure feeds the quality facts and the yearly CSV")
    func sampling() async throws {
        try await CasesAPITests.withEnterprise { app in
            _ = try await app.send(.POST, "/api/v1/agencies", headers: app.account("city.admin").bearer,
                                   json: #"{"creditCode":"\#(LicensingAPITests.lab)","name":"上海示范检测技术有限公司","district":"310104"}"#)
            var officer = app.account("pudong.officer").bearer
            let opened = try await app.send(.POST, "/api/v1/supervision/samplings", headers: officer, json: #"""
                {"enterprise":"\#(Self.code)","team":\#(Self.team),"grounds":["suspected-serious-problem"],"product":"电力电缆","model":"YJV 3×95",
                 "batch":"20260220","quantity":"3 m / 500 m","sampledFrom":"finished-goods-store","randomMethod":"按托盘编号随机数表抽取","seal":"封条 F-001"}
                """#)
            #expect(opened.status == .created, "\(opened.body.string)")
            let number = try opened.content.decode(API.CaseDTO.self).number
            #expect(number.hasPrefix("CC-"))
            let sampledOn = Self.today(app)

            app.clock.advance(by: 8 * 86_400)
            let alerts = try await DeadlineJob.run(in: .system("deadline-job", clock: app.clock, store: app.store))
            officer = try await Self.signIn(app, "pudong.officer")
            #expect(alerts.contains { $0.caseNumber.description == number && $0.task == .node(NodeKey(rawValue: "dispatch")!) && $0.kind == .overdue })
            let sent = try await app.send(.POST, "/api/v1/supervision/samplings/\(number)/dispatch", headers: officer,
                                          json: #"{"laboratory":"\#(LicensingAPITests.lab)","sentOn":"\#(Self.today(app))"}"#)
            #expect(sent.status == .ok, "\(sent.body.string)")
            let dispatched = try sent.content.decode(API.SamplingDTO.self)
            #expect(dispatched.sentLate && dispatched.dispatchDue == sampledOn.adding(days: 7).description && !dispatched.feeCharged)

            let oneCopy = try await app.send(.POST, "/api/v1/supervision/samplings/\(number)/report", headers: officer,
                                             json: #"{"reportNumber":"SFJC-R-1","issuedOn":"\#(Self.today(app))","copies":1,"passed":false,"summary":"绝缘厚度不合格"}"#)
            #expect(oneCopy.status == .unprocessableEntity && oneCopy.body.string.contains("一式二份"))
            let report = try await app.send(.POST, "/api/v1/supervision/samplings/\(number)/report", headers: officer,
                                            json: #"{"reportNumber":"SFJC-R-1","issuedOn":"\#(Self.today(app))","copies":2,"passed":false,"summary":"绝缘厚度不合格"}"#)
            #expect(report.status == .ok, "\(report.body.string)")
            #expect(try report.content.decode(API.SamplingDTO.self).result == "failed")
            let code = try UnifiedSocialCreditCode(validating: Self.code)
            let facts = try await app.store.supervision.qualityFacts(of: [code])[code] ?? []
            #expect(facts.contains { $0.kind == .failedSampling(.district) }, "a failed sampling is a quality fact")

            let csv = try await app.send(.GET, "/api/v1/supervision/samplings?year=\(sampledOn.year)", headers: try await Self.signIn(app, "city.admin"))
            #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
            #expect(csv.text.hasPrefix(SamplingList.csvHeader) && csv.text.contains("\(number),\(sampledOn),310115,\(Self.code),上海示范电缆有限公司,电力电缆"))
            #expect(csv.text.contains(",true,SFJC-R-1,failed"))
            #expect(try await app.send(.GET, "/api/v1/supervision/samplings?year=\(sampledOn.year)&district=310115", headers: try await Self.signIn(app, "xuhui.officer")).status == .forbidden)
        }
    }

    @Test("an interview of the legal representative is a closed case with its written record")
    func interview() async throws {
        try await CasesAPITests.withEnterprise { app in
            let res = try await app.send(.POST, "/api/v1/supervision/interviews", headers: app.account("pudong.officer").bearer, json: #"""
                {"enterprise":"\#(Self.code)","team":\#(Self.team),"interviewee":"周明","heldOn":"\#(Self.today(app))","time":"10:00—11:00","place":"浦东新区局约谈室",
                 "reason":"监督检验不合格","said":"告知不合格事实与降级原因","required":"30日内完成整改并书面报告"}
                """#)
            #expect(res.status == .created, "\(res.body.string)")
            let interview = try res.content.decode(API.CaseDTO.self)
            #expect(interview.number.hasPrefix("YT-") && interview.status == "closed")
            let page = try await app.send(.GET, "/supervision/cases/\(interview.number)", headers: app.account("pudong.officer").cookie)
            #expect(page.status == .ok && page.text.contains("被约谈人：周明（法定代表人）"))
            let missing = try await app.send(.POST, "/api/v1/supervision/interviews", headers: app.account("pudong.officer").bearer,
                                             json: #"{"enterprise":"\#(Self.code)","team":\#(Self.team),"interviewee":"周明"}"#)
            #expect(missing.status == .unprocessableEntity && missing.problem?.errors?.map(\.field).contains("said") == true)
        }
    }

    @Test("pages: the forms open an inspection and show a refusal inline; the case page takes the record; the enterprise page gathers the archive")
    func pages() async throws {
        try await CasesAPITests.withEnterprise { app in
            let officer = app.account("pudong.officer")
            let path = "/supervision/enterprises/\(Self.code)"
            let zh = try await app.send(.GET, path, headers: officer.cookie.merging(["Accept-Language": "zh-CN"]))
            #expect(zh.status == .ok && zh.text.contains("监督检查立案") && zh.text.contains("一企一档"))
            let en = try await app.send(.GET, path, headers: officer.cookie.merging(["Accept-Language": "en"]))
            #expect(en.text.contains("Open an inspection") && en.text.contains("Enterprise archive"))

            let alone = try await app.send(.POST, path + "/inspection", headers: officer.cookie, form: ["csrf": officer.csrf, "kind": "periodic", "team": "pudong.officer"])
            #expect(alone.status == .unprocessableEntity && alone.text.contains("第二十四条"))
            let opened = try await app.send(.POST, path + "/inspection", headers: officer.cookie,
                                            form: ["csrf": officer.csrf, "kind": "periodic", "team": "pudong.officer, pudong.inspector"])
            #expect(opened.status == .seeOther)
            let location = try #require(opened.headers.first(name: .location))
            let casePage = try await app.send(.GET, location, headers: officer.cookie)
            #expect(casePage.status == .ok && casePage.text.contains("检查记录（第二十五条）") && casePage.text.contains("found-licence-marking"))

            var form = ["csrf": officer.csrf, "checkedOn": Self.today(app).description, "place": "川沙路 200 号", "inspectors": "pudong.officer pudong.inspector",
                        "signatory": "周明"]
            for item in CheckItem.allCases {
                form["found-\(item.rawValue)"] = "已查看"
                form["conclusion-\(item.rawValue)"] = "conforming"
            }
            let recorded = try await app.send(.POST, location + "/record", headers: officer.cookie, form: form)
            #expect(recorded.status == .seeOther)
            #expect(try await app.send(.GET, location, headers: officer.cookie).text.contains("企业负责人员签字：周明"))

            let id = try #require(try await app.store.enterprises.enterprise(creditCode: UnifiedSocialCreditCode(validating: Self.code))?.id)
            let detail = try await app.send(.GET, "/enterprises/\(id)", headers: officer.cookie)
            #expect(detail.status == .ok && detail.text.contains("一企一档") && detail.text.contains(String(location.split(separator: "/").last!)))
            #expect(try await app.send(.GET, "/supervision/samplings", headers: app.account("city.admin").cookie).status == .ok)
        }
    }
}
