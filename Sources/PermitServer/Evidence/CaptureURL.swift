import PermitCore
import Vapor

/// Field capture (issue 16, REC-3…REC-5): the page an inspector keeps open
/// on a phone on site, the short-lived token its script uploads with, and
/// the script itself. Pages, not the API: the page and the token are reached
/// with the session cookie, the script by anyone.
enum CaptureURL: SiteURL {
    case page(Parameter<String>)
    case token(Parameter<String>)
    /// The plain form a page without script posts a file to.
    case plainUpload(Parameter<String>, node: Parameter<String>)
    case script

    var segments: [PathSegment] {
        switch self {
        case .page(let number): ["cases", .parameter("number", number), "capture"]
        case .token(let number): ["cases", .parameter("number", number), "capture", "token"]
        case .plainUpload(let number, let node): ["cases", .parameter("number", number), "capture", "nodes", .parameter("node", node)]
        case .script: ["assets", "capture.js"]
        }
    }
}

struct CaptureRoutes: RouteCollection {
    let maxUploadSize: Int

    func boot(routes: any RoutesBuilder) throws {
        // Whether the caller may act on this case is the command's check
        // (`EvidenceCommands.capture`), as for the case page.
        routes.on(.GET, CaptureURL.page(.key), .requires(.viewCases), use: CapturePage.show)
        routes.on(.POST, CaptureURL.token(.key), .requires(.viewCases), use: CapturePage.issueToken)
        routes.on(.POST, CaptureURL.plainUpload(.key, node: .key), .requires(.viewCases), body: .stream, use: CaptureForm.upload)
            .acceptsBodies(upTo: maxUploadSize)
        // The script holds no secret and no data: anyone may load it, as the
        // sign-in page's style could be.
        routes.on(.GET, CaptureURL.script, .everyone, use: CaptureScript.serve)
    }
}
