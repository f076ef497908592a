import Foundation
@testable import PermitServer
import Testing
import Vapor
import VaporTesting

@Suite("OpenAPI — the document describes every API route")
struct OpenAPITests {
    @Test("every registered /api/v1 route is in the document, and nothing else is")
    func complete() async throws {
        try await withTestApp { app in
            let res = try await app.send(.GET, "/api/v1/openapi.json")
            #expect(res.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })

            let registered = Set(app.app.routes.all.filter { $0.pattern.hasPrefix("/api/v1/") }.map { route in
                let path = "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                return "\(route.method.rawValue) \(path)"
            })
            #expect(registered.subtracting(documented).isEmpty, "missing from the document: \(registered.subtracting(documented))")
            #expect(documented.subtracting(registered).isEmpty, "documented but not registered: \(documented.subtracting(registered))")
        }
    }

    @Test("every schema a document references exists")
    func references() throws {
        let data = try JSONEncoder().encode(OpenAPIDocument.document)
        let text = String(decoding: data, as: UTF8.self)
        let schemas = try #require(
            (try JSONSerialization.jsonObject(with: data) as? [String: Any])
                .flatMap { $0["components"] as? [String: Any] }
                .flatMap { $0["schemas"] as? [String: Any] }
        )
        for match in text.matches(of: /#\\?\/components\\?\/schemas\\?\/([A-Za-z]+)/) {
            #expect(schemas[String(match.1)] != nil, "unknown schema \(match.1)")
        }
    }
}
