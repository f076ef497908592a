import Foundation
import PermitCore
import PermitLedger
@testable import PermitServer
import PermitStore
import Testing
import Vapor
import VaporTesting

@Suite("An administrator's first day — accounts, passwords, districts and calendar corrections from the pages and the API")
struct AdministrationTests {
    @Test("a disabled account is enabled again, on the page and through the API, and signs in again")
    func reEnable() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            _ = try await app.send(.POST, "/api/v1/users/auditor/disable", headers: admin.bearer)
            let page = try await app.send(.GET, "/admin/users", headers: admin.cookie)
            #expect(page.text.contains(#"action="/admin/users/auditor/enable""#))

            let enabled = try await app.send(.POST, "/admin/users/auditor/enable", headers: admin.cookie, form: ["csrf": admin.csrf])
            #expect(enabled.status == .seeOther)
            let signedIn = try await app.send(.POST, "/api/v1/auth/token", json: SignInTests.credentials("auditor"))
            #expect(signedIn.status == .created)

            _ = try await app.send(.POST, "/api/v1/users/auditor/disable", headers: admin.bearer)
            let api = try await app.send(.POST, "/api/v1/users/auditor/enable", headers: admin.bearer)
            #expect(try api.content.decode(API.UserDTO.self).active)
            let events = try await app.store.ledger.recentEntries(limit: 4).map(\.entry.eventType)
            #expect(events.filter { $0 == "user.enabled" }.count == 2)
        }
    }

    @Test("a reset password must be replaced at the next sign-in before anything else; the old sessions end")
    func resetPassword() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            let officer = app.account("pudong.officer")
            let short = try await app.send(.POST, "/api/v1/users/pudong.officer/password", headers: admin.bearer, json: #"{"password":"short"}"#)
            #expect(short.status == .unprocessableEntity)
            let own = try await app.send(.POST, "/api/v1/users/city.admin/password", headers: admin.bearer, json: #"{"password":"temporary pass 1"}"#)
            #expect(own.status == .conflict)
            let reset = try await app.send(
                .POST, "/api/v1/users/pudong.officer/password", headers: admin.bearer, json: #"{"password":"temporary pass 1"}"#
            )
            #expect(try reset.content.decode(API.UserDTO.self).mustChangePassword)
            #expect(try await app.send(.GET, "/api/v1/me", headers: officer.bearer).status == .unauthorized)

            let token = try await app.send(.POST, "/api/v1/auth/token", json: SignInTests.credentials("pudong.officer", "temporary pass 1"))
                .content.decode(API.TokenDTO.self).token
            let bearer: HTTPHeaders = ["Authorization": "Bearer \(token)"]
            let blocked = try await app.send(.GET, "/api/v1/enterprises", headers: bearer)
            #expect(blocked.status == .forbidden)
            #expect(blocked.problem?.type == "urn:permittrail:problem:password-change-required")
            let wrong = try await app.send(.POST, "/api/v1/me/password", headers: bearer,
                                           json: #"{"currentPassword":"not it","newPassword":"my own password 2"}"#)
            #expect(wrong.status == .forbidden)
            #expect(wrong.problem?.detail == "当前密码不正确。")
            let changed = try await app.send(.POST, "/api/v1/me/password", headers: bearer,
                                             json: #"{"currentPassword":"temporary pass 1","newPassword":"my own password 2"}"#)
            #expect(changed.status == .noContent)
            #expect(try await app.send(.GET, "/api/v1/enterprises", headers: bearer).status == .ok)
            #expect(try await app.store.accounts.user(named: officer.user.username)?.mustChangePassword == false)
        }
    }

    @Test("the pages send a user with a reset password to the change form, and the form changes it")
    func resetOnPages() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            let reset = try await app.send(
                .POST, "/admin/users/auditor/password", headers: admin.cookie, form: ["csrf": admin.csrf, "password": "temporary pass 1"]
            )
            #expect(reset.status == .seeOther)
            let notice = try await app.send(.GET, try #require(reset.headers.first(name: .location)), headers: admin.cookie)
            #expect(notice.text.contains("已重置 auditor 的密码"))

            let form = try await app.send(.GET, "/login")
            let csrf = try #require(form.headers.setCookie?[Request.preSessionCSRFCookie]?.string)
            let signedIn = try await app.send(.POST, "/login", headers: ["Cookie": "\(Request.preSessionCSRFCookie)=\(csrf)"], form: [
                "username": "auditor", "password": "temporary pass 1", "next": "/home", "csrf": csrf,
            ])
            let session = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.sessionCookie]?.string)
            let cookie: HTTPHeaders = ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(session)"]
            let home = try await app.send(.GET, "/home", headers: cookie)
            #expect(home.status == .seeOther)
            #expect(home.headers.first(name: .location) == "/account/password")

            let page = try await app.send(.GET, "/account/password", headers: cookie)
            #expect(page.text.contains("管理员已重置您的密码"))
            let token = try #require(page.text.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1)
            let changed = try await app.send(.POST, "/account/password", headers: cookie, form: [
                "csrf": String(token), "currentPassword": "temporary pass 1", "newPassword": "my own password 2",
            ])
            #expect(changed.status == .seeOther)
            #expect(try await app.send(.GET, "/home", headers: cookie).status == .ok)
        }
    }

    @Test("a district is renamed on the page and through the API; the code stays and the ledger has both names")
    func renameDistrict() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            let page = try await app.send(.POST, "/admin/districts/310104", headers: admin.cookie, form: ["csrf": admin.csrf, "name": "徐汇"])
            #expect(page.status == .seeOther)
            let api = try await app.send(.PUT, "/api/v1/districts/310104", headers: admin.bearer, json: #"{"name":"徐汇区"}"#)
            #expect(try api.content.decode(API.DistrictDTO.self) == API.DistrictDTO(District(code: TestApp.xuhui, name: "徐汇区", level: .district)))
            let empty = try await app.send(.PUT, "/api/v1/districts/310104", headers: admin.bearer, json: #"{"name":"  "}"#)
            #expect(empty.status == .unprocessableEntity)
            let officer = try await app.send(.PUT, "/api/v1/districts/310104", headers: app.account("xuhui.officer").bearer, json: #"{"name":"x"}"#)
            #expect(officer.status == .forbidden)
            let names = try await app.store.ledger.entries(about: .init(kind: "district", id: "310104")).map { $0.entry.fields["name"] }
            #expect(names == ["徐汇区", "徐汇", "徐汇区"])
        }
    }

    @Test("a year is loaded from the page and corrected as a new revision; the first stays in the ledger; a shipped year is corrected too")
    func calendarRevision() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            let notice = "year 2027\nnotice 国办发明电〔2026〕99号\n2027-01-01 holiday 元旦\n"
            let loaded = try await app.send(.POST, "/calendar/years", headers: admin.cookie, form: ["csrf": admin.csrf, "text": notice])
            #expect(loaded.status == .seeOther)
            let shown = try await app.send(.GET, try #require(loaded.headers.first(name: .location)), headers: admin.cookie)
            #expect(shown.text.contains("已保存 2027 年节假日安排（第 1 版）"))
            #expect(shown.text.contains(#"action="/calendar/years/2027""#))

            var text = app.account("city.admin").bearer
            text.contentType = .plainText
            let corrected = notice + "2027-01-02 holiday 元旦\n"
            let revised = try await app.send(.PUT, "/api/v1/calendar/years/2027", headers: text, body: corrected)
            #expect(revised.status == .ok)
            #expect(try revised.content.decode(CalendarAPIController.YearDTO.self).days.count == 2)
            let mismatch = try await app.send(.PUT, "/api/v1/calendar/years/2026", headers: text, body: corrected)
            #expect(mismatch.status == .unprocessableEntity)
            #expect(mismatch.problem?.detail == "正在更正 2026 年的安排，录入的内容却是 2027 年的。")
            let entries = try await app.store.ledger.entries(about: .init(kind: "calendar_year", id: "2027"))
            #expect(entries.map(\.entry.eventType) == ["calendar.year_added", "calendar.year_revised"])
            #expect(try await app.store.calendar.revision(of: 2027) == 2)

            let page = try await app.send(.POST, "/calendar/years/2027", headers: admin.cookie, form: ["csrf": admin.csrf, "text": "year 2027\n2027-13-01 holiday x\n"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("2027-13-01"))
            #expect(try await app.store.calendar.revision(of: 2026) == 1)
        }
    }

    @Test("an enterprise account sees its own enterprise and licences, on its home page and through the API")
    func ownEnterprise() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            let registered = try await app.send(.POST, "/api/v1/enterprises", headers: admin.bearer, json: EnterprisesAPITests.body(
                "上海示范电缆有限公司", code: "91310115MA1H7GKX3T"
            ))
            #expect(registered.status == .created)
            let created = try await app.send(.POST, "/api/v1/users", headers: admin.bearer, json: """
                {"username":"shifan","displayName":"示范电缆","role":"enterprise","password":"correct horse battery","organisation":"91310115MA1H7GKX3T"}
                """)
            #expect(try created.content.decode(API.UserDTO.self).organisation == "91310115MA1H7GKX3T")
            let token = try await app.send(.POST, "/api/v1/auth/token", json: SignInTests.credentials("shifan"))
                .content.decode(API.TokenDTO.self).token
            let bearer: HTTPHeaders = ["Authorization": "Bearer \(token)"]

            let own = try await app.send(.GET, "/api/v1/me/enterprise", headers: bearer)
            #expect(try own.content.decode(EnterprisesAPIController.EnterpriseDTO.self).name == "上海示范电缆有限公司")
            let others = try await app.send(.GET, "/api/v1/enterprises", headers: bearer)
            #expect(others.status == .forbidden)
            let auditor = try await app.send(.GET, "/api/v1/me/enterprise", headers: app.account("auditor").bearer)
            #expect(auditor.status == .forbidden)
            let unlinked = try await app.send(.GET, "/api/v1/me/enterprise", headers: app.account("demo.enterprise").bearer)
            #expect(unlinked.status == .notFound)

            let unlinkedHome = try await app.send(.GET, "/home", headers: app.account("demo.enterprise").cookie)
            #expect(unlinkedHome.text.contains("尚未关联企业"))
            let signedIn = try await SignInTests.pageSignIn(app, "shifan")
            let session = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.sessionCookie]?.string)
            let home = try await app.send(.GET, "/home", headers: ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(session)"])
            #expect(home.text.contains("本企业"))
            #expect(home.text.contains("<dd>91310115MA1H7GKX3T</dd>"))
            #expect(home.text.contains("<dd>浦东新区</dd>"))
        }
    }
}
