import PermitCommands
import PermitCore
import Vapor

/// 后续处置 of failed 双随机 tasks (RND-7): the API and the task's follow-up page.
enum InspectionFollowUpURL: SiteURL {
    case api(Parameter<String>)
    case page(Parameter<String>)

    var segments: [PathSegment] {
        switch self {
        case .api(let number): ["api", "v1", "inspection", "tasks", .parameter("number", number), "follow-ups"]
        case .page(let number): ["inspection", "tasks", .parameter("number", number), "follow-ups"]
        }
    }
}

struct InspectionFollowUpRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        // The command decides who acts: an officer of the task's district.
        routes.on(.GET, InspectionFollowUpURL.api(.key), .requires(.viewCases), use: InspectionFollowUpAPIController.list)
        routes.on(.POST, InspectionFollowUpURL.api(.key), .requires(.openCases), use: InspectionFollowUpAPIController.record)
        routes.on(.GET, InspectionFollowUpURL.page(.key), .requires(.viewCases), use: InspectionFollowUpPage.show)
        routes.on(.POST, InspectionFollowUpURL.page(.key), .requires(.openCases), use: InspectionFollowUpPage.record)
    }
}

enum InspectionFollowUpAPIController {
    @Sendable static func list(req: Request) async throws -> [API.InspectionFollowUpDTO] {
        try await InspectionFollowUpCommands.list(InspectionTasksAPIController.number(req), in: req.commandContext).1.map(API.InspectionFollowUpDTO.init)
    }

    @Sendable static func record(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.InspectionFollowUpBody.self)
        let followUp = try await InspectionFollowUpCommands.record(InspectionTasksAPIController.number(req), .init(
            kind: body.kind ?? "", matter: body.matter, evidence: body.evidence, deadline: body.deadline, team: body.team ?? []
        ), in: req.commandContext)
        return try await API.InspectionFollowUpDTO(followUp).encodeResponse(status: .created, for: req)
    }
}

extension API {
    struct InspectionFollowUpBody: Content {
        let kind: String?
        let matter: String?
        let evidence: String?
        let deadline: String?
        let team: [String]?
    }

    struct InspectionFollowUpDTO: Content {
        let id: String
        let task: String
        let kind: String
        let kindName: String
        let openedCase: String?
        let deadline: String?
        let matter: String
        let evidence: String
        let recordedAt: Date

        init(_ followUp: InspectionFollowUp) {
            id = followUp.id.description
            task = followUp.task.description
            kind = followUp.kind.rawValue
            kindName = followUp.kind.name.zhHans
            openedCase = followUp.opened?.description
            deadline = followUp.deadline?.description
            matter = followUp.matter
            evidence = followUp.evidence
            recordedAt = followUp.recordedAt
        }
    }
}

extension FollowUpRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .notFailed:
            Problem(kind: .conflict, detail: Bilingual(
                "只有检查结论为“不合格”并已上报的任务才需要后续处置，未记录任何内容。",
                en: "Only a task reported as failed is followed up; nothing was recorded."
            ))
        }
    }
}

extension OpenAPIDocument {
    static let inspectionFollowUpOperations: [Operation] = [
        Operation(.GET, InspectionFollowUpURL.api(.key), summary: "不合格任务的后续处置 — a failed task's follow-ups",
                  tag: "inspection", request: nil, success: (200, "InspectionFollowUps"), problems: [], isPublic: false),
        Operation(.POST, InspectionFollowUpURL.api(.key), summary: "记录后续处置：约谈、责令整改并复查（开立案件）、移送稽查、建议吊销或注销（结论须为不合格，否则 409）— record a follow-up",
                  tag: "inspection", request: "InspectionFollowUpInput", success: (201, "InspectionFollowUp"), problems: [409], isPublic: false),
    ]

    static let inspectionFollowUpSchemas: JSONValue = {
        let text: JSONValue = ["type": "string", "maxLength": 2000]
        let optional: JSONValue = ["type": ["string", "null"]]
        let followUp = object([
            ("id", string), ("task", string), ("kind", ["type": "string", "enum": .array(FollowUpKind.allCases.map { .string($0.rawValue) })]),
            ("kindName", string), ("openedCase", optional), ("deadline", optional), ("matter", string), ("evidence", string),
            ("recordedAt", ["type": "string", "format": "date-time"]),
        ], required: ["id", "task", "kind", "kindName", "matter", "evidence", "recordedAt"])
        return [
            "InspectionFollowUpInput": object([
                ("kind", ["type": "string", "enum": .array(FollowUpKind.allCases.map { .string($0.rawValue) })]), ("matter", text), ("evidence", text),
                ("deadline", ["type": "string", "format": "date"]), ("team", ["type": "array", "items": ["type": "string", "maxLength": 32]]),
            ], required: ["kind", "matter"]),
            "InspectionFollowUp": followUp,
            "InspectionFollowUps": ["type": "array", "items": followUp],
        ]
    }()
}
