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

    @Test("/metrics serves request counts and latency histograms by route to a scraper with the token")
    func metrics() async throws {
        try await withTestApp(adjusting: { $0.metricsAccess = .token("scrape-secret") }) { app in
            _ = try await app.send(.GET, "/api/v1/me", headers: app.account("auditor").bearer)
            let res = try await app.send(.GET, "/metrics", headers: ["Authorization": "Bearer scrape-secret"])
            #expect(res.status == .ok)
            #expect(res.headers.contentType?.subType == "plain")
            #expect(res.text.contains(#"http_requests_total{method="GET",path="/api/v1/me",status="200"}"#))
            #expect(res.text.contains("http_request_duration_seconds_bucket"))
        }
    }

    @Test("/metrics is refused without the token, with a wrong one, and to a session of any role")
    func metricsRefused() async throws {
        try await withTestApp(adjusting: { $0.metricsAccess = .token("scrape-secret") }) { app in
            let anonymous = try await app.send(.GET, "/metrics")
            let wrong = try await app.send(.GET, "/metrics", headers: ["Authorization": "Bearer scrape-secreT"])
            let session = try await app.send(.GET, "/metrics", headers: app.account("city.admin").bearer)
            for res in [anonymous, wrong, session] {
                #expect(res.status == .unauthorized)
                #expect(!res.text.contains("http_requests_total"))
            }
        }
    }

    @Test("without a token /metrics answers loopback callers only")
    func metricsLoopback() async throws {
        try await withTestApp { app in
            let remote = try await app.send(.GET, "/metrics")
            #expect(remote.status == .forbidden)
            let local = try await app.app.testing(method: .running(port: 0)).sendRequest(.GET, "/metrics")
            #expect(local.status == .ok)
            #expect(local.body.string.contains("http_requests_total"))
        }
    }
}
