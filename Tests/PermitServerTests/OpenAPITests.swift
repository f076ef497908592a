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

    @Test("an operation the document calls public is registered open to everyone, and no other")
    func publicOperations() async throws {
        try await withTestApp { app in
            let open = Set(app.app.routes.all.filter(\.isPublic).map { "\($0.method.rawValue.lowercased()) \($0.pattern)" })
            for operation in OpenAPIDocument.operations {
                let pattern = operation.path.replacing(/\{([a-z]+)\}/) { ":" + $0.1 }
                #expect(operation.isPublic == open.contains("\(operation.method) \(pattern)"), "\(operation.method) \(operation.path)")
            }
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

    @Test("a method a path does not take answers 405 with Allow, as a problem and as a page")
    func methodNotAllowed() async throws {
        try await withTestApp { app in
            let api = try await app.send(.PATCH, "/api/v1/districts", headers: app.account("city.admin").bearer)
            #expect(api.status == .methodNotAllowed)
            #expect(api.headers.first(name: .allow) == "GET, POST")
            #expect(api.problem?.detail == "该地址不支持此请求方法，支持的方法为：GET, POST。")
            let page = try await app.send(.DELETE, "/login")
            #expect(page.status == .methodNotAllowed)
            #expect(page.headers.first(name: .allow) == "GET, POST")
            let export = try await app.send(.OPTIONS, "/api/v1/enterprises/export")
            #expect(export.headers.first(name: .allow) == "GET")
            let nowhere = try await app.send(.PATCH, "/api/v1/nothing-here")
            #expect(nowhere.status == .notFound)
        }
    }

    @Test("every operation lists what any request can meet, and required query parameters are marked")
    func statusesAndParameters() throws {
        let data = try JSONEncoder().encode(OpenAPIDocument.document)
        let paths = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["paths"] as? [String: [String: [String: Any]]])
        for (path, operations) in paths {
            for (method, operation) in operations {
                let codes = Set(try #require(operation["responses"] as? [String: Any]).keys)
                #expect(codes.isSuperset(of: ["400", "414", "431"]), "\(method) \(path)")
                if (operation["security"] as? [Any])?.isEmpty == false { #expect(codes.isSuperset(of: ["401", "403"]), "\(method) \(path)") }
                if operation["requestBody"] != nil { #expect(codes.isSuperset(of: ["413", "415", "422"]), "\(method) \(path)") }
            }
        }
        func required(_ path: String) -> [String] {
            let parameters = paths[path]?["get"]?["parameters"] as? [[String: Any]] ?? []
            return parameters.filter { $0["required"] as? Bool == true }.compactMap { $0["name"] as? String }
        }
        #expect(required("/api/v1/ledger/proofs/consistency") == ["size1"])
        #expect(required("/api/v1/calendar/add-working-days") == ["from", "days"])
        #expect(required("/api/v1/enterprises").isEmpty)
        let token = try #require(paths["/api/v1/auth/token"]?["post"]?["responses"] as? [String: Any])
        #expect(Set(token.keys).isSuperset(of: ["400", "415", "422", "429"]))
    }

    @Test("query values are read exactly as the document describes them")
    func queryValuesAsDocumented() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin").bearer
            #expect(try await app.send(.GET, "/api/v1/catalogue?version=03", headers: admin).status == .unprocessableEntity)
            #expect(try await app.send(.GET, "/api/v1/catalogue?version=", headers: admin).status == .ok)
            #expect(try await app.send(.GET, "/api/v1/enterprises?district=", headers: admin).status == .ok)
            var csv = admin
            csv.contentType = HTTPMediaType(type: "text", subType: "csv")
            let refused = try await app.send(.POST, "/api/v1/enterprises/import?dryRun=yes", headers: csv, body: "企业名称\n")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.problem?.errors?.first?.detail == "仅检查，不写入：应为是/否（true 或 false）")
        }
    }
}
