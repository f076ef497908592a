import Foundation
import PermitCore
import PermitStore
import Vapor

/// What the catalogue's routes read from the request: the category or unit
/// of the path and the version asked for. The edits are `CatalogueCommands`.
enum CatalogueParameters {
    static func categoryCode(on req: Request) throws -> ProductCategoryCode {
        guard let code = req.parameters.get("category").flatMap(ProductCategoryCode.init(rawValue:)) else { throw Abort(.notFound) }
        return code
    }

    static func unitID(on req: Request) throws -> ProductUnitID {
        guard let id = req.parameters.get("unit").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return ProductUnitID(rawValue: id)
    }

    /// `?version=N` names a past version; absent means the current one.
    static func requestedVersion(on req: Request) throws -> Int? {
        guard let text = req.query[String.self, at: "version"], !text.isEmpty else { return nil }
        // Plain decimal, as the API documents it: no sign, no leading zero.
        guard let version = Int(text), version > 0, String(version) == text else {
            throw InvalidInput([FieldIssue(field: "version", problem: .invalidFormat)])
        }
        return version
    }
}
