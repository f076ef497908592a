import PermitCore
import Vapor

/// The pages every signed-in user shares: signing in and out, the language,
/// the home page with the worklist, one's own password.
enum PageURL: SiteURL {
    case root
    case login
    case logout
    case language(Parameter<String>)
    case home
    case ownPassword

    var segments: [PathSegment] {
        switch self {
        case .root: []
        case .login: ["login"]
        case .logout: ["logout"]
        case .language(let language): ["language", .parameter("language", language)]
        case .home: ["home"]
        case .ownPassword: ["account", "password"]
        }
    }
}

struct PageRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, PageURL.root, .everyone, use: LoginController.root)
        routes.on(.GET, PageURL.login, .everyone, use: LoginController.show)
        routes.on(.POST, PageURL.login, .everyone, use: LoginController.submit)
        routes.on(.POST, PageURL.logout, .requires(.viewOwnAccount), use: LoginController.logout)
        routes.on(.GET, PageURL.language(.key), .everyone, use: LanguageController.choose)
        routes.on(.GET, PageURL.home, .requires(.viewHome), use: HomeController.show)
        routes.on(.GET, PageURL.ownPassword, .requires(.changeOwnPassword), use: AccountPage.show)
        routes.on(.POST, PageURL.ownPassword, .requires(.changeOwnPassword), use: AccountPage.submit)
    }
}
