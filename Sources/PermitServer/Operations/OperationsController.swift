import NIOCore
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

    /// Metrics name routes and count traffic, which is no one else's business:
    /// a scraper presents the configured token, or, without one, runs on
    /// this machine.
    @Sendable static func metrics(req: Request) async throws -> Response {
        switch req.appContext.configuration.metricsAccess {
        case .loopbackOnly:
            guard let address = req.remoteAddress, isLoopback(address) else { throw Abort(.forbidden) }
        case .token(let expected):
            guard let presented = req.headers.bearerAuthorization?.token, constantTimeEqual(presented, expected) else {
                throw Abort(.unauthorized)
            }
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: MetricsRegistry.shared.emitToString()))
    }

    private static func isLoopback(_ address: SocketAddress) -> Bool {
        switch address {
        case .v4(let v4): v4.address.sin_addr.s_addr.bigEndian >> 24 == 127
        case .v6: address.ipAddress == "::1"
        case .unixDomainSocket: true
        }
    }
}
