import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// 双随机一公开 tasks (RND-4…8, PUB-1): dispatch, the inspectors' phone
/// pages with 一企两表, printing, results and the rates dashboard.
enum InspectionTaskURL: SiteURL {
    case apiDispatch(Parameter<String>)
    case apiPlanTasks(Parameter<String>)
    case apiResults(Parameter<String>)
    case apiInspectorAccount(Parameter<String>)
    case apiTasks
    case apiTask(Parameter<String>)
    case apiDeclaration(Parameter<String>)
    case apiRecordForm(Parameter<String>)
    case apiEquipmentForm(Parameter<String>)
    case apiSignature(Parameter<String>, Parameter<String>)
    case apiReport(Parameter<String>)
    case apiNotChecked(Parameter<String>)
    case apiCarriedOver(Parameter<String>)
    case apiDashboard
    case tasks
    case task(Parameter<String>)
    case declaration(Parameter<String>)
    case recordForm(Parameter<String>)
    case equipmentForm(Parameter<String>)
    case sign(Parameter<String>, Parameter<String>)
    case report(Parameter<String>)
    case notChecked(Parameter<String>)
    case print(Parameter<String>, Parameter<String>)
    case planTasks(Parameter<String>)
    case dispatch(Parameter<String>)
    case inspectorAccounts(Parameter<String>)
    case results(Parameter<String>)
    case dashboard

    var segments: [PathSegment] {
        switch self {
        case .apiDispatch(let plan): ["api", "v1", "inspection", "plans", .parameter("plan", plan), "dispatch"]
        case .apiPlanTasks(let plan): ["api", "v1", "inspection", "plans", .parameter("plan", plan), "tasks"]
        case .apiResults(let plan): ["api", "v1", "inspection", "plans", .parameter("plan", plan), "results"]
        case .apiInspectorAccount(let certificate): ["api", "v1", "inspection", "inspector-accounts", .parameter("certificate", certificate)]
        case .apiTasks: ["api", "v1", "inspection", "tasks"]
        case .apiTask(let number): ["api", "v1", "inspection", "tasks", .parameter("number", number)]
        case .apiDeclaration(let number): ["api", "v1", "inspection", "tasks", .parameter("number", number), "declaration"]
        case .apiRecordForm(let number): ["api", "v1", "inspection", "tasks", .parameter("number", number), "record-form"]
        case .apiEquipmentForm(let number): ["api", "v1", "inspection", "tasks", .parameter("number", number), "equipment-form"]
        case .apiSignature(let number, let form): ["api", "v1", "inspection", "tasks", .parameter("number", number), "forms", .parameter("form", form), "signatures"]
        case .apiReport(let number): ["api", "v1", "inspection", "tasks", .parameter("number", number), "report"]
        case .apiNotChecked(let number): ["api", "v1", "inspection", "tasks", .parameter("number", number), "not-checked"]
        case .apiDashboard: ["api", "v1", "inspection", "dashboard"]
        case .apiCarriedOver(let plan): ["api", "v1", "inspection", "plans", .parameter("plan", plan), "carried-over"]
        case .tasks: ["inspection", "tasks"]
        case .task(let number): ["inspection", "tasks", .parameter("number", number)]
        case .declaration(let number): ["inspection", "tasks", .parameter("number", number), "declaration"]
        case .recordForm(let number): ["inspection", "tasks", .parameter("number", number), "record-form"]
        case .equipmentForm(let number): ["inspection", "tasks", .parameter("number", number), "equipment-form"]
        case .sign(let number, let form): ["inspection", "tasks", .parameter("number", number), "forms", .parameter("form", form), "sign"]
        case .report(let number): ["inspection", "tasks", .parameter("number", number), "report"]
        case .notChecked(let number): ["inspection", "tasks", .parameter("number", number), "not-checked"]
        case .print(let number, let form): ["inspection", "tasks", .parameter("number", number), "forms", .parameter("form", form), "print"]
        case .planTasks(let plan): ["inspection", "plans", .parameter("plan", plan), "tasks"]
        case .dispatch(let plan): ["inspection", "plans", .parameter("plan", plan), "dispatch"]
        case .inspectorAccounts(let plan): ["inspection", "plans", .parameter("plan", plan), "inspector-accounts"]
        case .results(let plan): ["inspection", "plans", .parameter("plan", plan), "results"]
        case .dashboard: ["inspection", "dashboard"]
        }
    }
}

