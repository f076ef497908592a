import Foundation
import PermitCommands
import PermitCore
import Vapor

enum DisclosureAPIController {
    static let listed = 100

    @Sendable static func list(req: Request) async throws -> [API.DisclosureDTO] {
        try await DisclosureCommands.published(limit: listed, in: req.store).map { API.DisclosureDTO($0, language: req.language) }
    }

    @Sendable static func approve(req: Request) async throws -> Response {
        let disclosure = try await DisclosureCommands.approve(try node(req), of: try CasesAPIController.number(req), in: req.commandContext)
        return try await API.DisclosureApprovalDTO(
            caseNumber: disclosure.caseNumber.description, node: disclosure.node.rawValue,
            approvedBy: disclosure.approvedBy.rawValue, approvedAt: disclosure.approvedAt
        ).encodeResponse(status: .created, for: req)
    }

    @Sendable static func approveFromPage(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
        }
        _ = try req.decodeForm(Form.self)
        let (number, node) = (try CasesAPIController.number(req), try node(req))
        return try await req.submit {
            _ = try await DisclosureCommands.approve(node, of: number, in: req.commandContext)
            return CaseURL.case(.value(number)).path([:], fragment: "node-\(node)")
        } orShowAgain: { errors, status in
            try await CasePages.renderCase(on: req, errors: errors, status: status)
        }
    }

    private static func node(_ req: Request) throws -> String {
        guard let node = req.parameters.get("node") else { throw Abort(.notFound) }
        return node
    }
}

extension API {
    struct DisclosureDTO: Content {
        let caseNumber: String
        let process: String
        let node: String
        let nodeName: String
        let subject: String
        let creditCode: String
        let publishedAt: Date
        let texts: [String]

        init(_ published: DisclosureCommands.Published, language: Language) {
            caseNumber = published.disclosure.caseNumber.description
            process = published.processName.text(language)
            node = published.disclosure.node.rawValue
            nodeName = published.nodeName.text(language)
            subject = published.subjectName
            creditCode = published.creditCode
            publishedAt = published.disclosure.approvedAt
            texts = published.texts
        }
    }

    struct DisclosureApprovalDTO: Content {
        let caseNumber: String
        let node: String
        let approvedBy: String
        let approvedAt: Date
    }
}

extension DisclosureRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .notDisclosed(let key):
            Problem(kind: .conflict, detail: Bilingual(
                "节点“\(CasePhrases.nodeName(key).zhHans)”不在网站公示之列。", en: "Node \"\(CasePhrases.nodeName(key).en)\" is not disclosed on the public site."
            ))
        case .notComplete(let key):
            Problem(kind: .conflict, detail: Bilingual(
                "节点“\(CasePhrases.nodeName(key).zhHans)”尚未完成，不能公示。", en: "Node \"\(CasePhrases.nodeName(key).en)\" is not complete and cannot be published."
            ))
        case .alreadyPublished(let key):
            Problem(kind: .conflict, detail: Bilingual(
                "节点“\(CasePhrases.nodeName(key).zhHans)”已经公示。", en: "Node \"\(CasePhrases.nodeName(key).en)\" is already published."
            ))
        case .recordsNotApproved(let key, let records):
            Problem(kind: .conflict, detail: Bilingual(
                "节点“\(CasePhrases.nodeName(key).zhHans)”有 \(records.count) 条音像记录尚未经审查机构认可，不能公示。",
                en: "Node \"\(CasePhrases.nodeName(key).en)\" has \(records.count) photo or video records the review agency has not approved."
            ))
        case .nothingToPublish(let key):
            Problem(kind: .conflict, detail: Bilingual(
                "节点“\(CasePhrases.nodeName(key).zhHans)”没有可公示的文字记录。", en: "Node \"\(CasePhrases.nodeName(key).en)\" has no written record to publish."
            ))
        }
    }
}
