import Crypto
import Foundation
import Vapor

/// The capture page's script, a resource of this module served by the
/// server itself (no third-party host, nothing to allow in the policy but
/// 'self'). Read once; its address carries a digest of its text, so a
/// browser may keep it for a year and still gets a new release at once.
enum CaptureScript {
    struct Asset: Sendable {
        let text: String
        let version: String
    }

    static let asset: Asset = {
        let file = URL(fileURLWithPath: viewsDirectory).deletingLastPathComponent().appendingPathComponent("Assets/capture.js")
        // A missing resource is a broken build, not a request's fault: the
        // page then says so rather than the server refusing to start.
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? "document.body.dataset.captureScript = 'missing';"
        let digest = SHA256.hash(data: Data(text.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
        return Asset(text: text, version: digest)
    }()

    static var href: String { CaptureURL.script.path(["v": asset.version]) }

    @Sendable static func serve(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "javascript", parameters: ["charset": "utf-8"])
        // Only the current version is cached for long: an old page asking for
        // its old version gets today's script, which must not stick.
        let current = req.query[String.self, at: "v"] == asset.version
        headers.replaceOrAdd(name: .cacheControl, value: current ? "public, max-age=31536000, immutable" : "no-cache")
        headers.replaceOrAdd(name: .eTag, value: "\"\(asset.version)\"")
        if req.headers.first(name: .ifNoneMatch) == "\"\(asset.version)\"" {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(string: asset.text))
    }
}
