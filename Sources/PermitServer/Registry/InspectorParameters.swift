import Foundation
import PermitCore
import PermitStore
import Vapor

/// What the inspectors' routes read from the request: the district and the
/// inspector of the path. The changes are `InspectorCommands`.
enum InspectorParameters {
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

    static func inspectorID(on req: Request) throws -> InspectorID {
        guard let id = req.parameters.get("inspector").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return InspectorID(rawValue: id)
    }
}
