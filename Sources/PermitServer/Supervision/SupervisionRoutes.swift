import PermitCore
import Vapor

/// 分类监管 (SUP-1, SUP-3, SUP-7): a district's annual plan, as JSON and as a
/// page; classification through the API and through a form on that page.
/// The district is a query parameter, so the command checks it, not the guard.
enum SupervisionURL: SiteURL {
    case apiPlan(Parameter<Int>)
    case apiClassifications
    case plan(Parameter<Int>)

    var segments: [PathSegment] {
        switch self {
        case .apiPlan(let year): ["api", "v1", "supervision", "plans", .parameter("year", year)]
        case .apiClassifications: ["api", "v1", "supervision", "classifications"]
        case .plan(let year): ["supervision", "plans", .parameter("year", year)]
        }
    }
}

struct SupervisionRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, SupervisionURL.apiPlan(.key), .requires(.viewEnterprises), use: SupervisionAPIController.plan)
        routes.on(.POST, SupervisionURL.apiClassifications, .requires(.openCases), use: SupervisionAPIController.classify)
        routes.on(.GET, SupervisionURL.plan(.key), .requires(.viewEnterprises), use: SupervisionPages.show)
        routes.on(.POST, SupervisionURL.plan(.key), .requires(.openCases), use: SupervisionPages.classify)
    }
}
