import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Classification of one enterprise — the issue's API resources, facts, proposals, the AA commitment and ban, both districts, the city (SUP-1, SUP-2, SUP-5, SUP-6, SUP-11, SUP-12)")
struct ClassificationAPITests {
    static func enterpriseID(_ app: TestApp, _ code: String = CasesAPITests.enterpriseCode) async throws -> String {
        try #require(try await app.store.enterprises.enterprise(creditCode: try UnifiedSocialCreditCode(validating: code))).id.description
    }

    static func body(_ level: String, commitment: String? = nil) -> String {
        let extra = commitment.map { #","commitment":"\#($0)""# } ?? ""
        return #"{"class":"\#(level)","reason":"年度动态调整"\#(extra)}"#
    }

    /// An enterprise registered in 徐汇 that produces in 浦东 under a
    /// licence the registry holds for 特种劳动防护用品 (risk Ⅰ).
    static func registerAcrossDistricts(_ app: TestApp) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let code = try UnifiedSocialCreditCode.random(using: &generator, divisionCode: "310104").rawValue
        _ = try await EnterpriseCommands.register(EnterpriseDraft(
            name: "上海徐汇防护用品有限公司", creditCode: code, registeredAddress: "上海市徐汇区漕宝路 1 号", registeredDistrict: "310104",
            productionAddress: "上海市浦东新区川沙路 9 号", productionDistrict: "310115", legalRepresentative: "王芳", phone: "021-64000000",
            licenseNumber: "(沪)XK19-001-00077", licenseIssuedOn: "2025-01-15", licenseValidUntil: "2030-01-14", productScope: "安全帽"
        ), in: app.store.operatorContext())
        return code
    }

    @Test("a new licensee: due in two months, proposed B; C; a two-level rise refused 409 quoting art. 33; one step up; AA refused without the commitment, accepted with the uploaded scan; history with date and by whom")
    func lifecycle() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let officer = app.account("pudong.officer")
            let path = "/api/v1/enterprises/\(try await Self.enterpriseID(app))/classification"

            let fresh = try await app.send(.GET, path, headers: officer.bearer).content.decode(API.EnterpriseClassificationDTO.self)
            #expect(fresh.class == nil && fresh.mode == "normal" && fresh.productRisk == "II" && fresh.supervisingDistrict == "310115")
            #expect(fresh.proposals.map(\.kind) == ["classify-new-licensee"] && fresh.proposals.first?.classes == ["B"])
            #expect(fresh.classificationDue != nil && !fresh.overdue && fresh.notice.contains("不得用于广告"))
            #expect(try await app.send(.GET, "/home", headers: officer.cookie).text.contains("上海示范电缆有限公司 · 新获证企业须于"))

            #expect(try await app.send(.POST, path, headers: officer.bearer, json: Self.body("C")).status == .created)
            let leap = try await app.send(.POST, path, headers: officer.bearer, json: Self.body("A"))
            #expect(leap.status == .conflict && leap.problem?.detail.contains("不允许越级上升") == true && leap.problem?.detail.contains("第三十三条") == true)
            #expect(try await app.send(.POST, path, headers: officer.bearer, json: Self.body("B")).status == .created)
            #expect(try await app.send(.POST, path, headers: officer.bearer, json: Self.body("A")).status == .created)