struct InspectionTaskRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        // Who may act is decided per task by the commands (team, district);
        // the route asks only for a signed-in account that works on cases.
        routes.on(.POST, InspectionTaskURL.apiDispatch(.key), .requires(.openCases), use: InspectionTasksAPIController.dispatch)
        routes.on(.GET, InspectionTaskURL.apiPlanTasks(.key), .requires(.viewCases), use: InspectionTasksAPIController.planTasks)
        routes.on(.GET, InspectionTaskURL.apiResults(.key), .everyone, use: InspectionTasksAPIController.results)
        routes.on(.PUT, InspectionTaskURL.apiInspectorAccount(.key), .requires(.openCases), use: InspectionTasksAPIController.linkAccount)
        routes.on(.GET, InspectionTaskURL.apiTasks, .requires(.viewCases), use: InspectionTasksAPIController.mine)
        routes.on(.GET, InspectionTaskURL.apiTask(.key), .requires(.viewCases), use: InspectionTasksAPIController.show)
        routes.on(.POST, InspectionTaskURL.apiDeclaration(.key), .requires(.viewCases), use: InspectionTasksAPIController.declare)
        routes.on(.PUT, InspectionTaskURL.apiRecordForm(.key), .requires(.viewCases), use: InspectionTasksAPIController.submitRecord)
        routes.on(.PUT, InspectionTaskURL.apiEquipmentForm(.key), .requires(.viewCases), use: InspectionTasksAPIController.submitEquipment)
        routes.on(.POST, InspectionTaskURL.apiSignature(.key, .key), .requires(.viewCases), use: InspectionTasksAPIController.sign)
        routes.on(.POST, InspectionTaskURL.apiReport(.key), .requires(.viewCases), use: InspectionTasksAPIController.report)
        routes.on(.POST, InspectionTaskURL.apiNotChecked(.key), .requires(.viewCases), use: InspectionTasksAPIController.notChecked)
        routes.on(.GET, InspectionTaskURL.apiCarriedOver(.key), .requires(.viewCases), use: InspectionTasksAPIController.carriedOver)
        routes.on(.GET, InspectionTaskURL.apiDashboard, .requires(.viewCases), use: InspectionTasksAPIController.dashboard)
        routes.on(.GET, InspectionTaskURL.tasks, .requires(.viewCases), use: InspectionTaskPages.mine)
        routes.on(.GET, InspectionTaskURL.task(.key), .requires(.viewCases), use: InspectionTaskPages.show)
        routes.on(.POST, InspectionTaskURL.declaration(.key), .requires(.viewCases), use: InspectionTaskPages.declare)
        routes.on(.GET, InspectionTaskURL.recordForm(.key), .requires(.viewCases), use: InspectionFormPages.recordForm)
        routes.on(.POST, InspectionTaskURL.recordForm(.key), .requires(.viewCases), use: InspectionFormPages.submitRecord)
        routes.on(.GET, InspectionTaskURL.equipmentForm(.key), .requires(.viewCases), use: InspectionFormPages.equipmentForm)
        routes.on(.POST, InspectionTaskURL.equipmentForm(.key), .requires(.viewCases), use: InspectionFormPages.submitEquipment)
        routes.on(.POST, InspectionTaskURL.sign(.key, .key), .requires(.viewCases), use: InspectionTaskPages.sign)
        routes.on(.POST, InspectionTaskURL.report(.key), .requires(.viewCases), use: InspectionTaskPages.report)
        routes.on(.POST, InspectionTaskURL.notChecked(.key), .requires(.viewCases), use: InspectionTaskPages.notChecked)
        routes.on(.GET, InspectionTaskURL.print(.key, .key), .requires(.viewCases), use: InspectionFormPrint.show)
        routes.on(.GET, InspectionTaskURL.planTasks(.key), .requires(.viewCases), use: InspectionPlanTaskPages.show)
        routes.on(.POST, InspectionTaskURL.dispatch(.key), .requires(.openCases), use: InspectionPlanTaskPages.dispatch)
        routes.on(.POST, InspectionTaskURL.inspectorAccounts(.key), .requires(.openCases), use: InspectionPlanTaskPages.linkAccount)
        routes.on(.GET, InspectionTaskURL.results(.key), .everyone, use: InspectionPlanTaskPages.results)
        routes.on(.GET, InspectionTaskURL.dashboard, .requires(.viewCases), use: InspectionDashboardPage.show)
    }
}

enum InspectionTasksAPIController {
    @Sendable static func dispatch(req: Request) async throws -> Response {
        let tasks = try await InspectionTaskCommands.dispatch(req.parameters.get("plan") ?? "", in: req.commandContext)
        return try await tasks.map { API.InspectionTaskDTO($0) }.encodeResponse(status: .created, for: req)
    }

