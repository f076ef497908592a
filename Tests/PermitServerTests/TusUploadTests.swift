import Crypto
import Foundation
@testable import PermitServer
import Testing
import Vapor
import VaporTesting

@Suite("Uploads over tus 1.0 — /api/v1/uploads")
struct TusUploadTests {
    static func tus(_ account: TestAccount, _ extra: [(String, String)] = []) -> HTTPHeaders {
        var headers = account.bearer
        headers.add(name: "Tus-Resumable", value: "1.0.0")
        for (name, value) in extra { headers.add(name: name, value: value) }
        return headers
    }

    static func patch(_ offset: Int, checksum: String? = nil) -> [(String, String)] {
        [("Content-Type", "application/offset+octet-stream"), ("Upload-Offset", String(offset))] + (checksum.map { [("Upload-Checksum", $0)] } ?? [])
    }

    static func send(_ data: Data, to location: String, headers: HTTPHeaders, in app: TestApp) async throws -> TestingHTTPResponse {
        try await app.app.testing().sendRequest(.PATCH, location, headers: headers, body: ByteBuffer(bytes: data))
    }

    @Test("OPTIONS names the version, the extensions, the size limit and the checksums")
    func capabilities() async throws {
        try await withTestApp(adjusting: { $0.maxUploadSize = 1000 }) { app in
            let res = try await app.send(.OPTIONS, "/api/v1/uploads", headers: app.account("pudong.inspector").bearer)
            #expect(res.status == .noContent)
            #expect(res.headers.first(name: "Tus-Version") == "1.0.0")
            #expect(res.headers.first(name: "Tus-Extension") == "creation,checksum,termination")
            #expect(res.headers.first(name: "Tus-Max-Size") == "1000")
            #expect(res.headers.first(name: "Tus-Checksum-Algorithm") == "sha1,sha256")
        }
    }

    @Test("create, send in two checked chunks, HEAD for the offset; the finished upload names its SHA-256")
    func wholeUpload() async throws {
        try await withTestApp { app in
            let inspector = app.account("pudong.inspector")
            let content = "工厂大门门牌号及铭牌".data(using: .utf8)!
            let name = Data("门牌.jpg".utf8).base64EncodedString()
            let created = try await app.send(.POST, "/api/v1/uploads", headers: Self.tus(inspector, [
                ("Upload-Length", String(content.count)), ("Upload-Metadata", "filename \(name),filetype"),
            ]))
            #expect(created.status == .created)
            #expect(created.headers.first(name: "Tus-Resumable") == "1.0.0")
            let location = try #require(created.headers.first(name: .location))
            #expect(location.hasPrefix("/api/v1/uploads/"))

            let first = content.prefix(10), rest = content.dropFirst(10)
            let sha1 = "sha1 " + Data(Insecure.SHA1.hash(data: first)).base64EncodedString()
            let one = try await Self.send(first, to: location, headers: Self.tus(inspector, Self.patch(0, checksum: sha1)), in: app)
            #expect(one.status == .noContent)
            #expect(one.headers.first(name: "Upload-Offset") == "10")
            let head = try await app.send(.HEAD, location, headers: Self.tus(inspector))
            #expect(head.headers.first(name: "Upload-Offset") == "10")
            #expect(head.headers.first(name: "Upload-Length") == String(content.count))
            #expect(head.headers.first(name: .cacheControl) == "no-store")

            let stale = try await app.send(.PATCH, location, headers: Self.tus(inspector, Self.patch(0)), body: "x")
            #expect(stale.status == .conflict)
            let wrong = "sha256 " + Data(SHA256.hash(data: Data("no".utf8))).base64EncodedString()
            let mismatch = try await Self.send(rest, to: location, headers: Self.tus(inspector, Self.patch(10, checksum: wrong)), in: app)
            #expect(mismatch.status.code == 460)
            #expect(mismatch.problem?.type == "urn:permittrail:problem:checksum-mismatch")

            let last = try await Self.send(rest, to: location, headers: Self.tus(inspector, Self.patch(10)), in: app)
            #expect(last.headers.first(name: "Upload-Offset") == String(content.count))
            let status = try await app.send(.GET, location, headers: inspector.bearer)
            let dto = try status.content.decode(API.UploadDTO.self)
            #expect(dto.complete && dto.fileName == "门牌.jpg")
            #expect(dto.sha256 == SHA256.hash(data: content).map { String(format: "%02x", $0) }.joined())

            let delete = try await app.send(.DELETE, location, headers: Self.tus(inspector))
            #expect(delete.status == .forbidden)
        }
    }

    @Test("without Tus-Resumable 412; wrong body type 415; another user's upload does not exist for them; too large 413")
    func refusals() async throws {
        try await withTestApp(adjusting: { $0.maxUploadSize = 100 }) { app in
            let inspector = app.account("pudong.inspector"), officer = app.account("pudong.officer")
            let noVersion = try await app.send(.POST, "/api/v1/uploads", headers: inspector.bearer)
            #expect(noVersion.status == .preconditionFailed)
            #expect(noVersion.headers.first(name: "Tus-Version") == "1.0.0")
            let large = try await app.send(.POST, "/api/v1/uploads", headers: Self.tus(inspector, [("Upload-Length", "101")]))
            #expect(large.status == .payloadTooLarge)
            let badMetadata = try await app.send(.POST, "/api/v1/uploads", headers: Self.tus(inspector, [("Upload-Length", "5"), ("Upload-Metadata", "filename ***")]))
            #expect(badMetadata.status == .badRequest)
            let created = try await app.send(.POST, "/api/v1/uploads", headers: Self.tus(inspector, [("Upload-Length", "5")]))
            let location = try #require(created.headers.first(name: .location))
            let json = try await app.send(.PATCH, location, headers: Self.tus(inspector, [("Content-Type", "application/json"), ("Upload-Offset", "0")]), body: "{}")
            #expect(json.status == .unsupportedMediaType)
            let theirs = try await app.send(.HEAD, location, headers: Self.tus(officer))
            #expect(theirs.status == .notFound)
            let abandon = try await app.send(.DELETE, location, headers: Self.tus(inspector))
            #expect(abandon.status == .noContent)
            #expect(try await app.send(.HEAD, location, headers: Self.tus(inspector)).status == .notFound)
        }
    }
}