            let bare = try await app.send(.POST, path, headers: officer.bearer, json: Self.body("AA"))
            #expect(bare.status == .conflict && bare.problem?.detail.contains("承诺书") == true && bare.problem?.detail.contains("第八条") == true)
            let foreign = try await app.send(.POST, path, headers: officer.bearer, json: Self.body("AA", commitment: "not-an-upload"))
            #expect(foreign.status == .unprocessableEntity && foreign.text.contains("commitment"))
            let scan = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 1240, height: 1754), as: officer, in: app)
            let aa = try await app.send(.POST, path, headers: officer.bearer, json: Self.body("AA", commitment: scan))
            #expect(aa.status == .created, "\(aa.text)")
            #expect(try aa.content.decode(API.ClassificationDTO.self).commitment?.count == 64, "the scan's SHA-256")

            let shown = try await app.send(.GET, path, headers: officer.bearer).content.decode(API.EnterpriseClassificationDTO.self)
            #expect(shown.class == "AA" && shown.mode == "credit" && shown.proposals.isEmpty && shown.classificationDue == nil)
            #expect(shown.history.map(\.class) == ["C", "B", "A", "AA"] && shown.history.allSatisfy { $0.by == "user:pudong.officer" && !$0.date.isEmpty })
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }

    @Test("a licensee never classified within two months is overdue, marked on the production district officer's home page")
    func overdue() async throws {
        try await withTestApp { app in
            try await CatalogueCommands.installDefaults(in: app.store.operatorContext("fixture"))
            let code = try await Self.registerAcrossDistricts(app)
            let officer = app.account("pudong.officer")
            let shown = try await app.send(.GET, "/api/v1/enterprises/\(try await Self.enterpriseID(app, code))/classification", headers: officer.bearer)
            let dto = try shown.content.decode(API.EnterpriseClassificationDTO.self)
            #expect(dto.overdue && dto.classificationDue == "2025-03-15")
            #expect(try await app.send(.GET, "/home", headers: officer.cookie).text.contains("<strong>已逾期（应于2025-03-15前分类）</strong>"))
            #expect(try await !app.send(.GET, "/home", headers: app.account("xuhui.officer").cookie).text.contains("已逾期（应于"))
        }
    }

    @Test("registered in 徐汇, produced in 浦东: 浦东 classifies, 徐汇 sees it and is told, but is refused 403; risk Ⅰ makes the mode stricter")
    func twoDistricts() async throws {
        try await withTestApp { app in
            try await CatalogueCommands.installDefaults(in: app.store.operatorContext("fixture"))
            let code = try await Self.registerAcrossDistricts(app)
            let path = "/api/v1/enterprises/\(try await Self.enterpriseID(app, code))/classification"
            let xuhui = app.account("xuhui.officer")
            let refused = try await app.send(.POST, path, headers: xuhui.bearer, json: Self.body("B"))
            #expect(refused.status == .forbidden && refused.headers.contentType?.description.contains("problem+json") == true)
            #expect(try await app.send(.POST, path, headers: app.account("demo.enterprise").bearer, json: Self.body("B")).status == .forbidden)
            #expect(try await app.send(.GET, path, headers: app.account("review.agency").bearer).status == .notFound)

            let pudong = app.account("pudong.officer").bearer
            #expect(try await app.send(.POST, path, headers: pudong, json: Self.body("B")).status == .created)
            let seen = try await app.send(.GET, path, headers: xuhui.bearer).content.decode(API.EnterpriseClassificationDTO.self)
            #expect(seen.class == "B" && seen.productRisk == "I" && seen.mode == "strict" && seen.supervisingDistrict == "310115")
            let home = try await app.send(.GET, "/home", headers: xuhui.cookie).text
            #expect(home.contains("上海徐汇防护用品有限公司 · 浦东新区定为B类企业（常态监管）"))
        }
    }

    @Test("recorded facts propose: failed sampling → C; a broken AA commitment → B or C, then AA refused for 5 years quoting art. 9; bad facts 422")
    func factsAndBan() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let officer = app.account("pudong.officer")
            let id = try await Self.enterpriseID(app)
            let (path, facts) = ("/api/v1/enterprises/\(id)/classification", "/api/v1/enterprises/\(id)/quality-facts")
            let today = CivilDate(app.clock.now())
            #expect(try await app.send(.POST, path, headers: officer.bearer, json: Self.body("B")).status == .created)

            let noLevel = try await app.send(.POST, facts, headers: officer.bearer, json: #"{"kind":"failed-sampling","occurredOn":"\#(today)","description":"市级监督抽查不合格"}"#)
            #expect(noLevel.status == .unprocessableEntity && noLevel.problem?.errors?.map(\.field) == ["level"])
            let xuhui = try await app.send(.POST, facts, headers: app.account("xuhui.officer").bearer,
                                           json: #"{"kind":"quality-penalty","occurredOn":"\#(today)","description":"x"}"#)
            #expect(xuhui.status == .forbidden)
            let failed = try await app.send(.POST, facts, headers: officer.bearer,
                                            json: #"{"kind":"failed-sampling","level":"provincial","occurredOn":"\#(today)","description":"市级监督抽查不合格","source":"CJ-2026-001"}"#)
            #expect(failed.status == .created, "\(failed.text)")
            let proposed = try await app.send(.GET, path, headers: officer.bearer).content.decode(API.EnterpriseClassificationDTO.self)
            #expect(proposed.proposals.map(\.kind) == ["failed-sampling"] && proposed.proposals.first?.classes == ["C"])
            #expect(try await app.send(.GET, facts, headers: officer.bearer).content.decode([API.QualityFactDTO].self).map(\.qualifier) == ["provincial"])

            // The command another capability calls when its sampling fails.
            let context = CommandContext(actor: .user(officer.user), clock: app.clock, store: app.store)
            try await QualityFactCommands.record(
                QualityFactDraft(kind: "broken-commitment", occurredOn: today.description, description: "自我承诺未履行，经查实"),
                about: CasesAPITests.enterpriseCode, in: context
            )
            // A lab's failed report in another capability's write: no officer's check.
            let lab = CommandContext(actor: .user(app.account("demo.lab").user), clock: app.clock, store: app.store)
            let holder = try #require(try await app.store.enterprises.enterprise(creditCode: try UnifiedSocialCreditCode(validating: CasesAPITests.enterpriseCode)))
            let draft = QualityFactDraft(kind: "failed-sampling", qualifier: "district", occurredOn: today.description, description: "监督检验不合格")
            #expect(throws: PermitCommands.CommandError.self) { try QualityFactCommands.fact(draft, about: holder, in: lab) }
            let found = try QualityFactCommands.finding(draft, about: holder, in: lab)
            try await app.store.write { try await $0.record(found, by: lab.actor.reference, at: lab.now) }
            #expect(found.district.rawValue == "310115")
            let banned = try await app.send(.GET, path, headers: officer.bearer).content.decode(API.EnterpriseClassificationDTO.self)
            #expect(banned.commitmentBanUntil == today.addingYears(5).description)
            #expect(try await app.send(.POST, path, headers: officer.bearer, json: Self.body("A")).status == .created)
            let scan = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 1240, height: 1754), as: officer, in: app)
            let aa = try await app.send(.POST, path, headers: officer.bearer, json: Self.body("AA", commitment: scan))
            #expect(aa.status == .conflict && aa.problem?.detail.contains("5年内不再接受") == true && aa.problem?.detail.contains("第九条") == true)
            let history = try await app.store.supervision.classifications(of: try UnifiedSocialCreditCode(validating: CasesAPITests.enterpriseCode))
            #expect(history.map(\.supervisionClass) == [.b, .a], "nothing written by the refusal")
        }
    }

    @Test("the page: class, mode and the advertising ban; its form refuses a two-level rise inline; facts recorded from a form; 390 px without script")
    func page() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let officer = app.account("pudong.officer")
            let path = "/enterprises/\(try await Self.enterpriseID(app))/classification"
            let zh = try await app.send(.GET, path, headers: officer.cookie.merging(["Accept-Language": "zh-CN"]))
            #expect(zh.status == .ok && zh.text.contains("不得用于广告") && zh.text.contains("未分类（按B类监管）") && !zh.text.contains("<script"))
            #expect(zh.text.contains("enctype=\"multipart/form-data\"") && zh.text.contains("name=\"csrf\""))
            let en = try await app.send(.GET, path, headers: officer.cookie.merging(["Accept-Language": "en"]))
            #expect(en.text.contains("Normal supervision") && en.text.contains("advertising"))

            let form = ["csrf": officer.csrf, "reason": "年度分类", "evidence": ""]
            let c = try await app.send(.POST, path, headers: officer.cookie, form: form.merging(["class": "C"]) { $1 })
            #expect(c.status == .seeOther && c.headers.first(name: .location) == path)
            let leap = try await app.send(.POST, path, headers: officer.cookie, form: form.merging(["class": "A"]) { $1 })
            #expect(leap.status == .conflict && leap.text.contains("不允许越级上升"))
            let fact = try await app.send(.POST, path + "/facts", headers: officer.cookie, form: [
                "csrf": officer.csrf, "kind": "substantial-change", "aspect": "process", "level": "provincial",
                "occurredOn": CivilDate(app.clock.now()).description, "description": "更换主要生产工艺",
            ])
            #expect(fact.status == .seeOther)
            #expect(try await app.send(.GET, path, headers: officer.cookie).text.contains("生产技术或工艺发生较大变化，应重新分类"))
            let xuhui = try await app.send(.GET, path, headers: app.account("xuhui.officer").cookie)
            #expect(xuhui.status == .notFound)
        }
    }

    @Test("the enterprise is told its class and mode on its home page, with the advertising ban")
    func enterpriseHome() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let id = try await Self.enterpriseID(app)
            #expect(try await app.send(.POST, "/api/v1/enterprises/\(id)/classification", headers: app.account("pudong.officer").bearer,
                                       json: Self.body("B")).status == .created)
            let own = try await app.send(.GET, "/api/v1/enterprises/\(id)/classification", headers: enterprise)
            #expect(try own.content.decode(API.EnterpriseClassificationDTO.self).class == "B")
            let demo = try await app.send(.GET, "/api/v1/enterprises/\(id)/classification", headers: app.account("demo.lab").bearer)
            #expect(demo.status == .notFound)

            let form = try await app.send(.GET, "/login")
            let csrf = try #require(form.headers.setCookie?[Request.preSessionCSRFCookie]?.string)
            let signedIn = try await app.send(.POST, "/login", headers: ["Cookie": "\(Request.preSessionCSRFCookie)=\(csrf)"], form: [
                "username": "shifan", "password": TestAccount.password, "next": "/home", "csrf": csrf,
            ])
            let session = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.sessionCookie]?.string)
            let cookie: HTTPHeaders = ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(session)"]
            let home = try await app.send(.GET, "/home", headers: cookie).text
            #expect(home.contains("B类企业 · 常态监管") && home.contains("不得用于广告"))
            let page = try await app.send(.GET, "/enterprises/\(id)/classification", headers: cookie)
            #expect(page.status == .ok && page.text.contains("B类企业") && !page.text.contains("name=\"reason\""), "no form for the enterprise")
        }
    }

    @Test("the city sees every district's figures and exports the AA list; a district officer sees only their own district")
    func city() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let officer = app.account("pudong.officer")
            let path = "/api/v1/enterprises/\(try await Self.enterpriseID(app))/classification"
            for level in ["B", "A"] { _ = try await app.send(.POST, path, headers: officer.bearer, json: Self.body(level)) }
            let scan = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 1240, height: 1754), as: officer, in: app)
            #expect(try await app.send(.POST, path, headers: officer.bearer, json: Self.body("AA", commitment: scan)).status == .created)

            let city = app.account("city.admin")
            let figures = try await app.send(.GET, "/api/v1/supervision/overview", headers: city.bearer).content.decode([API.DistrictFiguresDTO].self)
            #expect(figures.map(\.district).sorted() == ["310104", "310115"])
            let pudong = try #require(figures.first { $0.district == "310115" })
            #expect(pudong.licensed == 1 && pudong.aa == 1 && pudong.plannedInspections == 1)
            #expect(try await app.send(.GET, "/api/v1/supervision/overview", headers: officer.bearer).content.decode([API.DistrictFiguresDTO].self)
                .map(\.district) == ["310115"])
            #expect(try await app.send(.GET, "/api/v1/supervision/overview?year=1", headers: city.bearer).status == .unprocessableEntity)

            let csv = try await app.send(.GET, "/api/v1/supervision/aa-list", headers: city.bearer)
            #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
            #expect(csv.text.hasPrefix(AAList.csvHeader + "\n" + CasesAPITests.enterpriseCode + ",上海示范电缆有限公司,310115,"))
            let xuhuiCSV = try await app.send(.GET, "/api/v1/supervision/aa-list", headers: app.account("xuhui.officer").bearer)
            #expect(xuhuiCSV.text == AAList.csvHeader + "\n")

            let page = try await app.send(.GET, "/supervision/overview", headers: city.cookie)
            #expect(page.status == .ok && page.text.contains("浦东新区") && page.text.contains("class=\"bars\"") && page.text.contains("/api/v1/supervision/aa-list"))
            #expect(try await app.send(.GET, "/supervision/overview", headers: app.account("demo.enterprise").cookie).status == .forbidden)
        }
    }
}
