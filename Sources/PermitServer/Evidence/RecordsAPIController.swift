import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// Records by id, and their originals. Only those who work on the case see
/// them, and every look is written to the ledger first (REC-9).
enum RecordsAPIController {
    @Sendable static func show(req: Request) async throws -> API.RecordDTO {
        let (record, subject) = try await EvidenceCommands.open(try id(req), as: .view, in: req.commandContext)
        return API.RecordDTO(record, in: subject, evidence: try await req.store.cases.evidence(of: subject.number), language: req.language)
    }

    struct ReviewInput: Content {
        let decision: String?
        let reason: String?
    }

    @Sendable static func review(req: Request) async throws -> Response {
        let body = try req.decodeJSON(ReviewInput.self)
        let review = try await EvidenceCommands.review(try id(req), decision: body.decision ?? "", reason: body.reason, in: req.commandContext)
        return try await API.ReviewDTO(review).encodeResponse(status: .created, for: req)
    }

    /// The case page's approve and return form; back to the node after, or
    /// the case page again with the reason it was refused.
    @Sendable static func reviewFromPage(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let decision: String?
            let reason: String?
            let node: String?
        }
        let form = try req.decodeForm(Form.self)
        let number = try CasesAPIController.number(req)
        return try await req.submit {
            _ = try await EvidenceCommands.review(try id(req), decision: form.decision ?? "", reason: form.reason, in: req.commandContext)
            return CaseURL.case(.value(number)).path([:], fragment: form.node.map { "node-\($0)" })
        } orShowAgain: { errors, status in
            try await CasePages.renderCase(on: req, errors: errors, status: status)
        }
    }

    /// The original as it was uploaded, streamed, named by the business
    /// serial number (业务流水号, the case number) rather than the client's name.
    @Sendable static func content(req: Request) async throws -> Response {
        let (record, subject) = try await EvidenceCommands.open(try id(req), as: .download, in: req.commandContext)
        guard let digest = record.sha256 else { throw Abort(.notFound) }
        let type = record.evidence.flatMap { MediaType(rawValue: $0.mediaType) }.map(\.httpMediaType) ?? .binary
        return try BlobResponse.download(digest, type: type, fileName: EvidenceDownload.fileName(of: record, in: subject), on: req)
    }

    private static func id(_ req: Request) throws -> String {
        guard let id = req.parameters.get("id") else { throw Abort(.notFound) }
        return id
    }
}

extension MediaType {
    var httpMediaType: HTTPMediaType {
        let parts = rawValue.split(separator: "/")
        return HTTPMediaType(type: String(parts[0]), subType: String(parts[1]))
    }
}

/// Download names (REC-7): the business serial number, the node and the
/// record's place among the node's records, with the extension of what the
/// file is. Only letters, digits and dashes: nothing of the client's.
enum EvidenceDownload {
    static func fileName(of record: CaseRecord, in subject: Case) -> String {
        let sameNode = subject.records.filter { $0.node == record.node }
        let place = (sameNode.firstIndex { $0.id == record.id } ?? 0) + 1
        let type = record.evidence.flatMap { MediaType(rawValue: $0.mediaType) }
        return "\(subject.number)-\(record.node.rawValue)-\(place).\(type?.fileExtension ?? "bin")"
    }
}
