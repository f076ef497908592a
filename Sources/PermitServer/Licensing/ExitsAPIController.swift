import Foundation
import PermitCommands
import PermitCore
import Vapor

/// 退出 through the API: `/api/v1/exits` and its steps, each a route.
enum ExitURL: SiteURL {
    case exits
    case exit(Parameter<String>)
    case step(Parameter<String>, ExitStep)
    /// The pages: open one from a certificate, then take its steps.
    case pages
    case page(Parameter<String>)
    case pageStep(Parameter<String>, ExitStep)

    var segments: [PathSegment] {
        switch self {
        case .exits: ["api", "v1", "exits"]
        case .exit(let number): ["api", "v1", "exits", .parameter("number", number)]
        case .step(let number, let step): ["api", "v1", "exits", .parameter("number", number), .constant(step.rawValue)]
        case .pages: ["exits"]
        case .page(let number): ["exits", .parameter("number", number)]
        case .pageStep(let number, let step): ["exits", .parameter("number", number), .constant(step.rawValue)]
        }
    }
}

enum ExitStep: String, CaseIterable, Sendable {
    case notify, hear, waive, decide, serve, execute

    func action(hearing: Bool) -> ExitAction {
        switch self {
        case .notify: .notify
        case .hear: .hear(hearing: hearing)
        case .waive: .waive
        case .decide: .decide
        case .serve: .serve
        case .execute: .execute
        }
    }
}

struct ExitRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.POST, ExitURL.exits, .requires(.openCases), use: ExitsAPIController.open)
        routes.on(.GET, ExitURL.exit(.key), .requires(.viewCases), use: ExitsAPIController.show)
        for step in ExitStep.allCases {
            routes.on(.POST, ExitURL.step(.key, step), .requires(.openCases), use: { req in try await ExitsAPIController.step(step, req: req) })
            routes.on(.POST, ExitURL.pageStep(.key, step), .requires(.openCases), use: { req in try await ExitPages.step(step, req: req) })
        }
        routes.on(.POST, ExitURL.pages, .requires(.openCases), use: ExitPages.open)
        routes.on(.GET, ExitURL.page(.key), .requires(.viewCases), use: ExitPages.show)
    }
}

enum ExitsAPIController {
    struct OpenInput: Content {
        let kind: String?
        let certificate: String?
        let ground: String?
    }

    struct StepInput: Content {
        let text: String?
        /// For `hear`: a hearing was held (听证) rather than a statement heard.
        let hearing: Bool?
    }

    @Sendable static func open(req: Request) async throws -> Response {
        let body = try req.decodeJSON(OpenInput.self)
        let exit = try await ExitCommands.open(kind: body.kind ?? "", certificate: body.certificate ?? "", ground: body.ground ?? "", in: req.commandContext)
        return try await API.ExitDTO(exit).encodeResponse(status: .created, for: req)
    }

    @Sendable static func show(req: Request) async throws -> API.ExitDTO {
        API.ExitDTO(try await ExitCommands.show(try number(req), in: req.commandContext))
    }

    static func step(_ step: ExitStep, req: Request) async throws -> API.ExitDTO {
        let body = req.body.data == nil ? StepInput(text: nil, hearing: nil) : try req.decodeJSON(StepInput.self)
        let exit = try await ExitCommands.step(step.action(hearing: body.hearing ?? false), try number(req), text: body.text ?? "", in: req.commandContext)
        return API.ExitDTO(exit)
    }

    private static func number(_ req: Request) throws -> String {
        guard let number = req.parameters.get("number") else { throw Abort(.notFound) }
        return number
    }
}

extension API {
    struct ExitDTO: Content {
        let number: String
        let certificate: String
        let kind: String
        let ground: String
        let status: String

        init(_ exit: LicenseExit) {
            number = exit.caseNumber.description
            certificate = exit.certificate.description
            kind = exit.kind.rawValue
            ground = exit.ground
            status = exit.status.rawValue
        }
    }
}

extension ExitRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .outOfOrder(let action, let status):
            Problem(kind: .conflict, detail: Bilingual(
                "退出程序当前为“\(Self.statusName(status).zhHans)”，不能进行“\(Self.actionName(action).zhHans)”：须先告知并听取陈述申辩或听证，再决定、送达、执行。",
                en: "The exit stands at \(Self.statusName(status).en); \(Self.actionName(action).en) cannot come now: notice and hearing first, then decision, service, execution."
            ))
        case .certificateNotInForce(let status):
            Problem(kind: .conflict, detail: Bilingual("证书当前状态为“\(status.name.zhHans)”，无需再办理退出。", en: "The certificate is \(status.name.en.lowercased()) already."))
        case .textMissing:
            Problem(kind: .invalidInput, detail: Bilingual("请填写本步骤的文书内容。", en: "Write the step's document."),
                    issues: [FieldIssue(field: "text", problem: .missing)])
        case .settledByExitSteps:
            Problem(kind: .conflict, detail: Bilingual(
                "退出程序的节点须通过退出程序的各步骤办理（/api/v1/exits），以便同时变更证书状态。",
                en: "An exit's nodes are settled through its steps (/api/v1/exits), which also change the certificate."
            ))
        }
    }

    private static func statusName(_ status: ExitStatus) -> Bilingual {
        switch status {
        case .opened: Bilingual("已立案", en: "opened")
        case .noticed: Bilingual("已告知", en: "notified")
        case .heard: Bilingual("已听取陈述申辩", en: "heard")
        case .decided: Bilingual("已决定", en: "decided")
        case .served: Bilingual("已送达", en: "served")
        case .executed: Bilingual("已执行", en: "executed")
        }
    }

    private static func actionName(_ action: String) -> Bilingual {
        switch action {
        case "notify": Bilingual("告知", en: "notice")
        case "hear": Bilingual("听取陈述申辩或听证", en: "the hearing")
        case "waive": Bilingual("放弃陈述申辩", en: "waiving the hearing")
        case "decide": Bilingual("作出决定", en: "the decision")
        case "serve": Bilingual("送达", en: "service")
        default: Bilingual("执行", en: "execution")
        }
    }
}
