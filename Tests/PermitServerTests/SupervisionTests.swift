import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Supervision — classification and the annual plan through API and page (SUP-1, SUP-3, SUP-6, SUP-7)")
struct SupervisionTests {
    static func classify(_ level: String, commitment: String? = nil) -> String {
        let extra = commitment.map { #","commitment":"\#($0)""# } ?? ""
        return #"{"creditCode":"\#(CasesAPITests.enterpriseCode)","class":"\#(level)","reason":"年度分类","evidence":"2026年现场核查记录"\#(extra)}"#
    }

    static func year(_ app: TestApp) -> Int { CivilDate(app.clock.now()).year }

    @Test("a new licensee is planned as B; classified C, refused a two-level rise with the rule, raised one step; the plan follows")
    func classifyAndPlan() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer").bearer
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let planPath = "/api/v1/supervision/plans/\(Self.year(app))?district=310115"

            let before = try await app.send(.GET, planPath, headers: officer)
            #expect(before.status == .ok, "\(before.body.string)")
            let fresh = try before.content.decode([API.SupervisionPlanRowDTO].self)
            #expect(fresh.map(\.creditCode) == [CasesAPITests.enterpriseCode])
            #expect(fresh.first?.class == nil && fresh.first?.mode == "normal" && fresh.first?.inspections == 1 && fresh.first?.productRisk == "II")

            let c = try await app.send(.POST, "/api/v1/supervision/classifications", headers: officer, json: Self.classify("C"))
            #expect(c.status == .created, "\(c.body.string)")
            #expect(try c.content.decode(API.ClassificationDTO.self).district == "310115")
            #expect(try await app.send(.GET, planPath, headers: officer).content.decode([API.SupervisionPlanRowDTO].self).first?.inspections == 2)

            let leap = try await app.send(.POST, "/api/v1/supervision/classifications", headers: officer, json: Self.classify("A"))
            #expect(leap.status == .conflict)
            #expect(leap.body.string.contains("不允许越级上升") && leap.headers.contentType?.description.contains("problem+json") == true)

            #expect(try await app.send(.POST, "/api/v1/supervision/classifications", headers: officer, json: Self.classify("B")).status == .created)
            #expect(try await app.send(.POST, "/api/v1/supervision/classifications", headers: officer, json: Self.classify("A")).status == .created)
            let noCommitment = try await app.send(.POST, "/api/v1/supervision/classifications", headers: officer, json: Self.classify("AA"))
            #expect(noCommitment.status == .conflict && noCommitment.body.string.contains("承诺书"))

            let rows = try await app.send(.GET, planPath, headers: officer).content.decode([API.SupervisionPlanRowDTO].self)
            #expect(rows.first?.class == "A" && rows.first?.mode == "responsibility" && rows.first?.inspections == 1, "50% of one, rounded up")

            let code = try UnifiedSocialCreditCode(validating: CasesAPITests.enterpriseCode)
            #expect(try await app.store.supervision.classifications(of: code).map(\.supervisionClass) == [.c, .b, .a], "history kept")
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }

    @Test("refused: another district's officer, the enterprise itself, an unknown class, a missing district")
    func refusals() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let xuhui = app.account("xuhui.officer").bearer
            #expect(try await app.send(.POST, "/api/v1/supervision/classifications", headers: xuhui, json: Self.classify("B")).status == .forbidden)
            #expect(try await app.send(.POST, "/api/v1/supervision/classifications", headers: enterprise, json: Self.classify("B")).status == .forbidden)
            #expect(try await app.send(.GET, "/api/v1/supervision/plans/2027?district=310115", headers: xuhui).status == .forbidden)
            let officer = app.account("pudong.officer").bearer
            let unknown = try await app.send(.POST, "/api/v1/supervision/classifications", headers: officer, json: Self.classify("D"))
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("class"))
            #expect(try await app.send(.GET, "/api/v1/supervision/plans/2027", headers: officer).status == .unprocessableEntity)
            let city = app.account("city.admin").bearer
            #expect(try await app.send(.POST, "/api/v1/supervision/classifications", headers: city, json: Self.classify("B")).status == .created)
        }
    }

    @Test("an enterprise without a licence is not classified")
    func unlicensed() async throws {
        try await CasesAPITests.withEnterprise { app in
            let res = try await app.send(.POST, "/api/v1/supervision/classifications", headers: app.account("pudong.officer").bearer, json: Self.classify("B"))
            #expect(res.status == .conflict && res.body.string.contains("生产许可证"))
        }
    }

    @Test("the page shows the plan in both languages, says the class may not be advertised, and its form refuses a two-level rise inline")
    func page() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer")
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let path = "/supervision/plans/\(Self.year(app))"
            let zh = try await app.send(.GET, path, headers: officer.cookie.merging(["Accept-Language": "zh-CN"]))
            #expect(zh.status == .ok)
            #expect(zh.text.contains("上海示范电缆有限公司") && zh.text.contains("未分类（按B类计划）") && zh.text.contains("不得用于广告"))
            #expect(zh.text.contains("/classification\">上海示范电缆有限公司</a>"), "each enterprise links to its classification page")
            let en = try await app.send(.GET, path + "?district=310115", headers: officer.cookie.merging(["Accept-Language": "en"]))
            #expect(en.text.contains("Normal supervision") && en.text.contains("may not print it on products"))
            #expect(try await app.send(.GET, path, headers: app.account("city.admin").cookie).text.contains("请先选择辖区"))

            let form = ["csrf": officer.csrf, "district": "310115", "creditCode": CasesAPITests.enterpriseCode, "reason": "年度分类", "evidence": "核查记录"]
            let c = try await app.send(.POST, path, headers: officer.cookie, form: form.merging(["class": "C"]) { $1 })
            #expect(c.status == .seeOther && c.headers.first(name: .location) == "\(path)?district=310115")
            let leap = try await app.send(.POST, path, headers: officer.cookie, form: form.merging(["class": "A"]) { $1 })
            #expect(leap.status == .conflict && leap.text.contains("不允许越级上升"))
            #expect(try await app.send(.GET, path, headers: officer.cookie).text.contains("C类企业"))
        }
    }
}

extension SupervisionTests {
    @Test("the bureau's officers find this year's supervision plan and the random inspections in the menu; others do not")
    func menu() async throws {
        try await withTestApp { app in
            let district = try await app.send(.GET, "/home", headers: app.account("pudong.officer").cookie).text
            #expect(district.contains("href=\"/supervision/plans/2026?district=310115\"") && district.contains("href=\"/inspection/plans\""))
            #expect(try await app.send(.GET, "/home", headers: app.account("city.admin").cookie).text.contains("href=\"/supervision/plans/2026\""))
            #expect(try await !app.send(.GET, "/home", headers: app.account("pudong.inspector").cookie).text.contains("/supervision/plans"))
        }
    }
}
