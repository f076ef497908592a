import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Catalogue API and page — read by all, edited by the city bureau (LIC-1)")
struct CatalogueAPITests {
    static let unitBody = #"{"category":"06-001","name":"控制电缆","implementationRules":"电线电缆产品生产许可证实施细则","riskLevel":"II"}"#

    static func installed(_ body: (TestApp) async throws -> Void) async throws {
        try await withTestApp { app in
            try await CatalogueCommands.installDefaults(in: app.store.operatorContext("fixture"))
            try await body(app)
        }
    }

    @Test("every role reads the catalogue, with its version")
    func read() async throws {
        try await Self.installed { app in
            for (name, _, _) in TestApp.fixtureAccounts {
                let res = try await app.send(.GET, "/api/v1/catalogue", headers: app.account(name).bearer)
                #expect(res.status == .ok, "\(name)")
                let catalogue = try res.content.decode(API.CatalogueDTO.self)
                #expect(catalogue.version == 1 && catalogue.currentVersion == 1)
                #expect(catalogue.categories.count == 20)
                #expect(catalogue.categories.filter(\.simplifiedProcedure).count == 17)
            }
        }
    }

    @Test("the city bureau adds and edits a unit; a past version still shows the old unit")
    func edit() async throws {
        try await Self.installed { app in
            let admin = app.account("city.admin")
            let added = try await app.send(.POST, "/api/v1/catalogue/units", headers: admin.bearer, json: Self.unitBody)
            #expect(added.status == .created)
            let unit = try added.content.decode(API.UnitDTO.self)
            #expect(unit.version == 2)

            let edited = try await app.send(
                .PUT, "/api/v1/catalogue/units/\(unit.id)", headers: admin.bearer, json: Self.unitBody.replacingOccurrences(of: #""II""#, with: #""I""#)
            )
            #expect(try edited.content.decode(API.UnitDTO.self).version == 3)

            let past = try await app.send(.GET, "/api/v1/catalogue/units/\(unit.id)?version=2", headers: admin.bearer)
            #expect(try past.content.decode(API.UnitDTO.self).riskLevel == "II")
            let now = try await app.send(.GET, "/api/v1/catalogue/units/\(unit.id)", headers: admin.bearer)
            #expect(try now.content.decode(API.UnitDTO.self).riskLevel == "I")

            // 检验项目 (LIC-3): listed through the API, kept as a version of their own.
            let listed = try await app.send(
                .PUT, "/api/v1/catalogue/units/\(unit.id)", headers: admin.bearer,
                json: Self.unitBody.replacingOccurrences(of: #""riskLevel":"II""#, with: #""riskLevel":"I","testItems":["结构尺寸"," 电压试验 "]"#)
            )
            #expect(try listed.content.decode(API.UnitDTO.self).testItems == ["结构尺寸", "电压试验"])
            let twice = try await app.send(
                .PUT, "/api/v1/catalogue/units/\(unit.id)", headers: admin.bearer,
                json: Self.unitBody.replacingOccurrences(of: #""riskLevel":"II""#, with: #""riskLevel":"I","testItems":["电压试验","电压试验"]"#)
            )
            #expect(twice.status == .unprocessableEntity)
            #expect(try await app.send(.GET, "/api/v1/catalogue/units/\(unit.id)?version=3", headers: admin.bearer)
                .content.decode(API.UnitDTO.self).testItems == [])
            let missing = try await app.send(.GET, "/api/v1/catalogue?version=9", headers: admin.bearer)
            #expect(missing.status == .notFound)
            _ = try await app.store.ledger.check()
        }
    }

    @Test("toggling the simplified procedure makes a new version")
    func toggle() async throws {
        try await Self.installed { app in
            let admin = app.account("city.admin")
            let res = try await app.send(.PUT, "/api/v1/catalogue/categories/08-001/simplified", headers: admin.bearer, json: #"{"simplified":true}"#)
            let category = try res.content.decode(API.CategoryDTO.self)
            #expect(category.name == "水泥" && category.simplifiedProcedure)
            #expect(try await app.store.catalogue.currentVersion() == 2)
            let again = try await app.send(.PUT, "/api/v1/catalogue/categories/08-001/simplified", headers: admin.bearer, json: #"{"simplified":true}"#)
            #expect(again.status == .conflict)
        }
    }

    @Test("refusals: fields in Chinese, a duplicate name is 409, others may not edit")
    func refusals() async throws {
        try await Self.installed { app in
            let admin = app.account("city.admin")
            let invalid = try await app.send(
                .POST, "/api/v1/catalogue/units", headers: admin.bearer,
                json: #"{"category":"6-1","name":"","implementationRules":"细则","riskLevel":"IV"}"#
            )
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.problem?.errors?.map(\.detail) == ["产品类别：格式不正确", "名称：必填", "风险等级：无效的取值：IV"])
            let duplicate = try await app.send(
                .POST, "/api/v1/catalogue/units", headers: admin.bearer, json: Self.unitBody.replacingOccurrences(of: "控制电缆", with: "电力电缆")
            )
            #expect(duplicate.status == .conflict)
            let officer = try await app.send(.POST, "/api/v1/catalogue/units", headers: app.account("pudong.officer").bearer, json: Self.unitBody)
            #expect(officer.status == .forbidden)
        }
    }

    @Test("the city bureau adds and renames categories; the code stays; refusals are problems; nobody else may")
    func categories() async throws {
        try await Self.installed { app in
            let admin = app.account("city.admin")
            let body = #"{"code":"31-001","name":"电动自行车","issuingLevel":"provincial","simplifiedProcedure":true}"#
            let added = try await app.send(.POST, "/api/v1/catalogue/categories", headers: admin.bearer, json: body)
            #expect(added.status == .created)
            #expect(try added.content.decode(API.CategoryDTO.self).name == "电动自行车")
            let again = try await app.send(.POST, "/api/v1/catalogue/categories", headers: admin.bearer, json: body)
            #expect(again.status == .conflict)
            #expect(again.problem?.detail == "产品类别代码 31-001 已被使用。")

            let renamed = try await app.send(
                .PUT, "/api/v1/catalogue/categories/06-001", headers: admin.bearer,
                json: #"{"name":"电线电缆产品","issuingLevel":"provincial","simplifiedProcedure":true}"#
            )
            #expect(renamed.status == .ok)
            let catalogue = try await app.store.catalogue.catalogue()
            #expect(catalogue.version == 3 && catalogue.category(ProductCategoryCode(rawValue: "06-001")!)?.name == "电线电缆产品")
            #expect(try await app.store.catalogue.catalogue(at: 2).category(ProductCategoryCode(rawValue: "06-001")!)?.name == "电线电缆")

            let clash = try await app.send(
                .PUT, "/api/v1/catalogue/categories/06-001", headers: admin.bearer,
                json: #"{"name":"化肥","issuingLevel":"provincial","simplifiedProcedure":true}"#
            )
            #expect(clash.status == .conflict)
            let invalid = try await app.send(
                .POST, "/api/v1/catalogue/categories", headers: admin.bearer,
                json: #"{"code":"31","name":"","issuingLevel":"county","simplifiedProcedure":false}"#
            )
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.problem?.errors?.count == 3)
            let unknown = try await app.send(
                .PUT, "/api/v1/catalogue/categories/99-999", headers: admin.bearer,
                json: #"{"name":"无","issuingLevel":"provincial","simplifiedProcedure":true}"#
            )
            #expect(unknown.status == .unprocessableEntity)
            let officer = try await app.send(.POST, "/api/v1/catalogue/categories", headers: app.account("pudong.officer").bearer, json: body)
            #expect(officer.status == .forbidden)
            #expect(try await app.store.catalogue.currentVersion() == 3)
            #expect(try await app.store.ledger.check().coveredRows > 0)

            let page = try await app.send(.POST, "/catalogue/categories", headers: admin.cookie, form: [
                "code": "31-002", "name": "电动自行车充电器", "issuingLevel": "provincial", "simplified": "true", "csrf": admin.csrf,
            ])
            #expect(page.headers.first(name: .location) == "/catalogue?saved=4")
            let form = try await app.send(.GET, "/catalogue?editCategory=31-002", headers: admin.cookie)
            #expect(form.text.contains(#"action="/catalogue/categories/31-002""#) && form.text.contains(#"value="电动自行车充电器""#))
            let refused = try await app.send(.POST, "/catalogue/categories/31-002", headers: admin.cookie, form: [
                "name": "化肥", "issuingLevel": "provincial", "csrf": admin.csrf,
            ])
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("已有名为“化肥”的产品类别"))
        }
    }

    @Test("the page shows the catalogue, edits by form, and shows a past version read-only")
    func page() async throws {
        try await Self.installed { app in
            let admin = app.account("city.admin")
            let shown = try await app.send(.GET, "/catalogue", headers: admin.cookie)
            #expect(shown.text.contains("特种劳动防护用品") && shown.text.contains("目录版本 1"))
            #expect(shown.text.contains(#"action="/catalogue/units""#))

            let added = try await app.send(.POST, "/catalogue/units", headers: admin.cookie, form: [
                "category": "06-001", "name": "控制电缆", "implementationRules": "电线电缆产品生产许可证实施细则", "riskLevel": "II", "csrf": admin.csrf,
            ])
            #expect(added.status == .seeOther)
            #expect(added.headers.first(name: .location) == "/catalogue?saved=2")
            let toggled = try await app.send(.POST, "/catalogue/categories/06-001/simplified", headers: admin.cookie, form: ["simplified": "false", "csrf": admin.csrf])
            #expect(toggled.headers.first(name: .location) == "/catalogue?saved=3")

            let past = try await app.send(.GET, "/catalogue?version=1", headers: admin.cookie)
            #expect(past.text.contains("正在查看历史版本 1"))
            #expect(!past.text.contains("控制电缆"))
            #expect(!past.text.contains(#"action="/catalogue/units""#))

            let enterprise = try await app.send(.GET, "/catalogue", headers: app.account("demo.enterprise").cookie)
            #expect(enterprise.text.contains("控制电缆"))
            #expect(!enterprise.text.contains(#"action="/catalogue/units""#))
        }
    }
}
