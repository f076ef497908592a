import PermitCore
import Vapor

/// 黑名单 (LIC-13): the list in force is public, as page and JSON; officers
/// list and remove through the API and through forms on the same page.
enum CreditURL: SiteURL {
    case apiBlacklist
    case apiRemoval(Parameter<String>)
    case page
    case pageRemoval(Parameter<String>)

    var segments: [PathSegment] {
        switch self {
        case .apiBlacklist: ["api", "v1", "blacklist"]
        case .apiRemoval(let id): ["api", "v1", "blacklist", .parameter("id", id), "remove"]
        case .page: ["blacklist"]
        case .pageRemoval(let id): ["blacklist", .parameter("id", id), "remove"]
        }
    }
}

struct CreditRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, CreditURL.apiBlacklist, .everyone, use: BlacklistAPIController.inForce)
        routes.on(.POST, CreditURL.apiBlacklist, .requires(.openCases), use: BlacklistAPIController.list)
        routes.on(.POST, CreditURL.apiRemoval(.key), .requires(.openCases), use: BlacklistAPIController.remove)
        routes.on(.GET, CreditURL.page, .everyone, use: BlacklistPages.show)
        routes.on(.POST, CreditURL.page, .requires(.openCases), use: BlacklistPages.list)
        routes.on(.POST, CreditURL.pageRemoval(.key), .requires(.openCases), use: BlacklistPages.remove)
    }
}
