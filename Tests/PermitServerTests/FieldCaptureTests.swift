import Crypto
import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Field capture — the phone page, its script and its token (issue 16, REC-3…REC-5)")
struct FieldCaptureTests {
    /// An on-site review with the district's inspector on its team.
    static func withReview(_ body: (TestApp, String) async throws -> Void) async throws {
        try await CasesAPITests.withEnterprise { app in
            let number = try await CasesAPITests.open("license-onsite-review", in: app, team: ["pudong.inspector"])
            try await body(app, number)
        }
    }

    static func json(_ account: TestAccount) -> HTTPHeaders {
        account.cookie.merging(["Accept": "application/json"])
    }

    /// A capture token as the page's script obtains it.
    static func token(for account: TestAccount, on number: String, in app: TestApp) async throws -> API.TokenDTO {
        let res = try await app.send(.POST, "/cases/\(number)/capture/token", headers: json(account), form: ["csrf": account.csrf])
        #expect(res.status == .created)
        return try res.content.decode(API.TokenDTO.self)
    }

    @Test("the capture page shows the team the nodes that take photos, videos or scans, in Chinese and in English")
    func page() async throws {
        try await Self.withReview { app, number in
            let inspector = app.account("pudong.inspector")
            let chinese = try await app.send(.GET, "/cases/\(number)/capture", headers: inspector.cookie)
            #expect(chinese.status == .ok)
            let html = chinese.text
            #expect(html.contains(#"<html lang="zh-Hans">"#))
            #expect(html.contains("现场采集"))
            #expect(html.contains("首次会议") && html.contains("生产区域关键生产设备核查"))
            // The plan is written, not captured.
            #expect(!html.contains("制定企业现场核查计划"))
            #expect(html.contains(#"accept="image/*" capture="environment" data-kind="photo""#))
            #expect(html.contains(#"accept="video/*" capture="environment" data-kind="video""#))
            #expect(html.contains(#"data-kind="pick""#))
            #expect(html.contains(#"data-csrf="\#(inspector.csrf)""#))
            #expect(html.contains(#"data-token-href="/cases/\#(number)/capture/token""#))
            #expect(html.contains(#"<li data-key="sending">发送中 {p}%</li>"#))
            #expect(html.contains(#"<script src="\#(CaptureScript.href)" defer></script>"#))
            #expect(chinese.headers.first(name: .cacheControl) == "no-store")

            let english = try await app.send(.GET, "/cases/\(number)/capture", headers: inspector.cookie.merging(["Accept-Language": "en"]))
            #expect(english.status == .ok)
            #expect(english.text.contains(#"<html lang="en">"#))
            #expect(english.text.contains("Field capture") && english.text.contains("Record a video") && english.text.contains("First meeting"))
            #expect(english.text.contains(#"<li data-key="sending">Sending {p}%</li>"#))
            #expect(!english.text.contains("拍照"))
        }
    }

