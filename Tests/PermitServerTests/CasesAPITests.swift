import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Cases — 案件 through the API and the pages")
struct CasesAPITests {
    static let enterpriseCode = "91310115MA1H7GKX3T"

    /// The test app with an enterprise registered in 浦东.
    static func withEnterprise(_ body: (TestApp) async throws -> Void) async throws {
        try await withTestApp { app in
            _ = try await EnterpriseCommands.register(EnterpriseDraft(
                name: "上海示范电缆有限公司", creditCode: enterpriseCode, registeredAddress: "上海市浦东新区张江路 100 号",
                registeredDistrict: "310115", productionAddress: "上海市浦东新区川沙路 200 号", productionDistrict: "310115",
                legalRepresentative: "周明", phone: "021-58880000", licenseNumber: "", licenseIssuedOn: "", licenseValidUntil: "",
                productScope: ""
            ), in: app.store.operatorContext())
            try await body(app)
        }
    }

    static func open(_ process: String, in app: TestApp, as name: String = "pudong.officer", team: [String] = []) async throws -> String {
        let team = team.map { "\"\($0)\"" }.joined(separator: ",")
        let res = try await app.send(
            .POST, "/api/v1/cases", headers: app.account(name).bearer,
            json: #"{"process":"\#(process)","subject":"\#(enterpriseCode)","team":[\#(team)]}"#
        )
        #expect(res.status == .created)
        return try res.content.decode(API.CaseDTO.self).number
    }

