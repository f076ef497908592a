import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import Testing
import Vapor
import VaporTesting

@Suite("Accounts API — users and districts")
struct AccountsAPITests {
    @Test("the city bureau creates a user, who can then sign in; the change is ledgered")
    func createUser() async throws {
        try await withTestApp { app in
            let body = #"{"username":"Qian.Hao","displayName":"钱浩","role":"inspector","district":"310104","password":"correct horse battery"}"#
            // MUT
            let res = try await app.send(.POST, "/api/v1/users", headers: app.account("city.admin").bearer, json: body)
            // validate
            #expect(res.status == .created)
            let user = try res.content.decode(API.UserDTO.self)
            #expect(user.username == "qian.hao")
            #expect(user.district == "310104")
            #expect(!res.text.contains("correct horse") && !res.text.contains("$2b$"))
            let event = try #require(try await app.store.events.all().last?.event)
            #expect(event.kind == .userCreated)
            #expect(event.actor == .user(Username(rawValue: "city.admin")!))
            let token = try await app.send(.POST, "/api/v1/auth/token", json: #"{"username":"qian.hao","password":"correct horse battery"}"#)
            #expect(token.status == .created)
        }
    }

    @Test("lists: every user for the city bureau, one district's for its officer")
    func lists() async throws {
        try await withTestApp { app in
            let all = try await app.send(.GET, "/api/v1/users", headers: app.account("auditor").bearer)
            #expect(try all.content.decode([API.UserDTO].self).count == TestApp.fixtureAccounts.count)
            let pudong = try await app.send(.GET, "/api/v1/districts/310115/users", headers: app.account("pudong.officer").bearer)
            #expect(try pudong.content.decode([API.UserDTO].self).map(\.username) == ["pudong.inspector", "pudong.officer"])
            let districts = try await app.send(.GET, "/api/v1/districts", headers: app.account("demo.enterprise").bearer)
            #expect(try districts.content.decode([API.DistrictDTO].self).map(\.code) == ["310000", "310104", "310115"])
        }
    }

    @Test("districts are data: the city bureau adds one and its staff can be created")
    func addDistrict() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin").bearer
            let res = try await app.send(.POST, "/api/v1/districts", headers: admin, json: #"{"code":"310151","name":"崇明区","level":"district"}"#)
            #expect(res.status == .created)
            #expect(try res.content.decode(API.DistrictDTO.self) == API.DistrictDTO(District(code: DistrictCode(rawValue: "310151")!, name: "崇明区", level: .district)))
            let staff = try await app.send(.GET, "/api/v1/districts/310151/users", headers: admin)
            #expect(staff.status == .ok)
        }
    }

    @Test("nobody disables themselves")
    func disableSelf() async throws {
        try await withTestApp { app in
            let res = try await app.send(.POST, "/api/v1/users/city.admin/disable", headers: app.account("city.admin").bearer)
            #expect(res.status == .conflict)
            #expect(res.problem?.detail == "不能停用自己的账号。")
        }
    }
}
