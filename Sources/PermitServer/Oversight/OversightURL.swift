import PermitCore
import Vapor

/// 证后监督检查 (SUP-8 … SUP-10, SUP-13): inspections, sampling and
/// interviews, as the API and as pages. Whether a caller may touch a given
/// enterprise or case is the commands' check (district, team), so each
/// route requires only the action of its kind here.
enum OversightURL: SiteURL {
    /// The forms to open an inspection, a sampling or an interview.
    case enterprise(Parameter<String>)
    case open(Parameter<String>, action: Parameter<String>)
    /// A supervision case's own forms: the inspection record, dispatch, report.
    case `case`(Parameter<String>)
    case caseAction(Parameter<String>, action: Parameter<String>)
    case samplings
    case api(API)

    enum API: Sendable {
        case inspections
        case inspectionRecord(Parameter<String>)
        case samplings
        case dispatch(Parameter<String>)
        case report(Parameter<String>)
        case interviews

        var segments: [PathSegment] {
            switch self {
            case .inspections: ["inspections"]
            case .inspectionRecord(let number): ["inspections", .parameter("number", number), "record"]
            case .samplings: ["samplings"]
            case .dispatch(let number): ["samplings", .parameter("number", number), "dispatch"]
            case .report(let number): ["samplings", .parameter("number", number), "report"]
            case .interviews: ["interviews"]
            }
        }
    }

    var segments: [PathSegment] {
        switch self {
        case .enterprise(let code): ["supervision", "enterprises", .parameter("creditCode", code)]
        case .open(let code, let action): ["supervision", "enterprises", .parameter("creditCode", code), .parameter("action", action)]
        case .case(let number): ["supervision", "cases", .parameter("number", number)]
        case .caseAction(let number, let action): ["supervision", "cases", .parameter("number", number), .parameter("action", action)]
        case .samplings: ["supervision", "samplings"]
        case .api(let api): ["api", "v1", "supervision"] + api.segments
        }
    }
}

struct OversightRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, OversightURL.enterprise(.key), .requires(.viewEnterprises), use: OversightPages.enterprise)
        routes.on(.POST, OversightURL.open(.key, action: .key), .requires(.openCases), use: OversightPages.open)
        routes.on(.GET, OversightURL.case(.key), .requires(.viewCases), use: OversightPages.showCase)
        routes.on(.POST, OversightURL.caseAction(.key, action: .key), .requires(.viewCases), use: OversightPages.act)
        routes.on(.GET, OversightURL.samplings, .requires(.viewEnterprises), use: OversightPages.samplings)

        routes.on(.POST, OversightURL.api(.inspections), .requires(.openCases), use: OversightAPIController.openInspection)
        routes.on(.POST, OversightURL.api(.inspectionRecord(.key)), .requires(.viewCases), use: OversightAPIController.recordInspection)
        routes.on(.POST, OversightURL.api(.samplings), .requires(.openCases), use: OversightAPIController.openSampling)
        routes.on(.GET, OversightURL.api(.samplings), .requires(.viewEnterprises), use: OversightAPIController.samplingsCSV)
        routes.on(.POST, OversightURL.api(.dispatch(.key)), .requires(.viewCases), use: OversightAPIController.dispatch)
        routes.on(.POST, OversightURL.api(.report(.key)), .requires(.viewCases), use: OversightAPIController.report)
        routes.on(.POST, OversightURL.api(.interviews), .requires(.openCases), use: OversightAPIController.recordInterview)
    }
}
