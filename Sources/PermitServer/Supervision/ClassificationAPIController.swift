import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// `GET`/`POST /api/v1/enterprises/{id}/classification` (issue 19, kept
/// exactly), the enterprise's quality facts, and the city's figures and AA
/// list. `POST /api/v1/supervision/classifications` stays as it was: the
/// same command, naming the enterprise by credit code.
enum ClassificationAPIController {
    struct ClassifyInput: Content {
        let `class`: String?
        let reason: String?
        /// 产品类别 `NN-NNN`; absent to classify the enterprise as a whole.
        let category: String?
        let evidence: String?
        /// 承诺书: the caller's finished upload (id or tus URL), for AA.
        let commitment: String?
    }

    struct FactInput: Content {
        let kind: String?
        let level: String?
        let aspect: String?
        let occurredOn: String?
        let description: String?
        let source: String?
    }

    @Sendable static func show(req: Request) async throws -> API.EnterpriseClassificationDTO {
        API.EnterpriseClassificationDTO(try await SupervisionCommands.standing(of: try enterpriseID(req), in: req.commandContext))
    }

    /// 403 for an officer of a district that does not supervise it, 409
    /// with the rule for a two-level rise, AA without a commitment or
    /// within the ban; the decision as `201` otherwise.
    @Sendable static func classify(req: Request) async throws -> Response {
        let body = try req.decodeJSON(ClassifyInput.self)
        let enterprise = try await existing(req)
        let record = try await SupervisionCommands.classify(
            creditCode: enterprise.creditCode.rawValue, category: body.category, supervisionClass: body.class ?? "", reason: body.reason ?? "",
            evidence: body.evidence ?? "", commitment: body.commitment, in: req.commandContext
        )
        return try await API.ClassificationDTO(record).encodeResponse(status: .created, for: req)
    }

    @Sendable static func facts(req: Request) async throws -> [API.QualityFactDTO] {
        try await SupervisionCommands.standing(of: try enterpriseID(req), in: req.commandContext).standing.facts.map(API.QualityFactDTO.init)
    }

    @Sendable static func recordFact(req: Request) async throws -> Response {
        let body = try req.decodeJSON(FactInput.self)
        let enterprise = try await existing(req)
        let fact = try await QualityFactCommands.record(
            QualityFactDraft(
                kind: body.kind ?? "", qualifier: body.level ?? body.aspect ?? "", occurredOn: body.occurredOn ?? "", description: body.description ?? "",
                source: body.source ?? ""
            ), about: enterprise.creditCode.rawValue, in: req.commandContext
        )
        return try await API.QualityFactDTO(fact).encodeResponse(status: .created, for: req)
    }

    @Sendable static func overview(req: Request) async throws -> [API.DistrictFiguresDTO] {
        try await SupervisionCommands.figures(year: try overviewYear(req), in: req.commandContext).map(API.DistrictFiguresDTO.init)
    }

    /// The AA list as CSV (第十六条), for the national authority.
    @Sendable static func aaList(req: Request) async throws -> Response {
        let csv = AAList.csv(try await SupervisionCommands.aaList(in: req.commandContext))
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "aa-enterprises.csv")
        return Response(status: .ok, headers: headers, body: .init(string: csv))
    }

    static func overviewYear(_ req: Request) throws -> Int {
        var query = QueryParameters(req)
        let year = query.integer("year", in: 2000...2100, default: CivilDate(req.now).year)
        try query.check()
        return year
    }

    static func enterpriseID(_ req: Request) throws -> EnterpriseID {
        guard let id = req.parameters.get("id").flatMap(EnterpriseID.init) else { throw CommandError.notFound }
        return id
    }

    /// The enterprise in the path: a decision about it is refused with 403
    /// by the command when the caller's district does not supervise it.
    static func existing(_ req: Request) async throws -> Enterprise {
        guard let enterprise = try await req.store.enterprises.enterprise(try enterpriseID(req)) else { throw CommandError.notFound }
        return enterprise
    }
}
