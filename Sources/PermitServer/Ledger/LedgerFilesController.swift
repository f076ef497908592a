import PermitLedger
import PermitStore
import Vapor

/// The ledger as C2SP tlog-tiles static files under `/ledger/`, so existing
/// transparency-log tooling can read and verify it without this server's API.
enum LedgerFilesController {
    @Sendable static func checkpoint(req: Request) async throws -> Response {
        file(Array(try await req.store.ledger.checkpoint().utf8), contentType: .plainText, immutable: false)
    }

    /// `tile/<L>/<N>[.p/<W>]`: hashes, public.
    @Sendable static func tile(req: Request) async throws -> Response {
        guard let levelText = req.parameters.get("level"), let level = Int(levelText), (0...7).contains(level),
              String(level) == levelText,
              let (index, width) = TileLayout.parseIndexPath(req.parameters.getCatchall())
        else { throw Abort(.notFound) }
        let id = TileID(level: level, index: index, width: width)
        return file(try await req.store.ledger.tile(id), contentType: .binary, immutable: !id.isPartial)
    }

    /// `tile/entries/<N>[.p/<W>]`: entry contents, for officials and auditors.
    @Sendable static func entryBundle(req: Request) async throws -> Response {
        guard let (index, width) = TileLayout.parseIndexPath(req.parameters.getCatchall()) else { throw Abort(.notFound) }
        let id = EntryBundleID(index: index, width: width)
        return file(try await req.store.ledger.entryBundle(id), contentType: .binary, immutable: !id.isPartial)
    }

    /// Full tiles never change, so clients and caches may keep them forever.
    private static func file(_ bytes: [UInt8], contentType: HTTPMediaType, immutable: Bool) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = contentType
        headers.replaceOrAdd(name: .cacheControl, value: immutable ? "public, max-age=31536000, immutable" : "no-cache")
        return Response(status: .ok, headers: headers, body: .init(data: Data(bytes)))
    }
}
