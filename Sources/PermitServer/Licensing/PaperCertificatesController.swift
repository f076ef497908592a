import Foundation
import PermitCommands
import PermitCore
import Vapor

/// 纸质证书 through the API.
enum PaperCertificatesController {
    struct RequestInput: Content {
        /// `mail` or `pickup`.
        let delivery: String?
        let address: String?
    }

    struct HandOverInput: Content {
        /// The tracking number, or who collected it.
        let note: String?
    }

    @Sendable static func request(req: Request) async throws -> Response {
        let body = try req.decodeJSON(RequestInput.self)
        let number = (req.parameters.get("number") ?? "").removingPercentEncoding ?? ""
        let request = try await PaperCertificateCommands.request(number, delivery: body.delivery ?? "", address: body.address ?? "", in: req.commandContext)
        return try await API.PaperRequestDTO(request, language: req.language).encodeResponse(status: .created, for: req)
    }

    @Sendable static func pending(req: Request) async throws -> [API.PaperRequestDTO] {
        try await PaperCertificateCommands.pending(in: req.commandContext).map { API.PaperRequestDTO($0, language: req.language) }
    }

    @Sendable static func handOver(req: Request) async throws -> API.PaperRequestDTO {
        let body = try req.decodeJSON(HandOverInput.self)
        let handed = try await PaperCertificateCommands.handOver(req.parameters.get("id") ?? "", note: body.note ?? "", in: req.commandContext)
        return API.PaperRequestDTO(handed, language: req.language)
    }
}

extension API {
    struct PaperRequestDTO: Content {
        let id: String
        let certificate: String
        let version: Int
        let holder: String
        let delivery: String
        let address: String
        let requestedAt: Date
        let handedAt: Date?
        let handoverNote: String?
        /// What it is, in a line.
        let summary: String

        init(_ request: PaperCertificateRequest, language: Language) {
            id = request.id.description
            certificate = request.certificate.description
            version = request.version
            holder = request.holder.rawValue
            delivery = request.delivery.rawValue
            address = request.address
            requestedAt = request.requestedAt
            handedAt = request.handover?.at
            handoverNote = request.handover?.note
            summary = PaperCertificatePages.summary(of: request).text(language)
        }
    }
}

extension PaperRequestRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .invalid(let input): Problem(input, maxBodySize: 0)
        case .certificateNotInForce:
            Problem(kind: .conflict, detail: Bilingual("证书当前不在有效状态，不能申请纸质证书。", en: "The certificate is not in force."))
        case .alreadyRequested:
            Problem(kind: .conflict, detail: Bilingual("本版本证书的纸质证书已在办理中。", en: "A paper copy of this version is already on its way."))
        case .alreadyHandedOver:
            Problem(kind: .conflict, detail: Bilingual("该纸质证书已寄出或领取。", en: "This paper copy has been handed over already."))
        }
    }
}
