import Foundation
import PermitCore
import PermitStore

/// 产品目录 — the city bureau's edits of the product catalogue (LIC-1).
/// Each takes the next catalogue version first, then checks its rule
/// against the catalogue as the previous edit left it, in one transaction.
public enum CatalogueCommands {
    /// Installs `DefaultCatalogue` as version 1 when the catalogue is empty;
    /// returns whether it did. Safe to run at every start.
    @discardableResult
    public static func installDefaults(in context: CommandContext) async throws -> Bool {
        try context.require(.manageCatalogue)
        let (actor, now) = (context.actor.reference, context.now)
        do {
            try await context.store.write { transaction in
                guard try await transaction.nextCatalogueVersion() == 1 else { throw CatalogueError.alreadyInstalled }
                let defaults = DefaultCatalogue.catalogue
                var events = CatalogueRules.install(defaults, by: actor, at: now).makeIterator()
                for category in defaults.categories {
                    guard let event = events.next() else { break }
                    try await transaction.add(category, version: 1, event, at: now)
                }
                for unit in defaults.units {
                    guard let event = events.next() else { break }
                    try await transaction.add(unit, version: 1, event, at: now)
                }
            }
            return true
        } catch CatalogueError.alreadyInstalled {
            return false
        }
    }

    public static func addUnit(_ draft: ProductUnitDraft, in context: CommandContext) async throws -> CatalogueChange<ProductUnit> {
        try context.require(.manageCatalogue)
        let valid = try CatalogueRules.validate(draft)
        let (id, actor, now) = (context.ids.next(ProductUnitID.self), context.actor.reference, context.now)
        return try await edit(in: context) { transaction, catalogue, version in
            let (unit, event) = try CatalogueRules.addUnit(valid, id: id, to: catalogue, version: version, by: actor, at: now)
            try await transaction.add(unit, version: version, event, at: now)
            return unit
        }
    }

    public static func editUnit(
        _ id: ProductUnitID, with draft: ProductUnitDraft, in context: CommandContext
    ) async throws -> CatalogueChange<ProductUnit> {
        try context.require(.manageCatalogue)
        let valid = try CatalogueRules.validate(draft)
        let (actor, now) = (context.actor.reference, context.now)
        return try await edit(in: context) { transaction, catalogue, version in
            let (unit, event) = try CatalogueRules.editUnit(id, to: valid, in: catalogue, version: version, by: actor, at: now)
            try await transaction.add(unit, version: version, event, at: now)
            return unit
        }
    }

    public static func setSimplified(
        _ simplified: Bool, for code: ProductCategoryCode, in context: CommandContext
    ) async throws -> CatalogueChange<ProductCategory> {
        try context.require(.manageCatalogue)
        let (actor, now) = (context.actor.reference, context.now)
        return try await edit(in: context) { transaction, catalogue, version in
            let (category, event) = try CatalogueRules.setSimplified(simplified, for: code, in: catalogue, version: version, by: actor, at: now)
            try await transaction.add(category, version: version, event, at: now)
            return category
        }
    }

    public static func addCategory(_ draft: ProductCategoryDraft, in context: CommandContext) async throws -> CatalogueChange<ProductCategory> {
        try context.require(.manageCatalogue)
        let category = try CatalogueRules.validate(draft)
        let (actor, now) = (context.actor.reference, context.now)
        return try await edit(in: context) { transaction, catalogue, version in
            let (added, event) = try CatalogueRules.addCategory(category, to: catalogue, version: version, by: actor, at: now)
            try await transaction.add(added, version: version, event, at: now)
            return added
        }
    }

    /// A category keeps its code for ever: the one given here wins over the draft's.
    public static func editCategory(
        _ code: ProductCategoryCode, with draft: ProductCategoryDraft, in context: CommandContext
    ) async throws -> CatalogueChange<ProductCategory> {
        try context.require(.manageCatalogue)
        var draft = draft
        draft.code = code.rawValue
        let category = try CatalogueRules.validate(draft)
        let (actor, now) = (context.actor.reference, context.now)
        return try await edit(in: context) { transaction, catalogue, version in
            let (edited, event) = try CatalogueRules.editCategory(category, in: catalogue, version: version, by: actor, at: now)
            try await transaction.add(edited, version: version, event, at: now)
            return edited
        }
    }

    /// Takes the next version, reads the catalogue under it and runs `change`.
    private static func edit<T: Sendable>(
        in context: CommandContext,
        _ change: @escaping @Sendable (WriteTransaction, ProductCatalogue, Int) async throws -> T
    ) async throws -> CatalogueChange<T> {
        try await context.store.write { transaction in
            let version = try await transaction.nextCatalogueVersion()
            let catalogue = try await transaction.catalogue()
            return CatalogueChange(value: try await change(transaction, catalogue, version), version: version)
        }
    }
}
