import PermitCore
import Vapor

/// The paths of the installation itself: probes, metrics and the API's own
/// description.
enum OperationsURL: SiteURL {
    case health
    case metrics
    case openAPI

    var segments: [PathSegment] {
        switch self {
        case .health: ["health"]
        case .metrics: ["metrics"]
        case .openAPI: ["api", "v1", "openapi.json"]
        }
    }
}

struct OperationsRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, OperationsURL.health, .everyone, use: OperationsController.health)
        routes.on(.GET, OperationsURL.metrics, .everyone, use: OperationsController.metrics)
        routes.on(.GET, OperationsURL.openAPI, .everyone, use: OpenAPIDocument.serve)
    }
}
