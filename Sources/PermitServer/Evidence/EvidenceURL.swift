import PermitCore
import PermitStore
import Vapor

/// Evidence for full-process recording (全过程记录): uploads over tus 1.0,
/// and the records they become, with their originals.
enum EvidenceURL: SiteURL {
    case uploads
    case upload(Parameter<String>)
    case record(Parameter<String>)
    case content(Parameter<String>)
    /// The same original for a signed-in browser, linked from the case page.
    case download(Parameter<String>)
    case review(Parameter<String>)
    /// A written record as an A4 page.
    case print(Parameter<String>)
    /// The review form on the case page.
    case pageReview(Parameter<String>, record: Parameter<String>)
    /// The team's statement of its on-site check: times and key devices.
    case onSiteCheck(Parameter<String>)
    case pageOnSiteCheck(Parameter<String>)
    /// Where in a video the step's statements are said (REC-5).
    case statements(Parameter<String>)
    case pageStatements(Parameter<String>, record: Parameter<String>)

    var segments: [PathSegment] {
        switch self {
        case .uploads: ["api", "v1", "uploads"]
        case .upload(let id): ["api", "v1", "uploads", .parameter("id", id)]
        case .record(let id): ["api", "v1", "records", .parameter("id", id)]
        case .content(let id): ["api", "v1", "records", .parameter("id", id), "content"]
        case .download(let id): ["records", .parameter("id", id), "content"]
        case .review(let id): ["api", "v1", "records", .parameter("id", id), "review"]
        case .print(let id): ["records", .parameter("id", id), "print"]
        case .pageReview(let number, let id): ["cases", .parameter("number", number), "records", .parameter("id", id), "review"]
        case .onSiteCheck(let number): ["api", "v1", "cases", .parameter("number", number), "onsite-check"]
        case .pageOnSiteCheck(let number): ["cases", .parameter("number", number), "onsite-check"]
        case .statements(let id): ["api", "v1", "records", .parameter("id", id), "statements"]
        case .pageStatements(let number, let id): ["cases", .parameter("number", number), "records", .parameter("id", id), "statements"]
        }
    }
}

struct EvidenceRoutes: RouteCollection {
    let maxUploadSize: Int

    func boot(routes: any RoutesBuilder) throws {
        // Anyone who works on cases may upload; what an upload may become is
        // decided per case when it is recorded. The capture page's script
        // uploads with its capture token.
        let tus = routes.grouped(TusResumableMiddleware())
        tus.on(.OPTIONS, EvidenceURL.uploads, .requires(.viewCases), use: TusController.options).acceptsCaptureTokens()
        tus.on(.POST, EvidenceURL.uploads, .requires(.viewCases), use: TusController.create).acceptsCaptureTokens()
        tus.on(.HEAD, EvidenceURL.upload(.key), .requires(.viewCases), use: TusController.head).acceptsCaptureTokens()
        tus.on(.PATCH, EvidenceURL.upload(.key), .requires(.viewCases), body: .stream, use: TusController.patch)
            .acceptsBodies(upTo: maxUploadSize).acceptsCaptureTokens()
        tus.on(.DELETE, EvidenceURL.upload(.key), .requires(.viewCases), use: TusController.terminate).acceptsCaptureTokens()
        routes.on(.GET, EvidenceURL.upload(.key), .requires(.viewCases), use: TusController.status).acceptsCaptureTokens()
        routes.on(.GET, EvidenceURL.record(.key), .requires(.viewCases), use: RecordsAPIController.show)
        routes.on(.GET, EvidenceURL.content(.key), .requires(.viewCases), use: RecordsAPIController.content)
        routes.on(.GET, EvidenceURL.download(.key), .requires(.viewCases), use: RecordsAPIController.content)
        routes.on(.POST, EvidenceURL.review(.key), .requires(.viewCases), use: RecordsAPIController.review)
        routes.on(.GET, EvidenceURL.print(.key), .requires(.viewCases), use: RecordPrintPage.show)
        routes.on(.POST, EvidenceURL.pageReview(.key, record: .key), .requires(.viewCases), use: RecordsAPIController.reviewFromPage)
        routes.on(.PUT, EvidenceURL.onSiteCheck(.key), .requires(.viewCases), use: OnSiteCheckController.state)
        routes.on(.POST, EvidenceURL.pageOnSiteCheck(.key), .requires(.viewCases), use: OnSiteCheckController.stateFromPage)
        routes.on(.POST, EvidenceURL.statements(.key), .requires(.viewCases), use: OnSiteCheckController.tick)
        routes.on(.POST, EvidenceURL.pageStatements(.key, record: .key), .requires(.viewCases), use: OnSiteCheckController.tickFromPage)
    }
}
