import PermitCore
import Vapor

/// 网站公示 (REC-12, PUB-1): the public list of published outcomes, as a page
/// and in the API, and the officers' approval of each publication.
enum DisclosureURL: SiteURL {
    case publicPage
    case api
    case approve(Parameter<String>, node: Parameter<String>)
    case pageApprove(Parameter<String>, node: Parameter<String>)

    var segments: [PathSegment] {
        switch self {
        case .publicPage: ["disclosures"]
        case .api: ["api", "v1", "disclosures"]
        case .approve(let number, let node): ["api", "v1", "cases", .parameter("number", number), "nodes", .parameter("node", node), "publish"]
        case .pageApprove(let number, let node): ["cases", .parameter("number", number), "nodes", .parameter("node", node), "publish"]
        }
    }
}

struct DisclosureRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, DisclosureURL.publicPage, .everyone, use: DisclosurePages.list)
        routes.on(.GET, DisclosureURL.api, .everyone, use: DisclosureAPIController.list)
        // Whether the caller may publish this case's outcome is the command's
        // check (`DisclosureRules.mayApprove`).
        routes.on(.POST, DisclosureURL.approve(.key, node: .key), .requires(.viewCases), use: DisclosureAPIController.approve)
        routes.on(.POST, DisclosureURL.pageApprove(.key, node: .key), .requires(.viewCases), use: DisclosureAPIController.approveFromPage)
    }
}
