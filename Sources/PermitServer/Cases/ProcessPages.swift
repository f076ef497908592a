import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The public process pages with their flow charts (REC-12).
extension CasePages {
    struct ProcessesContent: Encodable, Sendable {
        let w: [String: String]
        let processes: [Option]
    }

    struct ProcessContent: Encodable, Sendable {
        let w: [String: String]
        let name: String
        let version: Int
        let svgHref: String
        let filing: String?
        let nodes: [ProcessNode]
    }

    struct ProcessNode: Encodable, Sendable {
        let stage: String
        let name: String
        let forms: String
        let whereApplicable: Bool
        let disclosed: Bool
        let deadline: String?
    }

    @Sendable static func processes(req: Request) async throws -> Response {
        let language = req.language
        let list = try await req.store.processes.current().map { Option(value: $0.id.rawValue, label: $0.name.text(language)) }
        return try await Page(title: CasePhrases.processesTitle.text(language), content: ProcessesContent(w: words(language), processes: list), request: req)
            .render(on: req, template: "processes")
    }

    @Sendable static func process(req: Request) async throws -> Response {
        let language = req.language
        let definition = try await definition(on: req)
        let dto = API.ProcessDTO(definition, language: language)
        let content = ProcessContent(
            w: words(language), name: dto.name, version: dto.version,
            svgHref: CaseURL.flowChart(.value(definition.id)).path(["version": definition.version, "lang": language.rawValue]),
            filing: dto.filing.map { "\(CasePhrases.filing.text(language))：\($0)" },
            nodes: definition.nodes.map { node in
                ProcessNode(
                    stage: node.stage.text(language), name: node.name.text(language),
                    forms: CasePhrases.requirements(node.requirements).text(language), whereApplicable: node.whereApplicable,
                    disclosed: node.disclosed, deadline: node.deadline?.wording(language)
                )
            }
        )
        return try await Page(title: dto.name, content: content, request: req).render(on: req, template: "process")
    }

    /// The flow chart, drawn from the definition each time it is asked for.
    @Sendable static func flowChart(req: Request) async throws -> Response {
        let definition = try await definition(on: req)
        let language = req.query[String.self, at: "lang"].flatMap(Language.init(rawValue:)) ?? req.language
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: FlowChart.svg(definition, language)))
    }

    /// `/processes/{process}`, at `?version=N` or the current version.
    static func definition(on req: Request) async throws -> ProcessDefinition {
        let versions = try await req.store.processes.all().filter { $0.id.rawValue == req.parameters.get("process") }
        guard let latest = versions.max(by: { $0.version < $1.version }) else { throw Abort(.notFound) }
        guard let text = req.query[String.self, at: "version"], !text.isEmpty else { return latest }
        guard let version = Int(text), String(version) == text, version > 0 else {
            throw InvalidInput([FieldIssue(field: "version", problem: .invalidFormat)])
        }
        guard let chosen = versions.first(where: { $0.version == version }) else { throw Abort(.notFound) }
        return chosen
    }
}
