import PermitCore
import Vapor

/// The registry: enterprises (one enterprise one archive), the working-day
/// calendar, the product catalogue (LIC-1) and the inspector database
/// (RND-2), as pages and as the API, which keeps the pages' paths.
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
    // Paths only the API has.
    case ownEnterprise
    case export
    case history(Parameter<String>)
    case addWorkingDays
    /// Any of the above under `/api/v1`: the API keeps the pages' paths.
    indirect case api(RegistryURL)

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
        case .ownEnterprise: ["me", "enterprise"]
        case .export: ["enterprises", "export"]
        case .history(let id): ["enterprises", .parameter("id", id), "history"]
        case .addWorkingDays: ["calendar", "add-working-days"]
        case .api(let url): ["api", "v1"] + url.segments
        }
    }
}
