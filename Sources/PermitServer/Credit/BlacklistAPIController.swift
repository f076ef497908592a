import Foundation
import PermitCommands
import PermitCore
import Vapor

enum BlacklistAPIController {
    struct ListingInput: Content {
        let creditCode: String?
        let reason: String?
        let basis: String?
        /// The last day of the listing, if the decision set one.
        let until: String?
    }

    struct RemovalInput: Content {
        let reason: String?
    }

    @Sendable static func inForce(req: Request) async throws -> [API.BlacklistEntryDTO] {
        try await BlacklistCommands.inForce(in: req.commandContext).map { API.BlacklistEntryDTO($0, today: CivilDate(req.now)) }
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let body = try req.decodeJSON(ListingInput.self)
        let entry = try await BlacklistCommands.list(
            creditCode: body.creditCode ?? "", reason: body.reason ?? "", basis: body.basis ?? "", until: body.until, in: req.commandContext
        )
        return try await API.BlacklistEntryDTO(entry, today: CivilDate(req.now)).encodeResponse(status: .created, for: req)
    }

    @Sendable static func remove(req: Request) async throws -> API.BlacklistEntryDTO {
        let body = try req.decodeJSON(RemovalInput.self)
        let entry = try await BlacklistCommands.remove(req.parameters.get("id") ?? "", reason: body.reason ?? "", in: req.commandContext)
        return API.BlacklistEntryDTO(entry, today: CivilDate(req.now))
    }
}

extension API {
    struct BlacklistEntryDTO: Content {
        let id: String
        let creditCode: String
        let name: String
        let reason: String
        let basis: String
        let listedOn: String
        let until: String?
        let inForce: Bool
        let removedOn: String?
        let removalReason: String?

        init(_ entry: BlacklistEntry, today: CivilDate) {
            id = entry.id.description
            creditCode = entry.creditCode.rawValue
            name = entry.enterpriseName
            reason = entry.reason
            basis = entry.basis
            listedOn = entry.listedOn.description
            until = entry.until?.description
            inForce = entry.isInForce(on: today)
            removedOn = entry.removal?.on.description
            removalReason = entry.removal?.reason
        }
    }
}

extension BlacklistRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .invalid(let input): Problem(input, maxBodySize: 0)
        case .alreadyListed:
            Problem(kind: .conflict, detail: Bilingual("该企业已在黑名单中，不能重复列入。", en: "The enterprise is on the blacklist already."))
        case .notInForce:
            Problem(kind: .conflict, detail: Bilingual("该列入记录已移出或已到期，无需再移出。", en: "The listing has ended already."))
        }
    }
}
