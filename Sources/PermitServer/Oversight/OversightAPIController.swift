import PermitCommands
import PermitCore
import Vapor

/// `/api/v1/supervision/{inspections,samplings,interviews}`: each handler
/// decodes, calls one command and answers with the case or the sampling.
enum OversightAPIController {
    @Sendable static func openInspection(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.InspectionOpeningDTO.self)
        let opened = try await InspectionCommands.open(.init(
            kind: body.kind ?? "", enterprise: body.enterprise ?? "", team: body.team ?? [], ground: body.ground, basis: body.basis, order: body.order,
            reason: body.reason
        ), in: req.commandContext)
        return try await caseDTO(opened.number.description, on: req).encodeResponse(status: .created, for: req)
    }

    @Sendable static func recordInspection(req: Request) async throws -> API.CaseDTO {
        let body = try req.decodeJSON(API.InspectionRecordDTO.self)
        let number = try CasesAPIController.number(req)
        _ = try await InspectionCommands.record(number, record(body), in: req.commandContext)
        return try await caseDTO(number, on: req)
    }

    @Sendable static func openSampling(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.SamplingOpeningDTO.self)
        let opened = try await SamplingCommands.open(.init(
            enterprise: body.enterprise ?? "", team: body.team ?? [], grounds: body.grounds ?? [], groundNote: body.groundNote, product: body.product,
            model: body.model, batch: body.batch, quantity: body.quantity, sampledFrom: body.sampledFrom, randomMethod: body.randomMethod, seal: body.seal
        ), in: req.commandContext)
        return try await caseDTO(opened.number.description, on: req).encodeResponse(status: .created, for: req)
    }

    @Sendable static func dispatch(req: Request) async throws -> API.SamplingDTO {
        let body = try req.decodeJSON(API.DispatchDTO.self)
        let sampling = try await SamplingCommands.dispatch(
            try CasesAPIController.number(req), laboratory: body.laboratory ?? "", sentOn: body.sentOn ?? "", in: req.commandContext
        )
        return API.SamplingDTO(sampling)
    }

    @Sendable static func report(req: Request) async throws -> API.SamplingDTO {
        let body = try req.decodeJSON(API.SamplingReportDTO.self)
        let sampling = try await SamplingCommands.report(
            try CasesAPIController.number(req), reportNumber: body.reportNumber, issuedOn: body.issuedOn, copies: body.copies, passed: body.passed,
            summary: body.summary, in: req.commandContext
        )
        return API.SamplingDTO(sampling)
    }

    @Sendable static func recordInterview(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.InterviewDTO.self)
        let opened = try await InterviewCommands.record(.init(
            enterprise: body.enterprise ?? "", team: body.team ?? [], interviewee: body.interviewee, position: body.position, heldOn: body.heldOn,
            time: body.time, place: body.place, reason: body.reason, said: body.said, required: body.required
        ), in: req.commandContext)
        return try await caseDTO(opened.number.description, on: req).encodeResponse(status: .created, for: req)
    }

    /// 抽样检验产品和生产企业名单 of `?year=` (default this year), as CSV.
    @Sendable static func samplingsCSV(req: Request) async throws -> Response {
        let year = try req.query.decode(SamplingsQuery.self).year ?? CivilDate(req.now).year
        let samplings = try await OversightQueries.samplings(year: year, district: req.query[String.self, at: "district"], in: req.commandContext)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "samplings-\(year).csv")
        return Response(status: .ok, headers: headers, body: .init(string: SamplingList.csv(samplings)))
    }

    struct SamplingsQuery: Content {
        let year: Int?
    }

    static func record(_ body: API.InspectionRecordDTO) -> InspectionCommands.Record {
        InspectionCommands.Record(
            checkedOn: body.checkedOn ?? "", place: body.place ?? "",
            items: (body.items ?? []).map { .init(item: $0.item, found: $0.found ?? "", conclusion: $0.conclusion ?? "") },
            problems: body.problems ?? "", inspectors: body.inspectors ?? [], enterpriseSignatory: body.enterpriseSignatory,
            enterpriseRefusal: body.enterpriseRefusal, rectified: body.rectified,
            rectification: body.rectification.map { ($0.requirements ?? "", $0.deadline ?? "") },
            referral: body.referral.map { ($0.matter ?? "", $0.evidence ?? "") }
        )
    }

    private static func caseDTO(_ number: String, on req: Request) async throws -> API.CaseDTO {
        API.CaseDTO(try await CaseCommands.view(number, in: req.commandContext), language: req.language, today: CivilDate(req.now))
    }
}
