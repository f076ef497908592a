import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// Users and districts through the API.
enum AccountsAPIController {
    @Sendable static func listUsers(req: Request) async throws -> [API.UserDTO] {
        try await req.store.accounts.users().map(API.UserDTO.init)
    }

    @Sendable static func createUser(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.NewUserDTO.self)
        let draft = AccountDraft(
            username: body.username, displayName: body.displayName, role: body.role, district: body.district, password: body.password,
            organisation: body.organisation
        )
        let user = try await AccountCommands.create(draft, passwords: req.passwordWork, in: req.commandContext)
        return try await API.UserDTO(user).encodeResponse(status: .created, for: req)
    }

    @Sendable static func disableUser(req: Request) async throws -> API.UserDTO {
        API.UserDTO(try await AccountCommands.disable(req.parameters.get("username") ?? "", in: req.commandContext))
    }

    @Sendable static func enableUser(req: Request) async throws -> API.UserDTO {
        API.UserDTO(try await AccountCommands.enable(req.parameters.get("username") ?? "", in: req.commandContext))
    }

    @Sendable static func resetPassword(req: Request) async throws -> API.UserDTO {
        let body = try req.decodeJSON(API.PasswordResetDTO.self)
        return API.UserDTO(try await AccountCommands.resetPassword(
            req.parameters.get("username") ?? "", to: body.password, passwords: req.passwordWork, in: req.commandContext
        ))
    }

    @Sendable static func changeOwnPassword(req: Request) async throws -> HTTPStatus {
        let body = try req.decodeJSON(API.PasswordChangeDTO.self)
        _ = try await AccountCommands.changeOwnPassword(
            current: body.currentPassword, new: body.newPassword, keeping: req.authenticated?.tokenHash,
            passwords: req.passwordWork, in: req.commandContext
        )
        return .noContent
    }

    @Sendable static func renameDistrict(req: Request) async throws -> API.DistrictDTO {
        let body = try req.decodeJSON(API.DistrictNameDTO.self)
        return API.DistrictDTO(try await DistrictCommands.rename(req.parameters.get("code") ?? "", to: body.name, in: req.commandContext))
    }

    @Sendable static func listDistricts(req: Request) async throws -> [API.DistrictDTO] {
        try await req.store.accounts.districts().map(API.DistrictDTO.init)
    }

    @Sendable static func createDistrict(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.NewDistrictDTO.self)
        let district = try await DistrictCommands.add(code: body.code, name: body.name, level: body.level, in: req.commandContext)
        return try await API.DistrictDTO(district).encodeResponse(status: .created, for: req)
    }

    /// The access guard has already checked the caller reaches this district.
    @Sendable static func districtUsers(req: Request) async throws -> [API.UserDTO] {
        guard let code = req.parameters.get("code").flatMap(DistrictCode.init(rawValue:)) else { throw Abort(.notFound) }
        guard try await req.store.accounts.district(code) != nil else {
            throw Problem(kind: .notFound, detail: Phrase.problemUnknownDistrict(code: code))
        }
        return try await req.store.accounts.users(in: code).map(API.UserDTO.init)
    }
}
