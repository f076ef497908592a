import Foundation
import PermitCommands
import PermitCore
import Vapor

/// 退出 in the browser: opened from the certificate's page by an officer,
/// then one form per step, in the only order the law allows.
enum ExitPages {
    static let title = Bilingual("许可退出", en: "Licence exit")

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let number: String
        let kind: String
        let certificate: String
        let certificateHref: String
        let ground: String
        let status: String
        let caseHref: String
        let steps: [Step]
        let errors: [String]
    }

    struct Step: Encodable, Sendable {
        let action: String
        let label: String
        let asksText: Bool
        let hearing: Bool
    }

    /// The opening form on the certificate page, for officers.
    struct Opening: Encodable, Sendable {
        let action: String
        let kinds: [CasePages.Option]
        let w: [String: String]
    }

    static func opening(for certificate: Certificate, on req: Request) -> Opening? {
        guard let role = req.actor.user?.role, role == .cityOfficer || role == .districtOfficer, certificate.status == .valid else { return nil }
        let language = req.language
        return Opening(
            action: ExitURL.pages.path,
            kinds: ExitKind.allCases.map { CasePages.Option(value: $0.rawValue, label: $0.name.text(language)) },
            w: ["title": Bilingual("办理许可退出（撤回、撤销、吊销、注销）", en: "Open an exit (withdrawal, revocation, cancellation)"),
                "ground": Bilingual("事实与理由", en: "Facts and reasons"), "open": Bilingual("立案", en: "Open")].mapValues { $0.text(language) }
        )
    }

    @Sendable static func open(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let kind: String?
            let certificate: String?
            let ground: String?
        }
        let form = try req.decodeForm(Form.self)
        let exit = try await ExitCommands.open(kind: form.kind ?? "", certificate: form.certificate ?? "", ground: form.ground ?? "", in: req.commandContext)
        return req.redirect(to: ExitURL.page(.value(exit.caseNumber.description)).path)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], status: .ok)
    }

    static func step(_ step: ExitStep, req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let text: String?
            let hearing: String?
        }
        let form = try req.decodeForm(Form.self)
        let number = try number(req)
        return try await req.submit {
            _ = try await ExitCommands.step(step.action(hearing: form.hearing != nil), number, text: form.text ?? "", in: req.commandContext)
            return ExitURL.page(.value(number)).path
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, status: status)
        }
    }

    static func render(_ req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let exit = try await ExitCommands.show(try number(req), in: req.commandContext)
        let number = exit.caseNumber.description
        let steps: [ExitStep] = switch exit.status {
        case .opened: exit.kind.hearsTheHolder ? [.notify] : [.decide]
        case .noticed: [.hear, .waive]
        case .heard: [.decide]
        case .decided: [.serve]
        case .served: [.execute]
        case .executed: []
        }
        let content = Content(
            w: words(language), number: number, kind: exit.kind.name.text(language), certificate: exit.certificate.description,
            certificateHref: LicensingURL.certificatePage(.value(exit.certificate.description)).path, ground: exit.ground,
            status: statusName(exit.status).text(language), caseHref: CaseURL.case(.value(number)).path,
            steps: steps.map { step in
                Step(action: ExitURL.pageStep(.value(number), step).path, label: stepName(step).text(language), asksText: step != .waive, hearing: step == .hear)
            },
            errors: errors
        )
        return try await Page(title: "\(title.text(language)) \(number)", content: content, request: req).render(on: req, template: "exit", status: status)
    }

    static func stepName(_ step: ExitStep) -> Bilingual {
        switch step {
        case .notify: Bilingual("告知事实、理由、依据及陈述申辩、听证权利", en: "Notify facts, reasons, basis and rights")
        case .hear: Bilingual("记录陈述申辩或听证", en: "Record the statement or hearing")
        case .waive: Bilingual("当事人未陈述申辩，继续", en: "The holder was not heard: go on")
        case .decide: Bilingual("作出决定", en: "Decide")
        case .serve: Bilingual("记录送达", en: "Record service")
        case .execute: Bilingual("执行并公示证书状态", en: "Execute and publish the status")
        }
    }

    static func statusName(_ status: ExitStatus) -> Bilingual {
        switch status {
        case .opened: Bilingual("已立案", en: "Opened")
        case .noticed: Bilingual("已告知，待陈述申辩或听证", en: "Notified, awaiting the holder")
        case .heard: Bilingual("已听取意见，待决定", en: "Heard, awaiting decision")
        case .decided: Bilingual("已决定，待送达", en: "Decided, awaiting service")
        case .served: Bilingual("已送达，待执行", en: "Served, awaiting execution")
        case .executed: Bilingual("已执行", en: "Executed")
        }
    }

    private static func number(_ req: Request) throws -> String {
        guard let number = req.parameters.get("number") else { throw Abort(.notFound) }
        return number
    }

    static func words(_ language: Language) -> [String: String] {
        let all: [String: Bilingual] = [
            "title": title, "kind": Bilingual("类型", en: "Kind"), "certificate": Bilingual("证书", en: "Certificate"),
            "ground": Bilingual("事实与理由", en: "Facts and reasons"), "status": Bilingual("进度", en: "Stage"),
            "case": Bilingual("办理过程（全过程记录）", en: "The case, step by step"), "text": Bilingual("本步骤文书内容", en: "This step's document"),
            "hearing": Bilingual("举行了听证", en: "A hearing was held"), "done": Bilingual("退出程序已办结。", en: "The exit is complete."),
        ]
        return all.mapValues { $0.text(language) }
    }
}
