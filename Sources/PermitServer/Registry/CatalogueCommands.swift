import Foundation
import PermitCore
import PermitStore
import Vapor

/// The catalogue commands shared by the pages and the API, so both read
/// parameters and record an edit in exactly the same way.
enum CatalogueCommands {
    static func addUnit(_ draft: ProductUnitDraft, on req: Request) async throws -> CatalogueChange<ProductUnit> {
        let valid = try CatalogueRules.validate(draft)
        return try await req.store.catalogue.addUnit(valid, by: req.actor.reference, at: req.now)
    }

    static func editUnit(_ draft: ProductUnitDraft, on req: Request) async throws -> CatalogueChange<ProductUnit> {
        let id = try unitID(on: req)
        let valid = try CatalogueRules.validate(draft)
        return try await req.store.catalogue.editUnit(id, to: valid, by: req.actor.reference, at: req.now)
    }

    static func setSimplified(_ simplified: Bool, on req: Request) async throws -> CatalogueChange<ProductCategory> {
        try await req.store.catalogue.setSimplified(simplified, for: try categoryCode(on: req), by: req.actor.reference, at: req.now)
    }

    static func addCategory(_ draft: ProductCategoryDraft, on req: Request) async throws -> CatalogueChange<ProductCategory> {
        let category = try CatalogueRules.validate(draft)
        return try await req.store.catalogue.addCategory(category, by: req.actor.reference, at: req.now)
    }

    /// The code comes from the path; a category keeps its code for ever.
    static func editCategory(_ draft: ProductCategoryDraft, on req: Request) async throws -> CatalogueChange<ProductCategory> {
        var draft = draft
        draft.code = try categoryCode(on: req).rawValue
        let category = try CatalogueRules.validate(draft)
        return try await req.store.catalogue.editCategory(category, by: req.actor.reference, at: req.now)
    }

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
