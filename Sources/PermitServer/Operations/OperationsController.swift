import PermitStore
import Prometheus
import Vapor

/// Health and metrics for whoever runs the installation.
enum OperationsController {
    /// Future-based so that, while the last check stands, the answer needs
    /// no task: this is the route monitors hit most.
    @Sendable static func health(req: Request) -> EventLoopFuture<Response> {
        let probe = req.appContext.health
        let now = req.now
        let databaseUp = probe.recentAnswer(at: now).map(req.eventLoop.makeSucceededFuture)
            ?? req.eventLoop.makeFutureWithTask { await probe.check(req.store, at: now) }
        return databaseUp.flatMap { databaseUp in
            API.HealthDTO(status: databaseUp ? "ok" : "degraded", database: databaseUp ? "up" : "down")
                .encodeResponse(status: databaseUp ? .ok : .serviceUnavailable, for: req)
        }
    }

    @Sendable static func metrics(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: MetricsRegistry.shared.emitToString()))
    }
}
