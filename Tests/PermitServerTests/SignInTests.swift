import Foundation
import PermitCore
import PermitStore
import PermitTestSupport
@testable import PermitServer
import Testing
import Vapor
import VaporTesting

@Suite("Signing in — tokens, cookies, throttle, expiry")
struct SignInTests {
    static func credentials(_ name: String, _ password: String = TestAccount.password) -> String {
        #"{"username":"\#(name)","password":"\#(password)"}"#
    }

    @Test("the right password gives a bearer token that works until it is revoked")
    func tokenLifecycle() async throws {
        try await withTestApp { app in
            // MUT
            let issued = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("pudong.officer"))
            // validate
            #expect(issued.status == .created)
            let token = try issued.content.decode(API.TokenDTO.self)
            #expect(token.user.role == "district_officer")
            let bearer: HTTPHeaders = ["Authorization": "Bearer \(token.token)"]
            let me = try await app.send(.GET, "/api/v1/me", headers: bearer)
            #expect(try me.content.decode(API.UserDTO.self).username == "pudong.officer")
            let revoked = try await app.send(.DELETE, "/api/v1/auth/token", headers: bearer)
            #expect(revoked.status == .noContent)
            let after = try await app.send(.GET, "/api/v1/me", headers: bearer)
            #expect(after.status == .unauthorized)
        }
    }

    @Test("a wrong password and an unknown name get the same answer")
    func sameAnswer() async throws {
        try await withTestApp { app in
            let wrongPassword = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("auditor", "not the password"))
            let unknownName = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("nobody.here", "not the password"))
            for res in [wrongPassword, unknownName] {
                #expect(res.status == .unauthorized)
                #expect(res.headers.contentType?.subType == "problem+json")
                #expect(res.problem?.title == "用户名或密码错误")
                #expect(res.problem?.type == "urn:permittrail:problem:invalid-credentials")
            }
            #expect(wrongPassword.problem?.detail == unknownName.problem?.detail)
        }
    }

    @Test("after four free mistakes each failure makes the account wait longer, and the wait ends")
    func throttle() async throws {
        try await withTestApp { app in
            for _ in 0..<5 {
                _ = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("auditor", "guess guess guess"))
            }
            // Even the right password waits: the delay is on the account.
            let held = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("auditor"))
            #expect(held.status == .tooManyRequests)
            #expect(held.headers.first(name: .retryAfter) == "2")
            #expect(held.problem?.detail == "登录失败次数过多，请 2 秒后再试。")

            app.clock.advance(by: 2)
            let later = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("auditor"))
            #expect(later.status == .created)
        }
    }

    /// Signs in on the page as `name` and returns the browser's cookies.
    static func pageSignIn(
        _ app: TestApp, _ name: String, password: String = TestAccount.password, device: String? = nil
    ) async throws -> TestingHTTPResponse {
        let form = try await app.send(.GET, "/login")
        let token = try #require(form.headers.setCookie?[Request.preSessionCSRFCookie]?.string)
        let cookies = ["\(Request.preSessionCSRFCookie)=\(token)"] + (device.map { ["\(DeviceRecognition.cookie)=\($0)"] } ?? [])
        return try await app.send(.POST, "/login", headers: ["Cookie": cookies.joined(separator: "; ")], form: [
            "username": name, "password": password, "next": "/home", "csrf": token,
        ])
    }

    @Test("a stranger's guessing does not lock the owner out of a browser they signed in from before; the form says 429 with Retry-After")
    func recognisedDevice() async throws {
        try await withTestApp { app in
            let first = try await Self.pageSignIn(app, "pudong.officer")
            let device = try #require(first.headers.setCookie?[DeviceRecognition.cookie]?.string)
            for attempt in 0..<30 {
                // Each guess waits out the delay the last one earned.
                if attempt > 0 { app.clock.advance(by: 15 * 60) }
                _ = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("pudong.officer", "guess guess guess"))
            }

            let owner = try await Self.pageSignIn(app, "pudong.officer", device: device)
            let stranger = try await Self.pageSignIn(app, "pudong.officer")
            let otherAccount = try await Self.pageSignIn(app, "xuhui.officer", device: device)

            #expect(owner.status == .seeOther)
            #expect(owner.headers.first(name: .location) == "/home")
            #expect(stranger.status == .tooManyRequests)
            #expect(stranger.headers.first(name: .retryAfter) == "900")
            #expect(stranger.text.contains("登录失败次数过多，请 15 分钟后再试。"))
            // The cookie is the owner's: for another account it is no pass.
            #expect(otherAccount.status == .tooManyRequests)
        }
    }

    @Test("the city administrator sees who is held up and lifts it, through the API and the page")
    func adminLiftsDelay() async throws {
        try await withTestApp { app in
            for attempt in 0..<8 {
                if attempt > 0 { app.clock.advance(by: 60) }
                _ = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("auditor", "guess guess guess"))
            }
            let admin = app.account("city.admin")
            let locks = try await app.send(.GET, "/api/v1/login-locks", headers: admin.bearer)
            let listed = try locks.content.decode([API.LoginLockDTO].self)
            #expect(listed.first { $0.kind == "account" }?.value == "auditor")
            #expect(listed.first { $0.kind == "account" }?.retryAfterSeconds == 16)
            let notAdmin = try await app.send(.GET, "/api/v1/login-locks", headers: app.account("pudong.officer").bearer)
            #expect(notAdmin.status == .forbidden)

            let page = try await app.send(.GET, "/admin/users", headers: admin.cookie)
            #expect(page.text.contains("登录限制"))
            #expect(page.text.contains(#"action="/admin/login-locks/account/auditor/lift""#))
            let lifted = try await app.send(
                .POST, "/admin/login-locks/account/auditor/lift", headers: admin.cookie, form: ["csrf": admin.csrf]
            )
            #expect(lifted.status == .seeOther)
            let signedIn = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("auditor"))
            #expect(signedIn.status == .created)
            let again = try await app.send(.DELETE, "/api/v1/login-locks/account/auditor", headers: admin.bearer)
            #expect(again.status == .notFound)
        }
    }

    @Test("a disabled account cannot sign in")
    func disabledAccount() async throws {
        try await withTestApp { app in
            _ = try await app.store.testWrites.disable(app.account("demo.lab").user.username, by: .system("t"), at: .t0)
            let res = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("demo.lab"))
            #expect(res.status == .unauthorized)
        }
    }

    @Test("sessions expire")
    func expiry() async throws {
        try await withTestApp { app in
            let issued = try await app.send(.POST, "/api/v1/auth/token", json: Self.credentials("auditor"))
            let token = try issued.content.decode(API.TokenDTO.self)
            app.clock.advance(by: 8 * 60 * 60)
            let res = try await app.send(.GET, "/api/v1/me", headers: ["Authorization": "Bearer \(token.token)"])
            #expect(res.status == .unauthorized)
        }
    }

    @Test("an API token is not a page session, nor the reverse")
    func kindsStayApart() async throws {
        try await withTestApp { app in
            let account = app.account("auditor")
            let cookieOnAPI = try await app.send(.GET, "/api/v1/me", headers: account.cookie)
            #expect(cookieOnAPI.status == .unauthorized)
            let bearerOnPage = try await app.send(.GET, "/home", headers: account.bearer)
            #expect(bearerOnPage.status == .seeOther)
        }
    }

    @Test("the sign-in page: form token, HttpOnly SameSite cookie, home page, sign-out")
    func pageFlow() async throws {
        try await withTestApp { app in
            // setup: the form sets its token in a cookie and in a hidden field
            let form = try await app.send(.GET, "/login")
            let csrfCookie = try #require(form.headers.setCookie?[Request.preSessionCSRFCookie]?.string)
            #expect(form.text.contains(#"name="csrf" value="\#(csrfCookie)""#))
            let cookieHeader: HTTPHeaders = ["Cookie": "\(Request.preSessionCSRFCookie)=\(csrfCookie)"]

            // a post without the token is refused
            let forged = try await app.send(.POST, "/login", headers: cookieHeader, form: [
                "username": "city.admin", "password": TestAccount.password, "next": "/home",
            ])
            #expect(forged.status == .forbidden)

            // MUT
            let signedIn = try await app.send(.POST, "/login", headers: cookieHeader, form: [
                "username": "city.admin", "password": TestAccount.password, "next": "/admin/users", "csrf": csrfCookie,
            ])
            // validate
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers.first(name: .location) == "/admin/users")
            let setCookie = try #require(signedIn.headers[.setCookie].first { $0.hasPrefix("pt_session=") })
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Lax"))
            let session = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.sessionCookie]?.string)
            let sessionHeader: HTTPHeaders = ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(session)"]
            let home = try await app.send(.GET, "/home", headers: sessionHeader)
            #expect(home.status == .ok)
            #expect(home.text.contains("市局工作人员"))

            let pageCSRF = try #require(home.text.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1)
            let out = try await app.send(.POST, "/logout", headers: sessionHeader, form: ["csrf": String(pageCSRF)])
            #expect(out.status == .seeOther)
            let afterLogout = try await app.send(.GET, "/home", headers: sessionHeader)
            #expect(afterLogout.status == .seeOther)
        }
    }

    @Test("a wrong password on the page shows the message in the form, in Chinese")
    func pageWrongPassword() async throws {
        try await withTestApp { app in
            let form = try await app.send(.GET, "/login")
            let token = try #require(form.headers.setCookie?[Request.preSessionCSRFCookie]?.string)
            let res = try await app.send(.POST, "/login", headers: ["Cookie": "\(Request.preSessionCSRFCookie)=\(token)"], form: [
                "username": "city.admin", "password": "wrong wrong wrong", "csrf": token,
            ])
            #expect(res.status == .unauthorized)
            #expect(res.text.contains("用户名或密码错误"))
            #expect(res.text.contains(#"value="city.admin""#))
        }
    }

    @Test("a redirect after sign-in never leaves the site", arguments: [
        "/\t/evil.example/fake-login", "//evil.example/x", "https://evil.example", "/\\evil.example",
    ])
    func openRedirect(next: String) async throws {
        try await withTestApp { app in
            let encoded = try #require(next.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let form = try await app.send(.GET, "/login?next=\(encoded)")
            #expect(form.text.contains(#"name="next" value="/home""#))
            let token = try #require(form.headers.setCookie?[Request.preSessionCSRFCookie]?.string)
            let signedIn = try await app.send(.POST, "/login", headers: ["Cookie": "\(Request.preSessionCSRFCookie)=\(token)"], form: [
                "username": "city.admin", "password": TestAccount.password, "next": next, "csrf": token,
            ])
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers.first(name: .location) == "/home")
            let language = try await app.send(.GET, "/language/en?next=\(encoded)")
            #expect(language.headers.first(name: .location) == "/home")
        }
    }

    @Test("production hashing uses bcrypt cost 12 or more")
    func bcryptCost() throws {
        let configuration = AppConfiguration(dataDirectory: URL(fileURLWithPath: "/tmp"))
        #expect(configuration.passwordHashCost >= 12)
        let hash = try BcryptPasswordHasher(cost: configuration.passwordHashCost).hash("correct horse battery")
        #expect(hash.hasPrefix("$2b$12$"))
        #expect(try BcryptPasswordHasher(cost: 12).verify("correct horse battery", against: hash))
    }
}
