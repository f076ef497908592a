import PermitCore
import Vapor

/// The registry: enterprises (one enterprise one archive), the working-day
/// calendar, the product catalogue (LIC-1) and the inspector database
/// (RND-2), as pages and as the API.
enum RegistryURL: SiteURL {
    case enterprises
    case newEnterprise
    case enterprise(Parameter<String>)
    case editEnterprise(Parameter<String>)
    case enterpriseImport
    case calendar
    case calendarYears
    case calendarYear(Parameter<Int>)
    case catalogue
    case units
    case unit(Parameter<String>)
    case categories
    case category(Parameter<String>)
    case simplified(category: Parameter<String>)
    case allInspectors
    case inspectorImport
    case inspectors(district: Parameter<String>)
    case inspector(district: Parameter<String>, Parameter<String>)
    case api(API)

    enum API: Sendable {
        case ownEnterprise
        case enterprises
        case export
        case enterpriseImport
        case enterprise(Parameter<String>)
        case history(Parameter<String>)
        case calendarYears
        case calendarYear(Parameter<Int>)
        case addWorkingDays
        case catalogue
        case units
        case unit(Parameter<String>)
        case categories
        case category(Parameter<String>)
        case simplified(category: Parameter<String>)
        case allInspectors
        case inspectorImport
        case inspectors(district: Parameter<String>)
        case inspector(district: Parameter<String>, Parameter<String>)

        var segments: [PathSegment] {
            switch self {
            case .ownEnterprise: ["me", "enterprise"]
            case .enterprises: ["enterprises"]
            case .export: ["enterprises", "export"]
            case .enterpriseImport: ["enterprises", "import"]
            case .enterprise(let id): ["enterprises", .parameter("id", id)]
            case .history(let id): ["enterprises", .parameter("id", id), "history"]
            case .calendarYears: ["calendar", "years"]
            case .calendarYear(let year): ["calendar", "years", .parameter("year", year)]
            case .addWorkingDays: ["calendar", "add-working-days"]
            case .catalogue: ["catalogue"]
            case .units: ["catalogue", "units"]
            case .unit(let unit): ["catalogue", "units", .parameter("unit", unit)]
            case .categories: ["catalogue", "categories"]
            case .category(let category): ["catalogue", "categories", .parameter("category", category)]
            case .simplified(let category): ["catalogue", "categories", .parameter("category", category), "simplified"]
            case .allInspectors: ["inspectors"]
            case .inspectorImport: ["inspectors", "import"]
            case .inspectors(let district): ["districts", .parameter("code", district), "inspectors"]
            case .inspector(let district, let inspector):
                ["districts", .parameter("code", district), "inspectors", .parameter("inspector", inspector)]
            }
        }
    }

    var segments: [PathSegment] {
        switch self {
        case .enterprises: ["enterprises"]
        case .newEnterprise: ["enterprises", "new"]
        case .enterprise(let id): ["enterprises", .parameter("id", id)]
        case .editEnterprise(let id): ["enterprises", .parameter("id", id), "edit"]
        case .enterpriseImport: ["enterprises", "import"]
        case .calendar: ["calendar"]
        case .calendarYears: ["calendar", "years"]
        case .calendarYear(let year): ["calendar", "years", .parameter("year", year)]
        case .catalogue: ["catalogue"]
        case .units: ["catalogue", "units"]
        case .unit(let unit): ["catalogue", "units", .parameter("unit", unit)]
        case .categories: ["catalogue", "categories"]
        case .category(let category): ["catalogue", "categories", .parameter("category", category)]
        case .simplified(let category): ["catalogue", "categories", .parameter("category", category), "simplified"]
        case .allInspectors: ["inspectors"]
        case .inspectorImport: ["inspectors", "import"]
        case .inspectors(let district): ["districts", .parameter("code", district), "inspectors"]
        case .inspector(let district, let inspector):
            ["districts", .parameter("code", district), "inspectors", .parameter("inspector", inspector)]
        case .api(let api): ["api", "v1"] + api.segments
        }
    }
}
