import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Errors — RFC 9457 problems in the user's language, nothing half-written")
struct ProblemTests {
    static let newUser = #"{"username":"qian.hao","displayName":"钱浩","role":"inspector","district":"310115","password":"correct horse battery"}"#

    @Test("malformed JSON is a 400 problem")
    func malformed() async throws {
        try await withTestApp { app in
            let res = try await app.send(.POST, "/api/v1/users", headers: app.account("city.admin").bearer, json: #"{"username": "#)
            #expect(res.status == .badRequest)
            #expect(res.headers.contentType?.subType == "problem+json")
            #expect(res.problem?.title == "请求格式错误")
            #expect(res.problem?.status == 400)
        }
    }

    @Test("a wrong type names the field")
    func wrongType() async throws {
        try await withTestApp { app in
            let body = #"{"username":42,"displayName":"钱浩","role":"inspector","password":"correct horse battery"}"#
            let res = try await app.send(.POST, "/api/v1/users", headers: app.account("city.admin").bearer, json: body)
            #expect(res.status == .unprocessableEntity)
            #expect(res.problem?.errors == [.init(field: "username", detail: "用户名：应为文本")])
        }
    }

    @Test("a missing field is named")
    func missingField() async throws {
        try await withTestApp { app in
            let res = try await app.send(.POST, "/api/v1/districts", headers: app.account("city.admin").bearer, json: #"{"code":"310116","level":"district"}"#)
            #expect(res.status == .unprocessableEntity)
            #expect(res.problem?.errors?.map(\.field) == ["name"])
        }
    }

    @Test("every invalid field is reported, in English on request")
    func validationEnglish() async throws {
        try await withTestApp { app in
            var headers = app.account("city.admin").bearer
            headers.add(name: .acceptLanguage, value: "en-GB,en;q=0.9")
            let body = #"{"username":"x","displayName":"","role":"mayor","password":"short"}"#
            let res = try await app.send(.POST, "/api/v1/users", headers: headers, json: body)
            #expect(res.status == .unprocessableEntity)
            #expect(res.headers.first(name: .contentLanguage) == "en")
            #expect(res.problem?.title == "The submitted data is invalid")
            #expect(res.problem?.errors?.map(\.field) == ["username", "displayName", "role", "password"])
            #expect(res.problem?.errors?.last?.detail == "password must have at least 10 characters")
        }
    }

    @Test("a body over the configured limit is a 413 problem")
    func tooLarge() async throws {
        try await withTestApp(maxBodySize: 1024) { app in
            let padding = String(repeating: "长", count: 2000)
            let body = #"{"code":"310116","name":"\#(padding)","level":"district"}"#
            let res = try await app.send(.POST, "/api/v1/districts", headers: app.account("city.admin").bearer, json: body)
            #expect(res.status == .payloadTooLarge)
            #expect(res.problem?.detail == "请求体超过 1024 字节的上限。")
        }
    }

    @Test("an unknown route is a 404 problem for the API and a page for people")
    func unknownRoute() async throws {
        try await withTestApp { app in
            let api = try await app.send(.GET, "/api/v1/nothing-here")
            #expect(api.status == .notFound)
            #expect(api.problem?.title == "未找到")
            let page = try await app.send(.GET, "/nothing-here")
            #expect(page.status == .notFound)
            #expect(page.headers.contentType?.subType == "html")
            #expect(page.text.contains("请求的地址不存在。"))
        }
    }

    @Test("a duplicate name is a 409 and writes nothing")
    func duplicate() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin").bearer
            let first = try await app.send(.POST, "/api/v1/users", headers: admin, json: Self.newUser)
            #expect(first.status == .created)
            let events = try await app.store.events.count()
            let users = try await app.store.accounts.users().count

            let second = try await app.send(.POST, "/api/v1/users", headers: admin, json: Self.newUser.replacingOccurrences(of: "钱浩", with: "另一个"))
            #expect(second.status == .conflict)
            #expect(second.problem?.detail == "用户名 qian.hao 已被使用。")
            #expect(try await app.store.events.count() == events)
            #expect(try await app.store.accounts.users().count == users)

            let district = try await app.send(.POST, "/api/v1/districts", headers: admin, json: #"{"code":"310115","name":"重复","level":"district"}"#)
            #expect(district.status == .conflict)
        }
    }

    @Test("an unknown district is named and nothing is written")
    func unknownDistrict() async throws {
        try await withTestApp { app in
            let before = try await app.store.events.count()
            let res = try await app.send(
                .POST, "/api/v1/users", headers: app.account("city.admin").bearer,
                json: Self.newUser.replacingOccurrences(of: "310115", with: "310999")
            )
            #expect(res.status == .unprocessableEntity)
            #expect(res.problem?.detail == "辖区 310999 不存在。")
            #expect(try await app.store.events.count() == before)
        }
    }

    @Test("a form sent as the wrong media type is a 415 problem")
    func mediaType() async throws {
        try await withTestApp { app in
            var headers = app.account("city.admin").bearer
            headers.contentType = .plainText
            let res = try await app.app.testing().sendRequest(.POST, "/api/v1/districts", headers: headers, body: ByteBuffer(string: "x"))
            #expect(res.status == .unsupportedMediaType)
            #expect(res.problem?.type == "urn:permittrail:problem:unsupported-media-type")
        }
    }

    @Test("an unexpected error is a 500 without internals, carrying the request id")
    func internalError() async throws {
        struct Secret: Error { let text = "password=hunter2 at /srv/db" }
        struct Boom: SiteURL { var segments: [PathSegment] { ["boom"] } }
        try await withTestApp { app in
            app.app.on(.GET, Boom(), .requires(.viewHome)) { _ -> String in throw Secret() }
            let res = try await app.send(.GET, "/boom", headers: HTTPHeaders([("Accept", "application/json")]).merging(app.account("auditor").cookie))
            #expect(res.status == .internalServerError)
            let requestID = try #require(res.headers.first(name: "X-Request-Id"))
            #expect(res.problem?.requestId == requestID)
            #expect(res.problem?.detail.contains(requestID) == true)
            #expect(!res.text.contains("hunter2"))
            #expect(!res.text.contains("Secret"))
        }
    }

    @Test("a command's refusal reads as the route guard's; not found is the ordinary 404")
    func commandErrors() {
        let denied = Problem(CommandError.denied(.outsideDistrict(DistrictCode(rawValue: "310104")!)), maxBodySize: 0)
        #expect(denied.kind == .forbidden && denied.detail == .worded(Phrase.problemForbiddenDistrict.bilingual))
        let missing = Problem(CommandError.notFound, maxBodySize: 0)
        #expect(missing.kind == .notFound && missing.detail == .worded(Phrase.problemNotFoundDetail.bilingual))
        let wrong = Problem(AccountError.wrongCurrentPassword, maxBodySize: 0)
        #expect(wrong.kind == .forbidden && wrong.detail == .worded(Phrase.problemWrongCurrentPassword.bilingual))
    }
}