    @Test("An officer opens a case, is refused completion with a record missing (409 listing it), exempts, completes; the filing deadline reaches the worklist")
    func wholeCase() async throws {
        try await Self.withEnterprise { app in
            let officer = app.account("pudong.officer").bearer
            let number = try await Self.open("license-onsite-review", in: app)
            #expect(number == "XC-2026-00001")

            let refused = try await app.send(.POST, "/api/v1/cases/\(number)/nodes/onsite-plan/complete", headers: officer)
            #expect(refused.status == .conflict)
            #expect(refused.headers.contentType?.subType == "problem+json")
            let problem = try JSONDecoder().decode(ProblemDocument.self, from: Data(refused.body.string.utf8))
            #expect(problem.missing == ["text"])
            #expect(problem.detail.contains("尚缺记录：文字"))

            let record = try await app.send(
                .POST, "/api/v1/cases/\(number)/nodes/onsite-plan/records", headers: officer, json: #"{"kind":"text","text":"核查计划","label":"计划"}"#
            )
            #expect(record.status == .created)
            for node in ["onsite-plan"] {
                #expect(try await app.send(.POST, "/api/v1/cases/\(number)/nodes/\(node)/complete", headers: officer).status == .ok)
            }
            _ = try await app.send(.POST, "/api/v1/cases/\(number)/nodes/onsite-notice/records", headers: officer, json: #"{"text":"通知书"}"#)
            #expect(try await app.send(.POST, "/api/v1/cases/\(number)/nodes/onsite-notice/complete", headers: officer).status == .ok)
            for node in ["factory-entry", "first-meeting", "production-equipment", "inspection-equipment", "final-meeting"] {
                let exemption = try await app.send(
                    .POST, "/api/v1/cases/\(number)/nodes/\(node)/exemptions", headers: officer,
                    json: #"{"ground":"secrecy_or_privacy","statement":"涉及商业秘密，企业书面申请不录像"}"#
                )
                #expect(exemption.status == .created)
                if node != "factory-entry" {
                    _ = try await app.send(.POST, "/api/v1/cases/\(number)/nodes/\(node)/records", headers: officer, json: #"{"text":"记录"}"#)
                }
                #expect(try await app.send(.POST, "/api/v1/cases/\(number)/nodes/\(node)/complete", headers: officer).status == .ok)
            }
            let closed = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer).content.decode(API.CaseDTO.self)
            #expect(closed.status == "closed")
            #expect(closed.nodes.map(\.status) == ["complete", "complete", "exempted", "exempted", "exempted", "exempted", "exempted"])
            #expect(closed.filingDue == "2026-04-01")

            let work = try await app.send(.GET, "/api/v1/worklist", headers: officer).content.decode([API.WorkItemDTO].self)
            #expect(work.map(\.task) == ["filing"])
            #expect(work.first?.due == "2026-04-01")
            let home = try await app.send(.GET, "/home", headers: app.account("pudong.officer").cookie)
            #expect(home.body.string.contains("立卷归档"))
            // Worklists load a closed case only within the horizon after closing.
            let now = app.clock.now()
            #expect(try await app.store.cases.active(in: .everything, closedSince: now.addingTimeInterval(-1)).map(\.number.description) == [number])
            #expect(try await app.store.cases.active(in: .everything, closedSince: now.addingTimeInterval(1)).isEmpty)
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }

    @Test("Per case: outsiders get 404, those who follow or read are refused changes, the team acts (route × role × case)")
    func perCaseWalk() async throws {
        try await Self.withEnterprise { app in
            let number = try await Self.open("license-onsite-review", in: app, team: ["review.agency"])
            let bodies: [String: String] = [
                "records": #"{"text":"x"}"#, "exemptions": #"{"ground":"emergency","statement":"x"}"#,
                "not-applicable": #"{"reason":"x"}"#, "pause": #"{"reason":"x"}"#,
            ]
            let subject = try #require(try await app.store.cases.find(try CaseNumber(parsing: number)))
            var checked = 0
            // Case routes only: applications and certificates number other things.
            for route in app.app.routes.all where route.path.contains(.parameter("number")) && route.path.first?.description == "api"
                && route.path.contains(.constant("cases")) {
                for (name, _, _) in TestApp.fixtureAccounts {
                    let account = app.account(name)
                    let path = "/" + route.path.map { component -> String in
                        switch component {
                        case .parameter("number"): number
                        case .parameter("node"): "factory-entry"
                        default: component.description
                        }
                    }.joined(separator: "/")
                    let res = try await app.send(route.method, path, headers: account.bearer, json: route.method == .GET ? nil : bodies[route.path.last!.description] ?? "{}")
                    let access = CaseAccess.of(account.user, on: subject)
                    switch access {
                    case .none:
                        #expect(res.status == .notFound, "\(name) \(route.method) \(path): \(res.status)")
                    case .follow, .read:
                        let expected: HTTPStatus = route.method == .GET ? .ok : .forbidden
                        #expect(res.status == expected, "\(name) \(route.method) \(path): \(res.status)")
                    case .act where route.path.last == .constant("publish") && !DisclosureRules.mayApprove(account.user, on: subject):
                        // Publication is the officers' act alone (网站公示).
                        #expect(res.status == .forbidden, "\(name) \(route.method) \(path): \(res.status)")
                    case .act:
                        #expect(res.status != .notFound && res.status != .forbidden, "\(name) \(route.method) \(path): \(res.status)")
                    }
                    checked += 1
                }
            }
            // The pages: the case page and its forms. Routes of one record
            // also depend on the role (only reviewers review), and have their
            // own tests (EvidenceRecordsTests).
            for route in app.app.routes.all where route.path.contains(.parameter("number")) && route.path.first?.description == "cases"
                && !route.path.contains(.parameter("id")) {
                for (name, _, _) in TestApp.fixtureAccounts {
                    let account = app.account(name)
                    let path = "/" + route.path.map { component -> String in
                        switch component {
                        case .parameter("number"): number
                        case .parameter("node"): "factory-entry"
                        case .parameter("action"): "exemptions"
                        default: component.description
                        }
                    }.joined(separator: "/")
                    let form = route.method == .POST ? ["csrf": account.csrf, "ground": "emergency", "statement": "x"] : nil
                    let res = try await app.send(route.method, path, headers: account.cookie, form: form)
                    // Field capture is for those who act on the case only, its page too.
                    let actsOnly = route.path.contains(.constant("capture"))
                    switch CaseAccess.of(account.user, on: subject) {
                    case .none: #expect(res.status == .notFound, "\(name) \(route.method) \(path): \(res.status)")
                    case .follow, .read:
                        let expected: HTTPStatus = route.method == .GET && !actsOnly ? .ok : .forbidden
                        #expect(res.status == expected, "\(name) \(route.method) \(path): \(res.status)")
                    case .act where route.path.last == .constant("publish") && !DisclosureRules.mayApprove(account.user, on: subject):
                        #expect(res.status == .forbidden, "\(name) \(route.method) \(path): \(res.status)")
                    case .act: #expect(res.status != .notFound && res.status != .forbidden, "\(name) \(route.method) \(path): \(res.status)")
                    }
                    checked += 1
                }
            }
            #expect(checked >= 9 * TestApp.fixtureAccounts.count)
            #expect(CaseAccess.of(app.account("xuhui.officer").user, on: subject) == .none)
            #expect(CaseAccess.of(app.account("review.agency").user, on: subject) == .act)
        }
    }

    @Test("The case page shows the nodes; a refused completion shows the page again with the reason; the forms move the case")
    func pages() async throws {
        try await Self.withEnterprise { app in
            let number = try await Self.open("license-application", in: app)
            let officer = app.account("pudong.officer")
            let page = try await app.send(.GET, "/cases/\(number)", headers: officer.cookie)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("作出受理决定"))
            let refused = try await app.send(.POST, "/cases/\(number)/nodes/acceptance/complete", headers: officer.cookie, form: ["csrf": officer.csrf])
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("尚缺记录"))
            let added = try await app.send(
                .POST, "/cases/\(number)/nodes/acceptance/records", headers: officer.cookie,
                form: ["csrf": officer.csrf, "text": "<script>受理</script>", "label": "受理决定"]
            )
            #expect(added.status == .seeOther)
            let shown = try await app.send(.GET, "/cases/\(number)", headers: officer.cookie).body.string
            #expect(shown.contains("&lt;script&gt;受理&lt;/script&gt;"))
            #expect(!shown.contains("<script>受理"))
            let done = try await app.send(.POST, "/cases/\(number)/nodes/acceptance/complete", headers: officer.cookie, form: ["csrf": officer.csrf])
            #expect(done.status == .seeOther)
            let english = try await app.send(.GET, "/cases/\(number)", headers: officer.cookie.merging(["Accept-Language": "en"]))
            #expect(english.body.string.contains("Decide on acceptance"))
        }
    }

