import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// `/api/v1/cases`, the worklist, processes and agencies: each handler
/// decodes, calls one command and encodes.
enum CasesAPIController {
    @Sendable static func open(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.OpenCaseDTO.self)
        let opened = try await CaseCommands.open(
            .init(process: body.process, subject: body.subject, team: body.team ?? [], agency: body.agency), in: req.commandContext
        )
        return try await dto(opened.number.description, on: req).encodeResponse(status: .created, for: req)
    }

    @Sendable static func list(req: Request) async throws -> [API.CaseDTO] {
        let context = req.commandContext
        let cases = try await CaseQueries.visible(in: context)
        let today = CivilDate(req.now)
        return cases.map { API.CaseDTO($0, language: req.language, today: today) }
    }

    @Sendable static func show(req: Request) async throws -> API.CaseDTO {
        try await dto(try number(req), on: req)
    }

    @Sendable static func addRecord(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.RecordInputDTO.self)
        let record: CaseRecord
        // A written record has no upload: one sent with it (even empty) is
        // a mistake to point out, not to ignore.
        if body.upload != nil, body.kind == nil || body.kind == RecordForm.text.rawValue {
            throw InvalidInput([FieldIssue(field: "upload", problem: .notAllowed)])
        }
        if let form = body.form, body.kind == nil || body.kind == RecordForm.text.rawValue {
            record = try await CaseCommands.addForm(
                form, fields: body.fields ?? [:], label: body.label, to: try node(req), of: try number(req), supersedes: body.supersedes,
                in: req.commandContext
            )
        } else if body.kind == nil || body.kind == RecordForm.text.rawValue {
            guard let text = body.text else { throw InvalidInput([FieldIssue(field: "text", problem: .missing)]) }
            record = try await CaseCommands.addText(
                text, label: body.label ?? "", to: try node(req), of: try number(req), supersedes: body.supersedes, in: req.commandContext
            )
        } else {
            guard let upload = body.upload else { throw InvalidInput([FieldIssue(field: "upload", problem: .missing)]) }
            record = try await EvidenceCommands.record(
                .init(upload: upload, kind: body.kind ?? "", label: body.label ?? "", supersedes: body.supersedes, subject: body.subject, device: body.device),
                to: try node(req), of: try number(req), in: req.commandContext
            )
        }
        let current = try await CaseCommands.view(try number(req), in: req.commandContext)
        return try await API.RecordDTO(record, in: current.case, evidence: current.evidence, language: req.language)
            .encodeResponse(status: .created, for: req)
    }

    @Sendable static func exempt(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.ExemptionInputDTO.self)
        guard let ground = Exemption.Ground(rawValue: body.ground) else {
            throw InvalidInput([FieldIssue(field: "ground", problem: .unknownValue(body.ground))])
        }
        _ = try await CaseCommands.exempt(try node(req), of: try number(req), ground: ground, statement: body.statement, in: req.commandContext)
        return try await dto(try number(req), on: req).encodeResponse(status: .created, for: req)
    }

    @Sendable static func notApplicable(req: Request) async throws -> API.CaseDTO {
        let body = try req.decodeJSON(API.ReasonDTO.self)
        _ = try await CaseCommands.markNotApplicable(try node(req), of: try number(req), reason: body.reason, in: req.commandContext)
        return try await dto(try number(req), on: req)
    }

    @Sendable static func complete(req: Request) async throws -> API.CaseDTO {
        _ = try await CaseCommands.complete(try node(req), of: try number(req), in: req.commandContext)
        return try await dto(try number(req), on: req)
    }

    @Sendable static func pause(req: Request) async throws -> API.CaseDTO {
        let body = try req.decodeJSON(API.ReasonDTO.self)
        _ = try await CaseCommands.pauseClock(of: try number(req), reason: body.reason, in: req.commandContext)
        return try await dto(try number(req), on: req)
    }

    @Sendable static func resume(req: Request) async throws -> API.CaseDTO {
        _ = try await CaseCommands.resumeClock(of: try number(req), in: req.commandContext)
        return try await dto(try number(req), on: req)
    }

    @Sendable static func worklist(req: Request) async throws -> [API.WorkItemDTO] {
        try await WorklistQuery.items(in: req.commandContext).map { API.WorkItemDTO($0, language: req.language, now: req.now) }
    }

    @Sendable static func processes(req: Request) async throws -> [API.ProcessDTO] {
        try await req.store.processes.current().map { API.ProcessDTO($0, language: req.language) }
    }

    /// The current version, or `?version=N`.
    @Sendable static func process(req: Request) async throws -> API.ProcessDTO {
        API.ProcessDTO(try await CasePages.definition(on: req), language: req.language)
    }

    @Sendable static func publish(req: Request) async throws -> Response {
        let definition = try req.decodeJSON(ProcessDefinition.self)
        guard definition.id.rawValue == req.parameters.get("process") else {
            throw InvalidInput([FieldIssue(field: "id", problem: .notAllowed)])
        }
        let published = try await ProcessCommands.publish(definition, in: req.commandContext)
        return try await API.ProcessDTO(published, language: req.language).encodeResponse(status: .created, for: req)
    }

    @Sendable static func agencies(req: Request) async throws -> [API.AgencyDTO] {
        try await req.store.agencies.all().map(API.AgencyDTO.init)
    }

    @Sendable static func registerAgency(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.NewAgencyDTO.self)
        let agency = try await AgencyCommands.register(creditCode: body.creditCode, name: body.name, district: body.district, in: req.commandContext)
        return try await API.AgencyDTO(agency).encodeResponse(status: .created, for: req)
    }

    private static func dto(_ number: String, on req: Request) async throws -> API.CaseDTO {
        API.CaseDTO(try await CaseCommands.view(number, in: req.commandContext), language: req.language, today: CivilDate(req.now))
    }

    static func number(_ req: Request) throws -> String {
        guard let number = req.parameters.get("number") else { throw Abort(.notFound) }
        return number
    }

    static func node(_ req: Request) throws -> String {
        guard let node = req.parameters.get("node") else { throw Abort(.notFound) }
        return node
    }
}
