import PermitStore
import Prometheus
import Vapor

/// Health and metrics for whoever runs the installation.
enum OperationsController {
    @Sendable static func health(req: Request) async throws -> Response {
        let databaseUp = await req.appContext.health.databaseUp(req.store, now: req.now)
        let dto = API.HealthDTO(status: databaseUp ? "ok" : "degraded", database: databaseUp ? "up" : "down")
        return try await dto.encodeResponse(status: databaseUp ? .ok : .serviceUnavailable, for: req)
    }

    @Sendable static func metrics(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: MetricsRegistry.shared.emitToString()))
    }
}
