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
            #expect(skipping.status == .created)
            #expect(empty.status == .unprocessableEntity && empty.text.contains("文件为空"))
            #expect(export.headers.contentType?.subType == "csv")
            #expect(export.text.contains("好公司,91310000MA1FL1MMXL"))
            #expect(notAllowed.status == .forbidden)
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
