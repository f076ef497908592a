import PermitCore
import Vapor

/// 分类监管 (SUP-1 … SUP-7, SUP-11, SUP-12): a district's annual plan, as
/// JSON and as a page; each enterprise's classification, its quality facts
/// and proposals; the city's figures and AA list. Districts are query
/// parameters or follow from the enterprise, so the commands check them,
/// not the guard.
enum SupervisionURL: SiteURL {
    case apiPlan(Parameter<Int>)
    case apiClassifications
    case plan(Parameter<Int>)
    /// Kept exactly as issue 19 names it: `{id}` is the enterprise's id, as
    /// in `/api/v1/enterprises/{id}`.
    case apiEnterpriseClassification(Parameter<String>)
    case apiQualityFacts(Parameter<String>)
    case apiOverview
    case apiAAList
    case classification(Parameter<String>)
    case commitment(Parameter<String>)
    /// The reviewed 承诺书 scan of one AA decision (`{decision}` its id).
    case commitmentDocument(Parameter<String>, Parameter<String>)
    case qualityFacts(Parameter<String>)
    case overview

    var segments: [PathSegment] {
        switch self {
        case .apiPlan(let year): ["api", "v1", "supervision", "plans", .parameter("year", year)]
        case .apiClassifications: ["api", "v1", "supervision", "classifications"]
        case .plan(let year): ["supervision", "plans", .parameter("year", year)]
        case .apiEnterpriseClassification(let id): ["api", "v1", "enterprises", .parameter("id", id), "classification"]
        case .apiQualityFacts(let id): ["api", "v1", "enterprises", .parameter("id", id), "quality-facts"]
        case .apiOverview: ["api", "v1", "supervision", "overview"]
        case .apiAAList: ["api", "v1", "supervision", "aa-list"]
        case .classification(let id): ["enterprises", .parameter("id", id), "classification"]
        case .commitment(let id): ["enterprises", .parameter("id", id), "classification", "commitment"]
        case .commitmentDocument(let id, let decision): ["enterprises", .parameter("id", id), "classification", "commitments", .parameter("decision", decision)]
        case .qualityFacts(let id): ["enterprises", .parameter("id", id), "classification", "facts"]
        case .overview: ["supervision", "overview"]
        }
    }
}

struct SupervisionRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, SupervisionURL.apiPlan(.key), .requires(.viewEnterprises), use: SupervisionAPIController.plan)
        routes.on(.POST, SupervisionURL.apiClassifications, .requires(.openCases), use: SupervisionAPIController.classify)
        routes.on(.GET, SupervisionURL.plan(.key), .requires(.viewEnterprises), use: SupervisionPages.show)
        routes.on(.POST, SupervisionURL.plan(.key), .requires(.openCases), use: SupervisionPages.classify)

        // The enterprise reads its own class too (第十一条), so the command,
        // not the role, decides who sees a classification.
        routes.on(.GET, SupervisionURL.apiEnterpriseClassification(.key), .requires(.viewHome), use: ClassificationAPIController.show)
        routes.on(.POST, SupervisionURL.apiEnterpriseClassification(.key), .requires(.openCases), use: ClassificationAPIController.classify)
        routes.on(.GET, SupervisionURL.apiQualityFacts(.key), .requires(.viewEnterprises), use: ClassificationAPIController.facts)
        routes.on(.POST, SupervisionURL.apiQualityFacts(.key), .requires(.openCases), use: ClassificationAPIController.recordFact)
        routes.on(.GET, SupervisionURL.apiOverview, .requires(.viewEnterprises), use: ClassificationAPIController.overview)
        routes.on(.GET, SupervisionURL.apiAAList, .requires(.viewEnterprises), use: ClassificationAPIController.aaList)

        routes.on(.GET, SupervisionURL.classification(.key), .requires(.viewHome), use: ClassificationPage.show)
        routes.on(.POST, SupervisionURL.classification(.key), .requires(.openCases), use: ClassificationPage.classify)
        routes.on(.POST, SupervisionURL.commitment(.key), .requires(.openCases), body: .stream, use: ClassificationPage.uploadCommitment)
        routes.on(.GET, SupervisionURL.commitmentDocument(.key, .key), .requires(.viewHome), use: ClassificationPage.commitmentDocument)
        routes.on(.POST, SupervisionURL.qualityFacts(.key), .requires(.openCases), use: ClassificationPage.recordFact)
        routes.on(.GET, SupervisionURL.overview, .requires(.viewEnterprises), use: SupervisionOverviewPage.show)
    }
}
