import Foundation
import PermitCore
import PermitStore
import Vapor

/// The inspector commands shared by the pages and the API. The access guard
/// has already checked that the caller reaches the district in the path.
enum InspectorCommands {
    static func add(_ draft: InspectorDraft, on req: Request) async throws -> Inspector {
        let district = try districtCode(on: req)
        let valid = try InspectorRules.validate(draft)
        return try await req.store.inspectors.add(valid, in: district, by: req.actor.reference, at: req.now)
    }

    static func update(_ draft: InspectorDraft, on req: Request) async throws -> Inspector {
        let district = try districtCode(on: req)
        guard let id = req.parameters.get("inspector").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let valid = try InspectorRules.validate(draft)
        return try await req.store.inspectors.update(InspectorID(rawValue: id), in: district, to: valid, by: req.actor.reference, at: req.now)
    }

    /// The district of the path, which must exist.
    static func existingDistrict(on req: Request) async throws -> District {
        let code = try districtCode(on: req)
        guard let district = try await req.store.accounts.district(code) else { throw InspectorError.unknownDistrict(code) }
        return district
    }

    static func districtCode(on req: Request) throws -> DistrictCode {
        guard let code = req.parameters.get("code").flatMap(DistrictCode.init(rawValue:)) else { throw Abort(.notFound) }
        return code
    }
}
