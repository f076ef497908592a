import Foundation
@testable import PermitServer
import Testing
import Vapor
import VaporTesting

@Suite("Hardening — security headers and secure cookies on every answer")
struct HardeningTests {
    @Test("pages, problems, files and probes carry the security headers", arguments: [
        "/login", "/home", "/api/v1/nothing-here", "/health", "/ledger/checkpoint", "/api/v1/openapi.json",
    ])
    func headers(path: String) async throws {
        try await withTestApp { app in
            let res = try await app.send(.GET, path)
            let policy = try #require(res.headers.first(name: "Content-Security-Policy"))
            #expect(policy.contains("frame-ancestors 'none'"))
            #expect(policy.contains("default-src 'none'"))
            #expect(!policy.contains("script-src"))
            #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(res.headers.first(name: "Referrer-Policy") == "same-origin")
            #expect(res.headers.first(name: "Strict-Transport-Security") == nil)
        }
    }

    @Test("an https public URL marks cookies Secure and asks for HTTPS from then on; http does not")
    func secureCookies() async throws {
        #expect(AppConfiguration(dataDirectory: URL(fileURLWithPath: "/tmp"), publicURL: URL(string: "https://permits.example.gov.cn")).secureCookies)
        #expect(!AppConfiguration(dataDirectory: URL(fileURLWithPath: "/tmp"), publicURL: URL(string: "http://127.0.0.1:8080")).secureCookies)
        #expect(!AppConfiguration(dataDirectory: URL(fileURLWithPath: "/tmp")).secureCookies)

        let https = URL(string: "https://permits.example.gov.cn")
        try await withTestApp(adjusting: { $0 = Self.copy($0, publicURL: https) }) { app in
            let form = try await app.send(.GET, "/login")
            let cookie = try #require(form.headers[.setCookie].first { $0.hasPrefix(Request.preSessionCSRFCookie) })
            #expect(cookie.contains("Secure"))
            #expect(form.headers.first(name: "Strict-Transport-Security") != nil)
            let language = try await app.send(.GET, "/language/en")
            #expect(language.headers[.setCookie].allSatisfy { $0.contains("Secure") })
        }
    }

    /// The configuration as an https installation would start with it.
    private static func copy(_ configuration: AppConfiguration, publicURL: URL?) -> AppConfiguration {
        var fresh = AppConfiguration(dataDirectory: configuration.dataDirectory, publicURL: publicURL)
        fresh.clock = configuration.clock
        fresh.passwordHashCost = configuration.passwordHashCost
        fresh.maxBodySize = configuration.maxBodySize
        return fresh
    }
}
