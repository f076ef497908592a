import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import Testing
import Vapor
import VaporTesting

@Suite("Enterprise pages — register and edit in a form, through the same rules and ledger (RND-1, SUP-11)")
struct EnterpriseFormTests {
    static func form(_ account: TestAccount, name: String, code: String = "91310115MA1H7GKX3T", phone: String = "13812345678") -> [String: String] {
        [
            "csrf": account.csrf, "name": name, "creditCode": code, "registeredAddress": "上海市浦东新区张江路1号",
            "registeredDistrict": "310115", "productionAddress": "上海市徐汇区漕宝路2号", "productionDistrict": "310104",
            "legalRepresentative": "张三", "phone": phone,
        ]
    }

    /// The enterprise a form saved, from the redirect to its record.
    static func savedID(_ response: TestingHTTPResponse) throws -> String {
        try #require(response.headers.first(name: .location)?.split(separator: "/").last?.split(separator: "?").first.map(String.init))
    }

    @Test("a district officer registers in the form, is sent to the record, and edits it; both changes are in its history")
    func registerAndEdit() async throws {
        try await withTestApp { app in
            let officer = app.account("pudong.officer")
            let blank = try await app.send(.GET, "/enterprises/new", headers: officer.cookie)
            #expect(blank.status == .ok)
            #expect(blank.text.contains("统一社会信用代码") && blank.text.contains(officer.csrf))

            let created = try await app.send(.POST, "/enterprises", headers: officer.cookie, form: Self.form(officer, name: "上海精工电缆有限公司"))
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let id = try Self.savedID(created)

            let record = try await app.send(.GET, location, headers: officer.cookie)
            #expect(record.text.contains("已保存") && record.text.contains("/enterprises/\(id)/edit"))
            let edit = try await app.send(.GET, "/enterprises/\(id)/edit", headers: officer.cookie)
            #expect(edit.text.contains("value=\"上海精工电缆有限公司\""))

            let saved = try await app.send(.POST, "/enterprises/\(id)", headers: officer.cookie, form: Self.form(officer, name: "上海精工电缆股份有限公司"))
            #expect(saved.status == .seeOther)
            let stored = try #require(try await app.store.enterprises.enterprise(EnterpriseID(rawValue: UUID(uuidString: id)!)))
            #expect(stored.name == "上海精工电缆股份有限公司")
            let history = try await app.store.enterprises.history(stored.id)
            #expect(history.map(\.entry.eventType) == ["enterprise.registered", "enterprise.updated"])
            let page = try await app.send(.GET, "/enterprises/\(id)", headers: officer.cookie)
            #expect(page.text.contains("由 用户 pudong.officer（浦东新区） 登记企业“上海精工电缆有限公司”"))
            #expect(page.text.contains("企业名称：上海精工电缆有限公司 → 上海精工电缆股份有限公司"))
            #expect(!page.text.contains("classification="))
        }
    }

    @Test("a further production site is added in the form's spare pair and removed by blanking it; its district sees the enterprise meanwhile")
    func furtherSite() async throws {
        try await withTestApp { app in
            let officer = app.account("pudong.officer")
            var form = Self.form(officer, name: "上海精工电缆有限公司")
            form["productionDistrict"] = "310115"
            form["productionAddress2"] = "上海市徐汇区漕宝路9号"
            form["productionDistrict2"] = "310104"
            let created = try await app.send(.POST, "/enterprises", headers: officer.cookie, form: form)
            #expect(created.status == .seeOther)
            let id = try Self.savedID(created)
            let enterprise = try #require(try await app.store.enterprises.enterprise(EnterpriseID(rawValue: UUID(uuidString: id)!)))
            #expect(enterprise.productionSites.map(\.address) == ["上海市徐汇区漕宝路2号", "上海市徐汇区漕宝路9号"])
            #expect(try await app.send(.GET, "/enterprises/\(id)", headers: app.account("xuhui.officer").cookie).status == .ok)

            let edit = try await app.send(.GET, "/enterprises/\(id)/edit", headers: officer.cookie)
            #expect(edit.text.contains(#"name="productionAddress2" value="上海市徐汇区漕宝路9号""#))
            #expect(edit.text.contains(#"name="productionAddress3" value="""#))

            // The site in 徐汇 is 徐汇's to remove (or the city bureau's), not 浦东's.
            form["productionAddress2"] = ""
            form["productionDistrict2"] = ""
            let refused = try await app.send(.POST, "/enterprises/\(id)", headers: officer.cookie, form: form)
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("徐汇区的生产地址由该生产地辖区或市局修改"))
            let city = app.account("city.admin")
            form["csrf"] = city.csrf
            let saved = try await app.send(.POST, "/enterprises/\(id)", headers: city.cookie, form: form)
            #expect(saved.status == .seeOther)
            #expect(try await app.store.enterprises.enterprise(enterprise.id)?.productionSites.count == 1)
            #expect(try await app.send(.GET, "/enterprises/\(id)", headers: app.account("xuhui.officer").cookie).status != .ok)
        }
    }

    @Test("a wrong check character is named in the form, what was typed stays, nothing is written")
    func invalidInput() async throws {
        try await withTestApp { app in
            let officer = app.account("pudong.officer")
            let refused = try await app.send(
                .POST, "/enterprises", headers: officer.cookie, form: Self.form(officer, name: "坏公司", code: "91310115MA1H7GKX3A", phone: "abc")
            )
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("校验码应为 T"))
            #expect(refused.text.contains("value=\"坏公司\""))
            #expect(try await app.store.enterprises.count() == 0)
        }
    }

    @Test("without the form token, in another district, or in a role that may not: refused")
    func refusals() async throws {
        try await withTestApp { app in
            let officer = app.account("pudong.officer")
            var tokenless = Self.form(officer, name: "上海精工电缆有限公司")
            tokenless["csrf"] = "wrong"
            let forged = try await app.send(.POST, "/enterprises", headers: officer.cookie, form: tokenless)
            #expect(forged.status == .forbidden)

            let created = try await app.send(.POST, "/enterprises", headers: officer.cookie, form: Self.form(officer, name: "上海精工电缆有限公司"))
            let id = try Self.savedID(created)
            let production = try await app.send(.GET, "/enterprises/\(id)/edit", headers: app.account("xuhui.officer").cookie)
            #expect(production.status == .ok) // the production district (徐汇) sees and keeps it too (SUP-11)
            let auditor = app.account("auditor")
            let audit = try await app.send(.POST, "/enterprises/\(id)", headers: auditor.cookie, form: Self.form(auditor, name: "改名"))
            #expect(audit.status == .forbidden)
            #expect(try await app.store.enterprises.count() == 1)
            let reader = try await app.send(.GET, "/enterprises/\(id)", headers: auditor.cookie)
            #expect(reader.status == .ok && !reader.text.contains("/edit"))
        }
    }
}
