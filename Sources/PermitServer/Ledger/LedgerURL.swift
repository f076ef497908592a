import PermitCore
import Vapor

/// The ledger: its public page, its files as C2SP tlog-tiles, and the API's
/// checkpoints and proofs. Hashes, signatures and proofs are public so
/// anyone can verify; entry contents are not (ARCHITECTURE.md).
enum LedgerURL: SiteURL {
    case publicPage
    case officialPage
    case checkpoint
    /// `tile/entries/**`: the entry bundles, which hold contents.
    case entryBundle(rest: String?)
    case tile(level: Parameter<Int>, rest: String?)
    case api(API)

    enum API: Sendable {
        case checkpoint
        case publicKey
        case inclusionProof
        case consistencyProof
        case entries

        var segments: [PathSegment] {
            switch self {
            case .checkpoint: ["checkpoint"]
            case .publicKey: ["public-key"]
            case .inclusionProof: ["proofs", "inclusion"]
            case .consistencyProof: ["proofs", "consistency"]
            case .entries: ["entries"]
            }
        }
    }

    var segments: [PathSegment] {
        switch self {
        case .publicPage: ["ledger"]
        case .officialPage: ["admin", "ledger"]
        case .checkpoint: ["ledger", "checkpoint"]
        case .entryBundle(let rest): ["ledger", "tile", "entries", .rest(value: rest)]
        case .tile(let level, let rest): ["ledger", "tile", .parameter("level", level), .rest(value: rest)]
        case .api(let api): ["api", "v1", "ledger"] + api.segments
        }
    }
}

struct LedgerRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, LedgerURL.publicPage, .everyone, use: LedgerPages.showPublic)
        routes.on(.GET, LedgerURL.officialPage, .requires(.viewLedger), use: LedgerPages.showOfficial)
        routes.on(.GET, LedgerURL.checkpoint, .everyone, use: LedgerFilesController.checkpoint)
        routes.on(.GET, LedgerURL.entryBundle(rest: nil), .requires(.viewLedger), use: LedgerFilesController.entryBundle)
        routes.on(.GET, LedgerURL.tile(level: .key, rest: nil), .everyone, use: LedgerFilesController.tile)
        routes.on(.GET, LedgerURL.api(.checkpoint), .everyone, use: LedgerAPIController.checkpoint)
        routes.on(.GET, LedgerURL.api(.publicKey), .everyone, use: LedgerAPIController.publicKey)
        routes.on(.GET, LedgerURL.api(.inclusionProof), .everyone, use: LedgerAPIController.inclusion)
        routes.on(.GET, LedgerURL.api(.consistencyProof), .everyone, use: LedgerAPIController.consistency)
        routes.on(.GET, LedgerURL.api(.entries), .requires(.viewLedger), use: LedgerAPIController.entries)
    }
}
