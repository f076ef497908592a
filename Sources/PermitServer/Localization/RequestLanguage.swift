import PermitCore
import PermitStore
import Vapor

extension Request {
    static let languageCookie = "pt_lang"

    /// The language of the reply: the user's remembered choice, else what the
    /// browser asks for, else Chinese.
    var language: Language {
        if let chosen = cookies[Self.languageCookie]?.string, let language = Language(rawValue: chosen) {
            return language
        }
        return Language.preferred(fromAcceptLanguage: headers.first(name: .acceptLanguage))
    }
}

/// The language switch: remembers the choice in a cookie for a year and goes
/// back to the page it came from.
enum LanguageController {
    @Sendable static func choose(req: Request) async throws -> Response {
        guard let language = req.parameters.get("language").flatMap(Language.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        let response = req.redirect(to: SameSitePath.resolve(req.query[String.self, at: "next"]).rawValue, redirectType: .normal)
        response.cookies[Request.languageCookie] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 24 * 60 * 60, path: "/", isSecure: req.appContext.configuration.secureCookies,
            isHTTPOnly: true, sameSite: .lax
        )
        return response
    }
}