    @Test("Processes and their flow charts are public (REC-12)")
    func publicProcesses() async throws {
        try await withTestApp { app in
            let list = try await app.send(.GET, "/api/v1/processes").content.decode([API.ProcessDTO].self)
            #expect(list.map(\.id) == [
                "license-application", "license-renewal", "license-change", "license-reissue", "license-onsite-review", "license-withdrawal", "license-revocation",
                "license-penalty-revocation", "license-cancellation", "cma-traditional", "cma-commitment", "cma-followup-onsite",
                "cma-followup-document", "random-inspection",
                "supervision-periodic", "supervision-ad-hoc", "supervision-return-visit", "supervision-special", "supervision-sampling", "supervision-interview",
            ])
            let svg = try await app.send(.GET, "/processes/license-onsite-review/flow.svg")
            #expect(svg.status == .ok)
            #expect(svg.headers.contentType?.subType == "svg+xml")
            #expect(svg.body.string.contains("末次会议"))
            let page = try await app.send(.GET, "/processes/license-onsite-review")
            #expect(page.status == .ok, "\(page.body.string.prefix(600))")
            #expect(try await app.send(.GET, "/api/v1/processes/nowhere").status == .notFound)
        }
    }
}

@Suite("Testing agencies — 检验检测机构")
struct AgenciesAPITests {
    @Test("The city bureau registers an agency once; a wrong code, an unknown district or a second registration is refused")
    func register() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin").bearer
            let created = try await app.send(.POST, "/api/v1/agencies", headers: admin, json: #"{"creditCode":"91310000MA1FL1MMXL","name":"上海示范检测技术有限公司","district":null}"#)
            #expect(created.status == .created)
            #expect(try await app.send(.POST, "/api/v1/agencies", headers: admin, json: #"{"creditCode":"91310000MA1FL1MMXL","name":"又一家"}"#).status == .conflict)
            #expect(try await app.send(.POST, "/api/v1/agencies", headers: admin, json: #"{"creditCode":"91310000MA1FL1MMX1","name":"x"}"#).status == .unprocessableEntity)
            #expect(try await app.send(.POST, "/api/v1/agencies", headers: admin, json: #"{"creditCode":"91310115MA1H7GKX3T","name":"x","district":"999999"}"#).status == .unprocessableEntity)
            #expect(try await app.send(.POST, "/api/v1/agencies", headers: app.account("pudong.officer").bearer, json: #"{"creditCode":"91310115MA1H7GKX3T","name":"x"}"#).status == .forbidden)
            let list = try await app.send(.GET, "/api/v1/agencies", headers: admin).content.decode([API.AgencyDTO].self)
            #expect(list.map(\.name) == ["上海示范检测技术有限公司"])
        }
    }
}
