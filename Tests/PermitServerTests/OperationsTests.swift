import Foundation
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import VaporTesting

@Suite("Operations — health and metrics")
struct OperationsTests {
    @Test("/health reports that the database answers")
    func health() async throws {
        try await withTestApp { app in
            let res = try await app.send(.GET, "/health")
            #expect(res.status == .ok)
            #expect(try res.content.decode(API.HealthDTO.self) == API.HealthDTO(status: "ok", database: "up"))
        }
    }

    @Test("/health says so when the database is gone")
    func healthDown() async throws {
        try await withTestApp { app in
            await app.store.shutdown()
            let res = try await app.send(.GET, "/health")
            #expect(res.status == .serviceUnavailable)
            #expect(try res.content.decode(API.HealthDTO.self).database == "down")
        }
    }

    @Test("/health notices a lost database once its last check is a second old")
    func healthDownAfterCheck() async throws {
        try await withTestApp { app in
            #expect(try await app.send(.GET, "/health").status == .ok)
            await app.store.shutdown()
            app.clock.advance(by: HealthProbe.maximumAge / 2)
            #expect(try await app.send(.GET, "/health").status == .ok, "within a second the last check stands")
            app.clock.advance(by: HealthProbe.maximumAge / 2)
            let res = try await app.send(.GET, "/health")
            #expect(res.status == .serviceUnavailable)
            #expect(try res.content.decode(API.HealthDTO.self).database == "down")
        }
    }

    @Test("/metrics serves request counts and latency histograms by route")
    func metrics() async throws {
        try await withTestApp { app in
            _ = try await app.send(.GET, "/api/v1/me", headers: app.account("auditor").bearer)
            let res = try await app.send(.GET, "/metrics")
            #expect(res.status == .ok)
            #expect(res.headers.contentType?.subType == "plain")
            #expect(res.text.contains(#"http_requests_total{method="GET",path="/api/v1/me",status="200"}"#))
            #expect(res.text.contains("http_request_duration_seconds_bucket"))
        }
    }
}
