import PermitCore
import PermitStore
import Vapor

/// Signing in and out with the browser.
enum LoginController {
    struct Content: Encodable, Sendable {
        let next: String
        let username: String
        let error: String?
        let notice: String?
    }

    struct Form: ProtectedForm {
        let username: String
        let password: String
        let next: String?
        let csrf: String?
    }

    struct LogoutForm: ProtectedForm {
        let csrf: String?
    }

    @Sendable static func root(req: Request) async throws -> Response {
        req.redirect(to: (req.actor.user == nil ? PageURL.login : PageURL.home).path)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let notice = req.query[String.self, at: "loggedOut"] != nil ? Phrase.loggedOut.text(req.language) : nil
        return try await render(
            Content(next: SameSitePath.resolve(req.query[String.self, at: "next"]).rawValue, username: "", error: nil, notice: notice),
            on: req, status: .ok
        )
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let form = try req.decodeForm(Form.self)
        let next = SameSitePath.resolve(form.next).rawValue
        do {
            let opened = try await SignIn.open(
                .browser, username: form.username, password: form.password, device: req.cookies[DeviceRecognition.cookie]?.string,
                on: req
            )
            let response = req.redirect(to: next)
            let secure = req.appContext.configuration.secureCookies
            response.cookies[AuthenticationMiddleware.sessionCookie] = HTTPCookies.Value(
                string: opened.token, expires: opened.session.expiresAt, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax
            )
            response.cookies[DeviceRecognition.cookie] = HTTPCookies.Value(
                string: opened.deviceCookie, maxAge: Int(DeviceRecognition.lifetime), path: "/login", isSecure: secure,
                isHTTPOnly: true, sameSite: .strict
            )
            return response
        } catch let refusal as AccountError {
            let problem = refusal.problem
            let message = problem.detailText(req.language)
            let status = problem.kind.status
            let response = try await render(Content(next: next, username: form.username, error: message, notice: nil), on: req, status: status)
            if let seconds = problem.retryAfterSeconds {
                response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            }
            return response
        }
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        _ = try req.decodeForm(LogoutForm.self)
        if let authenticated = req.authenticated {
            try await req.store.sessions.delete(tokenHash: authenticated.tokenHash)
            // The capture pages' tokens go with the sign-in that obtained
            // them: a phone handed back must not keep uploading as its user.
            try await req.store.sessions.deleteAll(of: authenticated.session.user.id, kind: .capture)
        }
        let response = req.redirect(to: PageURL.login.path(["loggedOut": 1]))
        response.cookies[AuthenticationMiddleware.sessionCookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), path: "/", isHTTPOnly: true)
        return response
    }

    /// Each showing of the form gets a fresh token in a short-lived cookie,
    /// checked on submit (double submit, since there is no session yet).
    private static func render(_ content: Content, on req: Request, status: HTTPResponseStatus) async throws -> Response {
        let token = SessionToken.generate()
        let response = try await Page(title: .loginTitle, content: content, request: req, csrf: token)
            .render(on: req, template: "login", status: status)
        response.cookies[Request.preSessionCSRFCookie] = HTTPCookies.Value(
            string: token, maxAge: 60 * 60, path: "/login", isSecure: req.appContext.configuration.secureCookies,
            isHTTPOnly: true, sameSite: .strict
        )
        return response
    }
}
