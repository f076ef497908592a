import Fluent
import Foundation
import PermitCore
import SQLKit

/// The catalogue as a command reads and edits it inside its transaction.
extension WriteTransaction {
    /// Takes the next catalogue version. Take it first: the counter's row
    /// lock makes concurrent edits queue, so each one checks its rule
    /// against the catalogue as the previous edit left it.
    public func nextCatalogueVersion() async throws -> Int {
        try await NumberCounter.next(in: CatalogueRepository.versionScope, on: sql)
    }

    /// The current catalogue as it stands inside the transaction.
    public func catalogue() async throws -> ProductCatalogue {
        try await CatalogueRepository.history(on: db).current
    }

    /// Inserts a unit's revision at `version`.
    public func add(_ unit: ProductUnit, version: Int, _ event: DomainEvent, at now: Date) async throws {
        try await insert(UnitRevisionRecord(unit, version: version, at: now), event)
    }

    /// Inserts a category's revision at `version`.
    public func add(_ category: ProductCategory, version: Int, _ event: DomainEvent, at now: Date) async throws {
        try await insert(CategoryRevisionRecord(category, version: version, at: now), event)
    }
}
