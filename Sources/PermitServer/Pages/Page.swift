import PermitCore
import PermitStore
import Vapor

/// What every page shows around its own content: the strings of the
/// catalogue in the request's language, the signed-in user, the navigation,
/// the form token and the language switch.
struct Page<Content: Encodable & Sendable>: Encodable, Sendable {
    struct NavigationItem: Encodable, Sendable {
        let href: String
        let label: String
        let current: Bool
    }

    struct SignedInUser: Encodable, Sendable {
        let greeting: String
        let displayName: String
    }

    let title: String
    let lang: String
    let t: PhraseTable
    let user: SignedInUser?
    let navigation: [NavigationItem]
    let csrf: String
    let languageSwitchHref: String
    let content: Content

    init(title: Phrase, content: Content, request: Request, csrf: String? = nil) {
        self.init(title: title.text(request.language), content: content, request: request, csrf: csrf)
    }

    /// For capabilities whose texts are `Bilingual`, already worded.
    init(title: String, content: Content, request: Request, csrf: String? = nil) {
        let language = request.language
        let other = Language.allCases.first { $0 != language } ?? .default
        let path = request.url.path
        let user = request.actor.user
        self.title = title
        self.lang = language.tag
        self.t = PhraseTable(language: language)
        self.user = user.map {
            SignedInUser(greeting: Phrase.signedInAs(name: $0.displayName).text(language), displayName: $0.displayName)
        }
        self.navigation = Self.navigation(for: request.actor, language: language, currentPath: path, year: CivilDate(request.now).year)
        self.csrf = csrf ?? request.authenticated?.session.csrfToken ?? ""
        self.languageSwitchHref = PageURL.language(.value(other.rawValue)).path(["next": path])
        self.content = content
    }

    func render(on request: Request, template: String, status: HTTPResponseStatus = .ok) async throws -> Response {
        let view = try await request.view.render(template, self)
        let response = try await view.encodeResponse(status: status, for: request)
        response.headers.replaceOrAdd(name: .contentLanguage, value: lang)
        return response
    }

    /// Only the places the actor may go appear in the menu.
    private static func navigation(for actor: Actor, language: Language, currentPath: String, year: Int) -> [NavigationItem] {
        guard actor.user != nil else { return [] }
        let entries: [(String, Phrase, Action)] = [
            (PageURL.home.path, .navHome, .viewHome),
            (AccountURL.users.path, .navUsers, .manageUsers),
            (AccountURL.districts.path, .navDistricts, .manageDistricts),
            (RegistryURL.enterprises.path, .navEnterprises, .viewEnterprises),
            (RegistryURL.calendar.path, .navCalendar, .viewCalendar),
            (LedgerURL.officialPage.path, .navLedger, .viewLedger),
        ]
        let items: [NavigationItem] = entries.compactMap { href, label, action in
            guard AccessPolicy.decide(actor, action, on: .installation) == .allow else { return nil }
            return NavigationItem(href: href, label: label.text(language), current: currentPath == href)
        }
        let registry = RegistryNavigation.entries(for: actor).map { href, label in (href, label.text(language)) }
        return items + (registry + CasePages.navigation(for: actor, language) + ApplicationPages.navigation(for: actor, language)
            + SupervisionPages.navigation(for: actor, language, year: year) + InspectionTaskPages.navigation(for: actor, language)
            + OversightPages.navigation(for: actor, language)).map { href, label in
            NavigationItem(href: href, label: label, current: currentPath == href)
        }
    }
}
