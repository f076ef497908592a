import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The product catalogue through the API.
enum CatalogueAPIController {
    /// The current catalogue, or `?version=N`.
    @Sendable static func show(req: Request) async throws -> API.CatalogueDTO {
        let version = try CatalogueParameters.requestedVersion(on: req)
        let current = try await req.store.catalogue.currentVersion()
        return API.CatalogueDTO(try await req.store.catalogue.catalogue(at: version), currentVersion: current)
    }

    /// One unit as it is now, or as it was at `?version=N`.
    @Sendable static func unit(req: Request) async throws -> API.UnitDTO {
        let version = try CatalogueParameters.requestedVersion(on: req)
        let catalogue = try await req.store.catalogue.catalogue(at: version)
        let id = try CatalogueParameters.unitID(on: req)
        guard let unit = catalogue.unit(id) else { throw CatalogueError.unknownUnit(id) }
        return API.UnitDTO(unit, version: catalogue.version)
    }

    @Sendable static func addUnit(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.UnitInputDTO.self)
        let change = try await CatalogueCommands.addUnit(body.draft, in: req.commandContext)
        return try await API.UnitDTO(change.value, version: change.version).encodeResponse(status: .created, for: req)
    }

    @Sendable static func editUnit(req: Request) async throws -> API.UnitDTO {
        let body = try req.decodeJSON(API.UnitInputDTO.self)
        let change = try await CatalogueCommands.editUnit(try CatalogueParameters.unitID(on: req), with: body.draft, in: req.commandContext)
        return API.UnitDTO(change.value, version: change.version)
    }

    @Sendable static func addCategory(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.CategoryInputDTO.self)
        let change = try await CatalogueCommands.addCategory(body.draft, in: req.commandContext)
        return try await API.CategoryDTO(change.value, in: try await req.store.catalogue.catalogue(at: change.version))
            .encodeResponse(status: .created, for: req)
    }

    @Sendable static func editCategory(req: Request) async throws -> API.CategoryDTO {
        let body = try req.decodeJSON(API.CategoryInputDTO.self)
        let change = try await CatalogueCommands.editCategory(try CatalogueParameters.categoryCode(on: req), with: body.draft, in: req.commandContext)
        return API.CategoryDTO(change.value, in: try await req.store.catalogue.catalogue(at: change.version))
    }

    @Sendable static func setSimplified(req: Request) async throws -> API.CategoryDTO {
        let body = try req.decodeJSON(API.SimplifiedDTO.self)
        let change = try await CatalogueCommands.setSimplified(body.simplified, for: try CatalogueParameters.categoryCode(on: req), in: req.commandContext)
        return API.CategoryDTO(change.value, in: try await req.store.catalogue.catalogue(at: change.version))
    }
}
