import PermitCore
import PermitStore
import Vapor

/// Bearer tokens for API clients.
enum AuthAPIController {
    @Sendable static func issue(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.TokenRequestDTO.self)
        let opened = try await SignIn.open(.api, username: body.username, password: body.password, on: req)
        let dto = API.TokenDTO(
            token: opened.token, tokenType: "Bearer", expiresAt: opened.session.expiresAt, user: API.UserDTO(opened.session.user)
        )
        return try await dto.encodeResponse(status: .created, for: req)
    }

    @Sendable static func revoke(req: Request) async throws -> HTTPStatus {
        if let authenticated = req.authenticated {
            try await req.store.sessions.delete(tokenHash: authenticated.tokenHash)
        }
        return .noContent
    }

    /// Synchronous, so Vapor answers without starting a task: it only reads
    /// what the authentication middleware found.
    /// The signed-in account, with the enterprise or agency it speaks for.
    @Sendable static func me(req: Request) async throws -> API.UserDTO {
        let user = try req.requireUser()
        var dto = API.UserDTO(user)
        if let code = user.organisation {
            dto.organisationName = switch user.role {
            case .testingAgency: try await req.store.agencies.agency(creditCode: code)?.name
            default: try await req.store.enterprises.enterprise(creditCode: code)?.name
            }
        }
        return dto
    }
}
