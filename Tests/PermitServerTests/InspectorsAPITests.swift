import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Inspector database API and pages — by role and district (RND-2, X-2)")
struct InspectorsAPITests {
    static func body(_ certificate: String = "ZF3101150001", name: String = "刘洋") -> String {
        #"{"name":"\#(name)","unit":"浦东新区市场监督管理局","position":"科长","phone":"021-68541234","certificateNumber":"\#(certificate)"}"#
    }

    @Test("a district officer adds and updates the district's inspectors; everything is ledgered")
    func addAndUpdate() async throws {
        try await withTestApp { app in
            let officer = app.account("pudong.officer")
            let added = try await app.send(.POST, "/api/v1/districts/310115/inspectors", headers: officer.bearer, json: Self.body())
            #expect(added.status == .created)
            let inspector = try added.content.decode(API.InspectorDTO.self)
            #expect(inspector.active && inspector.conflicts.isEmpty && inspector.district == "310115")

            let updated = try await app.send(
                .PUT, "/api/v1/districts/310115/inspectors/\(inspector.id)", headers: officer.bearer,
                json: Self.body().replacingOccurrences(of: "}", with: #","active":false}"#)
            )
            #expect(try updated.content.decode(API.InspectorDTO.self).active == false)
            let elsewhere = try await app.send(
                .PUT, "/api/v1/districts/310104/inspectors/\(inspector.id)", headers: app.account("xuhui.officer").bearer, json: Self.body()
            )
            #expect(elsewhere.status == .notFound)
            _ = try await app.store.ledger.check()
        }
    }

    @Test("who sees which list")
    func visibility() async throws {
        try await withTestApp { app in
            _ = try await app.send(.POST, "/api/v1/districts/310115/inspectors", headers: app.account("pudong.officer").bearer, json: Self.body())
            for name in ["city.admin", "auditor"] {
                let all = try await app.send(.GET, "/api/v1/inspectors", headers: app.account(name).bearer)
                #expect(try all.content.decode([API.InspectorDTO].self).count == 1, "\(name)")
            }
            let own = try await app.send(.GET, "/api/v1/districts/310115/inspectors", headers: app.account("pudong.inspector").bearer)
            #expect(try own.content.decode([API.InspectorDTO].self).count == 1)
            let other = try await app.send(.GET, "/api/v1/districts/310115/inspectors", headers: app.account("xuhui.officer").bearer)
            #expect(other.status == .forbidden)
            let inspectorAdds = try await app.send(.POST, "/api/v1/districts/310115/inspectors", headers: app.account("pudong.inspector").bearer, json: Self.body("ZF9"))
            #expect(inspectorAdds.status == .forbidden)
            let cityAdds = try await app.send(.POST, "/api/v1/districts/310115/inspectors", headers: app.account("city.admin").bearer, json: Self.body("ZF9"))
            #expect(cityAdds.status == .forbidden)
        }
    }

    @Test("a duplicate certificate number is 409; bad fields are named in Chinese")
    func refusals() async throws {
        try await withTestApp { app in
            _ = try await app.send(.POST, "/api/v1/districts/310115/inspectors", headers: app.account("pudong.officer").bearer, json: Self.body())
            let duplicate = try await app.send(
                .POST, "/api/v1/districts/310104/inspectors", headers: app.account("xuhui.officer").bearer, json: Self.body("zf3101150001", name: "周婷")
            )
            #expect(duplicate.status == .conflict)
            #expect(duplicate.problem?.errors?.map(\.field) == ["certificateNumber"])

            let invalid = try await app.send(
                .POST, "/api/v1/districts/310115/inspectors", headers: app.account("pudong.officer").bearer,
                json: #"{"name":"","unit":"局","position":"科长","phone":"abc","certificateNumber":"证","conflicts":["123"]}"#
            )
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.problem?.errors?.map(\.detail) == ["名称：必填", "联系电话：格式不正确", "执法证号：格式不正确", "回避企业：无效的取值：123"])
        }
    }

    @Test("the district page manages inspectors by form; the list of all shows every district")
    func pages() async throws {
        try await withTestApp { app in
            let officer = app.account("pudong.officer")
            let form = [
                "name": "刘洋", "unit": "浦东新区市场监督管理局", "position": "科长", "phone": "13812345678",
                "certificateNumber": "ZF0001", "active": "true", "conflicts": "", "csrf": officer.csrf,
            ]
            let added = try await app.send(.POST, "/districts/310115/inspectors", headers: officer.cookie, form: form)
            #expect(added.status == .seeOther)
            let inspector = try #require(try await app.store.inspectors.inspectors(in: TestApp.pudong).first)

            var update = form
            update["active"] = nil
            let updated = try await app.send(.POST, "/districts/310115/inspectors/\(inspector.id)", headers: officer.cookie, form: update)
            #expect(updated.status == .seeOther)
            #expect(try await app.store.inspectors.inspector(inspector.id)?.isActive == false)

            let again = try await app.send(.POST, "/districts/310115/inspectors", headers: officer.cookie, form: form.merging(["name": "周婷"]) { $1 })
            #expect(again.status == .conflict)
            #expect(again.text.contains("执法证号 ZF0001 已登记"))
            #expect(again.text.contains(#"value="周婷""#))

            let edit = try await app.send(.GET, "/districts/310115/inspectors?edit=\(inspector.id)", headers: officer.cookie)
            #expect(edit.text.contains(#"action="/districts/310115/inspectors/\#(inspector.id)""#))
            let readOnly = try await app.send(.GET, "/districts/310115/inspectors", headers: app.account("pudong.inspector").cookie)
            #expect(readOnly.text.contains("刘洋") && !readOnly.text.contains(#"method="post" action="/districts"#))
            let all = try await app.send(.GET, "/inspectors", headers: app.account("auditor").cookie)
            #expect(all.text.contains("浦东新区") && all.text.contains("ZF0001"))
        }
    }
}
