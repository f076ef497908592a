import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The inspector database through the API.
enum InspectorsAPIController {
    /// Every district's inspectors, for the city bureau and auditors.
    @Sendable static func listAll(req: Request) async throws -> [API.InspectorDTO] {
        try await req.store.inspectors.inspectors().map(API.InspectorDTO.init)
    }

    @Sendable static func list(req: Request) async throws -> [API.InspectorDTO] {
        let district = try await InspectorParameters.existingDistrict(on: req)
        return try await req.store.inspectors.inspectors(in: district.code).map(API.InspectorDTO.init)
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let body = try req.decodeJSON(API.InspectorInputDTO.self)
        let inspector = try await InspectorCommands.add(body.draft, in: try InspectorParameters.districtCode(on: req), context: req.commandContext)
        return try await API.InspectorDTO(inspector).encodeResponse(status: .created, for: req)
    }

    @Sendable static func update(req: Request) async throws -> API.InspectorDTO {
        let body = try req.decodeJSON(API.InspectorInputDTO.self)
        return API.InspectorDTO(try await InspectorCommands.update(
            try InspectorParameters.inspectorID(on: req), in: try InspectorParameters.districtCode(on: req), with: body.draft,
            context: req.commandContext
        ))
    }
}
