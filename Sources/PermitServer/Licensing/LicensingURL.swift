import PermitCore
import Vapor

/// Licensing (issue 17): applications through the API, and certificates —
/// public, no sign-in — as a page, a PDF and a signed note.
enum LicensingURL: SiteURL {
    case applications
    case application(Parameter<String>)
    case step(Parameter<String>, ApplicationStep)
    case apiCertificate(Parameter<String>)
    case publicKey
    case certificatePage(Parameter<String>)
    case certificates
    /// 证书核验: a signed certificate file checked, as a page form and in the API.
    case verifyPage
    case apiVerify
    /// 到期提醒: the certificates the user is to see renewed.
    case reminders
    /// 营业执照 and attachments (LIC-2): added from an upload, read back.
    case attachments(Parameter<String>)
    case attachment(Parameter<String>, index: Parameter<String>)
    case pageAttachments(Parameter<String>)
    case pageAttachment(Parameter<String>, index: Parameter<String>)
    /// 纸质证书 (LIC-7): asked for by the holder, handed over by the bureau.
    case apiPaperRequest(Parameter<String>)
    case apiPaperRequests
    case apiHandOver(Parameter<String>)
    case pagePaperRequest(Parameter<String>)
    case pagePaperRequests
    case pageHandOver(Parameter<String>)
    /// The pages: the list and the new-application form, one application,
    /// and its forms (save the draft, or take a step).
    case pages
    case page(Parameter<String>)
    case pageStep(Parameter<String>, ApplicationStep)

    var segments: [PathSegment] {
        switch self {
        case .applications: ["api", "v1", "applications"]
        case .application(let number): ["api", "v1", "applications", .parameter("number", number)]
        case .step(let number, let step): ["api", "v1", "applications", .parameter("number", number), .constant(step.rawValue)]
        case .apiCertificate(let number): ["api", "v1", "certificates", .parameter("number", number)]
        case .publicKey: ["api", "v1", "certificates", "public-key"]
        // `.pdf` and `.note` are read from the parameter: the QR code's
        // target and its two files share one path segment.
        case .certificatePage(let number): ["certificates", .parameter("number", number)]
        case .certificates: ["certificates"]
        case .verifyPage: ["certificates", "verify"]
        case .apiVerify: ["api", "v1", "certificates", "verify"]
        case .reminders: ["api", "v1", "certificates", "reminders"]
        case .attachments(let number): ["api", "v1", "applications", .parameter("number", number), "attachments"]
        case .attachment(let number, let index): ["api", "v1", "applications", .parameter("number", number), "attachments", .parameter("index", index)]
        case .pageAttachments(let number): ["applications", .parameter("number", number), "attachments"]
        case .pageAttachment(let number, let index): ["applications", .parameter("number", number), "attachments", .parameter("index", index)]
        case .apiPaperRequest(let number): ["api", "v1", "certificates", .parameter("number", number), "paper-requests"]
        case .apiPaperRequests: ["api", "v1", "paper-requests"]
        case .apiHandOver(let id): ["api", "v1", "paper-requests", .parameter("id", id), "hand-over"]
        case .pagePaperRequest(let number): ["certificates", .parameter("number", number), "paper-requests"]
        case .pagePaperRequests: ["paper-requests"]
        case .pageHandOver(let id): ["paper-requests", .parameter("id", id), "hand-over"]
        case .pages: ["applications"]
        case .page(let number): ["applications", .parameter("number", number)]
        case .pageStep(let number, let step): ["applications", .parameter("number", number), .constant(step.rawValue)]
        }
    }
}

struct LicensingRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        // The enterprise applies; officers decide. Who may do which is the
        // commands' check, on the application's enterprise and district.
        routes.on(.POST, LicensingURL.applications, .requires(.viewOwnEnterprise), use: ApplicationsAPIController.create)
        routes.on(.GET, LicensingURL.application(.key), .requires(.viewCases), use: ApplicationsAPIController.show)
        routes.on(.PUT, LicensingURL.application(.key), .requires(.viewOwnEnterprise), use: ApplicationsAPIController.update)
        for step in ApplicationStep.allCases {
            routes.on(.POST, LicensingURL.step(.key, step), .requires(.viewCases), use: { req in try await ApplicationsAPIController.act(step, req: req) })
        }
        routes.on(.GET, LicensingURL.publicKey, .everyone, use: CertificatesController.publicKey)
        routes.on(.GET, LicensingURL.apiCertificate(.key), .everyone, use: CertificatesController.show)
        routes.on(.GET, LicensingURL.certificatePage(.key), .everyone, use: CertificatesController.page)
        routes.on(.GET, LicensingURL.certificates, .everyone, use: CertificatesController.search)
        routes.on(.POST, LicensingURL.verifyPage, .everyone, use: CertificatePages.verify)
        routes.on(.POST, LicensingURL.apiVerify, .everyone, use: CertificatesController.verify)
        routes.on(.GET, LicensingURL.reminders, .requires(.viewCases), use: CertificatesController.reminders)
        routes.on(.POST, LicensingURL.attachments(.key), .requires(.viewOwnEnterprise), use: ApplicationsAPIController.attach)
        routes.on(.GET, LicensingURL.attachment(.key, index: .key), .requires(.viewCases), use: ApplicationsAPIController.attachment)
        routes.on(.POST, LicensingURL.pageAttachments(.key), .requires(.viewOwnEnterprise), body: .stream, use: ApplicationAttachmentForm.upload)
        routes.on(.GET, LicensingURL.pageAttachment(.key, index: .key), .requires(.viewCases), use: ApplicationsAPIController.attachment)
        routes.on(.POST, LicensingURL.apiPaperRequest(.key), .requires(.viewOwnEnterprise), use: PaperCertificatesController.request)
        routes.on(.GET, LicensingURL.apiPaperRequests, .requires(.viewCases), use: PaperCertificatesController.pending)
        routes.on(.POST, LicensingURL.apiHandOver(.key), .requires(.openCases), use: PaperCertificatesController.handOver)
        routes.on(.POST, LicensingURL.pagePaperRequest(.key), .requires(.viewOwnEnterprise), use: PaperCertificatePages.request)
        routes.on(.GET, LicensingURL.pagePaperRequests, .requires(.viewCases), use: PaperCertificatePages.show)
        routes.on(.POST, LicensingURL.pageHandOver(.key), .requires(.openCases), use: PaperCertificatePages.handOver)
        routes.on(.GET, LicensingURL.pages, .requires(.viewCases), use: ApplicationPages.list)
        routes.on(.POST, LicensingURL.pages, .requires(.viewOwnEnterprise), use: ApplicationPages.create)
        routes.on(.GET, LicensingURL.page(.key), .requires(.viewCases), use: ApplicationPages.show)
        routes.on(.POST, LicensingURL.page(.key), .requires(.viewOwnEnterprise), use: ApplicationPages.save)
        for step in ApplicationStep.allCases {
            routes.on(.POST, LicensingURL.pageStep(.key, step), .requires(.viewCases), use: { req in try await ApplicationPages.act(step, req: req) })
        }
    }
}

/// The transitions an application takes through the API, each its own route.
enum ApplicationStep: String, CaseIterable, Sendable {
    case submit
    case accept
    case refuseAcceptance = "refuse-acceptance"
    case requestCorrection = "request-correction"
    case grant
    case refuse
}
