import PermitCommands
import PermitCore
import Vapor

/// 双随机一公开 (RND-1…4, PUB-1): plans, frozen pools, sources, the draw
/// and the matching are public, as pages, JSON and the files `permittrail
/// draw verify` re-runs; the bureau's officers create, freeze and enter
/// sources through the API and through forms on the same pages.
enum InspectionURL: SiteURL {
    case apiPlans
    case apiPlan(Parameter<String>)
    case apiFreeze(Parameter<String>)
    case apiSource(Parameter<String>, Parameter<Int>)
    case apiRiskTier(Parameter<String>)
    case plans
    case plan(Parameter<String>)
    case freeze(Parameter<String>)
    case source(Parameter<String>, Parameter<Int>)
    case drawFile(Parameter<String>)
    case poolsFile(Parameter<String>)

    var segments: [PathSegment] {
        switch self {
        case .apiPlans: ["api", "v1", "inspection", "plans"]
        case .apiPlan(let plan): ["api", "v1", "inspection", "plans", .parameter("plan", plan)]
        case .apiFreeze(let plan): ["api", "v1", "inspection", "plans", .parameter("plan", plan), "freeze"]
        case .apiSource(let plan, let index): ["api", "v1", "inspection", "plans", .parameter("plan", plan), "sources", .parameter("index", index)]
        case .apiRiskTier(let enterprise): ["api", "v1", "inspection", "risk-tiers", .parameter("enterprise", enterprise)]
        case .plans: ["inspection", "plans"]
        case .plan(let plan): ["inspection", "plans", .parameter("plan", plan)]
        case .freeze(let plan): ["inspection", "plans", .parameter("plan", plan), "freeze"]
        case .source(let plan, let index): ["inspection", "plans", .parameter("plan", plan), "sources", .parameter("index", index)]
        case .drawFile(let plan): ["inspection", "plans", .parameter("plan", plan), "draw.json"]
        case .poolsFile(let plan): ["inspection", "plans", .parameter("plan", plan), "pools.json"]
        }
    }
}

struct InspectionRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, InspectionURL.apiPlans, .everyone, use: InspectionPlansAPIController.list)
        routes.on(.POST, InspectionURL.apiPlans, .requires(.openCases), use: InspectionPlansAPIController.create)
        routes.on(.GET, InspectionURL.apiPlan(.key), .everyone, use: InspectionPlansAPIController.show)
        routes.on(.POST, InspectionURL.apiFreeze(.key), .requires(.openCases), use: InspectionPlansAPIController.freeze)
        routes.on(.PUT, InspectionURL.apiSource(.key, .key), .requires(.openCases), use: InspectionPlansAPIController.enterSource)
        routes.on(.PUT, InspectionURL.apiRiskTier(.key), .requires(.manageEnterprises), use: InspectionPlansAPIController.setRiskTier)
        routes.on(.GET, InspectionURL.plans, .everyone, use: InspectionPlanPages.list)
        routes.on(.POST, InspectionURL.plans, .requires(.openCases), use: InspectionPlanPages.create)
        routes.on(.GET, InspectionURL.plan(.key), .everyone, use: InspectionPlanPages.show)
        routes.on(.POST, InspectionURL.freeze(.key), .requires(.openCases), use: InspectionPlanPages.freeze)
        routes.on(.POST, InspectionURL.source(.key, .key), .requires(.openCases), use: InspectionPlanPages.enterSource)
        routes.on(.GET, InspectionURL.drawFile(.key), .everyone, use: InspectionPlanFiles.draw)
        routes.on(.GET, InspectionURL.poolsFile(.key), .everyone, use: InspectionPlanFiles.pools)
    }
}

/// The two files the public page offers: the draw for `permittrail draw
/// verify`, and the frozen pools exactly as their ledgered hash was taken.
enum InspectionPlanFiles {
    @Sendable static func draw(req: Request) async throws -> Response {
        guard let text = try await InspectionPlanCommands.drawFile(req.parameters.get("plan") ?? "", in: req.commandContext) else {
            throw Problem(kind: .notFound, detail: Bilingual("该计划尚未抽取，暂无抽取结果文件。", en: "The plan has not been drawn yet."))
        }
        return file(text, name: "draw.json")
    }

    @Sendable static func pools(req: Request) async throws -> Response {
        guard let text = try await InspectionPlanCommands.poolsFile(req.parameters.get("plan") ?? "", in: req.commandContext) else {
            throw Problem(kind: .notFound, detail: Bilingual("该计划尚未冻结，暂无名录库文件。", en: "The plan has not been frozen yet."))
        }
        return file(text, name: "pools.json")
    }

    private static func file(_ text: String, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