    @Sendable static func planTasks(req: Request) async throws -> [API.InspectionTaskDTO] {
        try await InspectionTaskCommands.planTasks(req.parameters.get("plan") ?? "", in: req.commandContext).tasks.map { API.InspectionTaskDTO($0) }
    }

    @Sendable static func results(req: Request) async throws -> [API.InspectionResultDTO] {
        try await InspectionTaskCommands.published(req.parameters.get("plan") ?? "", in: req.commandContext).1.map {
            API.InspectionResultDTO(
                enterpriseName: $0.enterpriseName, creditCode: $0.creditCode, district: $0.district.rawValue, checkedOn: $0.checkedOn?.description,
                publishedOn: $0.report.publishedOn.description, conclusion: $0.report.conclusion.rawValue, problems: $0.report.problems
            )
        }
    }

    @Sendable static func linkAccount(req: Request) async throws -> API.InspectorAccountDTO {
        let body = try req.decodeJSON(API.InspectorAccountBody.self)
        let linked = try await InspectionTaskCommands.linkAccount(
            certificate: req.parameters.get("certificate") ?? "", username: body.username ?? "", in: req.commandContext
        )
        return API.InspectorAccountDTO(certificate: linked.certificate, username: linked.username.rawValue, name: linked.name)
    }

    @Sendable static func mine(req: Request) async throws -> [API.InspectionTaskDTO] {
        try await InspectionTaskCommands.mine(in: req.commandContext).map { API.InspectionTaskDTO($0) }
    }

    @Sendable static func show(req: Request) async throws -> API.InspectionTaskDTO {
        let view = try await InspectionTaskCommands.view(number(req), in: req.commandContext)
        return API.InspectionTaskDTO(view.task, reportDue: view.reportDue)
    }

    @Sendable static func declare(req: Request) async throws -> API.InspectionTaskDTO {
        let body = try req.decodeJSON(API.DeclarationBody.self)
        return try await dto(try await InspectionTaskCommands.declare(
            number(req), integrityCommitment: body.integrityCommitment ?? false, certificateShown: body.certificateShown ?? false, in: req.commandContext
        ), on: req)
    }

    @Sendable static func submitRecord(req: Request) async throws -> API.InspectionTaskDTO {
        let body = try req.decodeJSON(API.RecordFormBody.self)
        return try await dto(try await InspectionTaskCommands.submitRecord(number(req), try body.input(), in: req.commandContext), on: req)
    }

    @Sendable static func submitEquipment(req: Request) async throws -> API.InspectionTaskDTO {
        let body = try req.decodeJSON(API.EquipmentFormBody.self)
        return try await dto(try await InspectionTaskCommands.submitEquipment(number(req), body.input, in: req.commandContext), on: req)
    }

    @Sendable static func sign(req: Request) async throws -> API.InspectionTaskDTO {
        let body = try req.decodeJSON(API.SignatureBody.self)
        guard let kind = TaskFormKind(rawValue: req.parameters.get("form") ?? "") else { throw CommandError.notFound }
        return try await dto(try await InspectionTaskCommands.sign(number(req), form: kind, digest: body.digest ?? "", in: req.commandContext), on: req)
    }

    @Sendable static func report(req: Request) async throws -> API.InspectionTaskDTO {
        try await dto(try await InspectionTaskCommands.report(number(req), in: req.commandContext), on: req)
    }

    @Sendable static func notChecked(req: Request) async throws -> API.InspectionTaskDTO {
        let body = try req.decodeJSON(API.NotCheckedBody.self)
        return try await dto(
            try await InspectionTaskCommands.notChecked(number(req), ground: body.ground, reason: body.reason, foundOn: body.foundOn, in: req.commandContext),
            on: req
        )
    }

    @Sendable static func carriedOver(req: Request) async throws -> [API.CarriedOverDTO] {
        try await InspectionTaskCommands.planTasks(req.parameters.get("plan") ?? "", in: req.commandContext).carriedOver.compactMap(API.CarriedOverDTO.init)
    }

    @Sendable static func dashboard(req: Request) async throws -> API.InspectionRatesDTO {
        let district = try? req.query.get(String.self, at: "district")
        let (rates, names) = try await InspectionTaskCommands.rates(district: district, in: req.commandContext)
        return API.InspectionRatesDTO(city: .init(rates.city, names: names), districts: rates.districts.map { .init($0, names: names) })
    }

    /// The task as answered after a change, with its result's due date.
    private static func dto(_ task: InspectionTask, on req: Request) async throws -> API.InspectionTaskDTO {
        API.InspectionTaskDTO(task, reportDue: InspectionRates.publicationDue(of: task, calendar: try await req.store.calendar.calendar()))
    }

    static func number(_ req: Request) -> String { req.parameters.get("number") ?? "" }
}