    @Test("only those who act on the case get the page: outsiders 404, readers 403, the anonymous to sign-in")
    func pageRefusals() async throws {
        try await Self.withReview { app, number in
            let path = "/cases/\(number)/capture"
            #expect(try await app.send(.GET, path, headers: app.account("xuhui.officer").cookie).status == .notFound)
            #expect(try await app.send(.GET, path, headers: app.account("auditor").cookie).status == .forbidden)
            #expect(try await app.send(.GET, "/cases/XC-2026-99999/capture", headers: app.account("pudong.inspector").cookie).status == .notFound)
            let anonymous = try await app.send(.GET, path)
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers.first(name: .location)?.hasPrefix("/login?next=") == true)

            // The case page links to it for the team only.
            let link = #"href="/cases/\#(number)/capture""#
            #expect(try await app.send(.GET, "/cases/\(number)", headers: app.account("pudong.inspector").cookie).text.contains(link))
            #expect(try await app.send(.GET, "/cases/\(number)", headers: app.account("auditor").cookie).text.contains(link) == false)
        }
    }

    @Test("the script is served as JavaScript, cached for a year under its version only, and is the file in the sources")
    func script() async throws {
        try await withTestApp { app in
            let res = try await app.send(.GET, CaptureScript.href)
            #expect(res.status == .ok)
            #expect(res.headers.contentType == HTTPMediaType(type: "application", subType: "javascript", parameters: ["charset": "utf-8"]))
            #expect(res.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")
            #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/PermitServer/Resources/Assets/capture.js")
            #expect(res.text == (try String(contentsOf: source, encoding: .utf8)))
            #expect(res.text.contains("Upload-Checksum") && res.text.contains("indexedDB"))

            let unversioned = try await app.send(.GET, "/assets/capture.js")
            #expect(unversioned.status == .ok)
            #expect(unversioned.headers.first(name: .cacheControl) == "no-cache")
            let etag = try #require(res.headers.first(name: .eTag))
            #expect(try await app.send(.GET, "/assets/capture.js", headers: ["If-None-Match": etag]).status == .notModified)
        }
    }

    @Test("the token route refuses a post without the page's form token, and issues a narrow bearer token with it")
    func token() async throws {
        try await Self.withReview { app, number in
            let inspector = app.account("pudong.inspector")
            let path = "/cases/\(number)/capture/token"
            let missing = try await app.send(.POST, path, headers: Self.json(inspector), form: ["note": "no form token"])
            #expect(missing.status == .forbidden)
            #expect(missing.problem?.type == "urn:permittrail:problem:form-expired")
            let wrong = try await app.send(.POST, path, headers: Self.json(inspector), form: ["csrf": app.account("auditor").csrf])
            #expect(wrong.status == .forbidden)
            // A bearer token does not open a page route, so it cannot mint another.
            #expect(try await app.send(.POST, path, headers: inspector.bearer, form: ["csrf": inspector.csrf]).status != .created)

            let issued = try await app.send(.POST, path, headers: Self.json(inspector), form: ["csrf": inspector.csrf])
            #expect(issued.status == .created)
            #expect(issued.headers.first(name: .cacheControl) == "no-store")
            let dto = try issued.content.decode(API.TokenDTO.self)
            #expect(dto.tokenType == "Bearer" && dto.user.username == "pudong.inspector")
            #expect(dto.expiresAt <= app.clock.now().addingTimeInterval(CapturePage.tokenLifetime))
            let bearer: HTTPHeaders = ["Authorization": "Bearer \(dto.token)"]

            let me = try await app.send(.GET, "/api/v1/me", headers: bearer)
            #expect(me.status == .ok)
            #expect(try me.content.decode(API.UserDTO.self).username == "pudong.inspector")
            // A capture token, not an API one (its reach: CaptureTokenTests).
            #expect(try await app.send(.GET, "/api/v1/worklist", headers: bearer).status == .unauthorized)

            // What the script does: upload with tus and record.
            var create = bearer
            create.add(name: "Tus-Resumable", value: "1.0.0")
            let content = EvidenceRecordsTests.png(width: 3000, height: 2000)
            create.add(name: "Upload-Length", value: String(content.count))
            let created = try await app.send(.POST, "/api/v1/uploads", headers: create)
            #expect(created.status == .created)
            let location = try #require(created.headers.first(name: .location))
            var patch = bearer
            patch.add(name: "Tus-Resumable", value: "1.0.0")
            patch.add(name: "Upload-Offset", value: "0")
            patch.add(name: "Content-Type", value: "application/offset+octet-stream")
            let sent = try await app.app.testing().sendRequest(.PATCH, location, headers: patch, body: ByteBuffer(bytes: content))
            #expect(sent.status == .noContent)
            let recorded = try await app.send(
                .POST, "/api/v1/cases/\(number)/nodes/production-equipment/records", headers: bearer,
                json: #"{"upload":"\#(location)","kind":"photo","label":"设备铭牌"}"#
            )
            #expect(recorded.status == .created)
            #expect(try await app.send(.GET, "/api/v1/cases/\(number)", headers: bearer).status == .ok)
        }
    }

    @Test("no token for those who may not act on the case; none outlives the browser's session")
    func tokenRefusals() async throws {
        try await Self.withReview { app, number in
            let path = "/cases/\(number)/capture/token"
            let outsider = app.account("xuhui.officer"), reader = app.account("auditor")
            #expect(try await app.send(.POST, path, headers: Self.json(outsider), form: ["csrf": outsider.csrf]).status == .notFound)
            #expect(try await app.send(.POST, path, headers: Self.json(reader), form: ["csrf": reader.csrf]).status == .forbidden)
            let anonymous = try await app.send(.POST, path, headers: ["Accept": "application/json"], form: ["csrf": "x"])
            #expect(anonymous.status == .unauthorized)

            // The fixture's sessions end in an hour; a token asked for later
            // ends with them.
            app.clock.advance(by: 50 * 60)
            let inspector = app.account("pudong.inspector")
            let dto = try await Self.token(for: inspector, on: number, in: app)
            #expect(dto.expiresAt <= app.clock.now().addingTimeInterval(10 * 60 + 1))
        }
    }

    @Test("the capture page alone may run the server's own script; every other page keeps the script-free policy")
    func contentSecurityPolicy() async throws {
        try await Self.withReview { app, number in
            let inspector = app.account("pudong.inspector")
            let page = try await app.send(.GET, "/cases/\(number)/capture", headers: inspector.cookie)
            let policy = try #require(page.headers.first(name: "Content-Security-Policy"))
            #expect(policy == SecurityHeadersMiddleware.capturePagePolicy)
            let directives = Set(policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(directives.contains("script-src 'self'") && directives.contains("connect-src 'self'"))
            #expect(directives.contains("default-src 'none'") && directives.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("unsafe-eval") && !policy.contains("script-src 'self' 'unsafe-inline'"))
            // No inline script for the policy to have to allow.
            #expect(page.text.components(separatedBy: "<script").count == 2)
            #expect(page.text.contains(#"<script src="/assets/capture.js?v="#))

            for (path, headers) in [
                ("/cases/\(number)", inspector.cookie), ("/home", inspector.cookie), ("/login", HTTPHeaders()),
                ("/cases/\(number)/capture", app.account("xuhui.officer").cookie), (CaptureScript.href, HTTPHeaders()),
            ] {
                let res = try await app.send(.GET, path, headers: headers)
                #expect(res.headers.first(name: "Content-Security-Policy") == SecurityHeadersMiddleware.contentSecurityPolicy, "\(path)")
            }
        }
    }
    /// A plain form's body: text fields first, as browsers send them in page order, then the file.
    static func plainForm(_ fields: [(String, String)], file: Data, name: String) -> (ByteBuffer, String) {
        let boundary = "----permittrail-plain"
        var body = ByteBuffer()
        for (key, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n--\(boundary)--\r\n")
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    @Test("without script, each node's plain form uploads a tagged photo; a foreign form, an HTML file or an outsider leave nothing")
    func plainForm() async throws {
        try await Self.withReview { app, number in
            let inspector = app.account("pudong.inspector")
            let page = try await app.send(.GET, "/cases/\(number)/capture", headers: inspector.cookie)
            #expect(page.text.contains(#"action="/cases/\#(number)/capture/nodes/factory-entry""#))
            #expect(page.text.contains(#"<option value="factory-gate">"#))
            #expect(page.text.contains(#"<input id="file-factory-entry" type="file" name="file""#))
            let path = "/cases/\(number)/capture/nodes/factory-entry"
            func post(_ fields: [(String, String)], _ file: Data, as account: TestAccount = inspector) async throws -> TestingHTTPResponse {
                let (body, type) = Self.plainForm(fields, file: file, name: "../../门牌.png")
                var headers = account.cookie
                headers.replaceOrAdd(name: .contentType, value: type)
                return try await app.app.testing().sendRequest(.POST, path, headers: headers, body: body)
            }
            let uploads = app.store.evidence.uploads.directory
            let before = try FileManager.default.contentsOfDirectory(atPath: uploads.path).count
            let photo = EvidenceRecordsTests.png(width: 3000, height: 2000)

            let forged = try await post([("csrf", "forged"), ("kind", "photo"), ("subject", "factory-gate")], photo)
            #expect(forged.status == .forbidden)
            let outsider = try await post([("csrf", app.account("xuhui.officer").csrf), ("kind", "photo")], photo, as: app.account("xuhui.officer"))
            #expect(outsider.status == .notFound)
            let html = try await post([("csrf", inspector.csrf), ("kind", "photo")], Data("<html><script>alert(1)</script></html>".utf8))
            #expect(html.status == .unprocessableEntity)
            #expect(html.text.contains("不能作为“照片”记录"))
            #expect(try await app.store.cases.find(try CaseNumber(parsing: number))?.records.isEmpty == true)
            // The refused HTML is a finished upload like any other (its
            // state file stays beside the blob store); the forged form and
            // the outsider left nothing behind.
            let after = try FileManager.default.contentsOfDirectory(atPath: uploads.path)
            #expect(after.count == before + 1, "\(after)")

            let sent = try await post([("csrf", inspector.csrf), ("label", "厂门"), ("kind", "photo"), ("subject", "factory-gate"), ("device", "")], photo)
            #expect(sent.status == .seeOther)
            #expect(sent.headers.first(name: .location) == "/cases/\(number)/capture#node-factory-entry")
            let records = try #require(try await app.store.cases.find(try CaseNumber(parsing: number))?.records)
            #expect(records.count == 1)
            #expect(records.first?.evidence?.subject == "factory-gate")
            #expect(records.first?.evidence?.fileName == "../../门牌.png")
            #expect(records.first?.sha256 == SHA256.hash(data: photo).map { String(format: "%02x", $0) }.joined())
        }
    }
}
