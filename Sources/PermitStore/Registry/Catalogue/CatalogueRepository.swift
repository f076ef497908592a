import Fluent
import Foundation
import PermitCore
import SQLKit

/// What an edit produced and the catalogue version it made.
public struct CatalogueChange<Value: Sendable>: Sendable {
    public let value: Value
    public let version: Int
}

/// The product catalogue (LIC-1). Every edit allocates the next catalogue
/// version inside its transaction and inserts one revision; nothing is ever
/// updated in place, so any past version can be read back.
public struct CatalogueRepository: Sendable {
    let store: Store

    static let versionScope = "catalogue:version"

    public func currentVersion() async throws -> Int {
        try await history(on: try store.database()).currentVersion
    }

    /// The catalogue at `version`, or the current one; version 0 and empty
    /// until the defaults are installed.
    public func catalogue(at version: Int? = nil) async throws -> ProductCatalogue {
        let history = try await history(on: try store.database())
        guard let version else { return history.current }
        return try history.catalogue(at: version)
    }

    /// A unit as it was at `version` (the one a case started with), or now.
    public func unit(_ id: ProductUnitID, at version: Int? = nil) async throws -> ProductUnit {
        guard let unit = try await catalogue(at: version).unit(id) else { throw CatalogueError.unknownUnit(id) }
        return unit
    }

    /// Installs `DefaultCatalogue` as version 1 when the catalogue is empty;
    /// returns whether it did. Safe to call at every start.
    @discardableResult
    public func installDefaults(by actor: ActorReference, at now: Date) async throws -> Bool {
        do {
            try await store.journal.commitMany(on: try store.database()) { db in
                let version = try await nextVersion(on: db)
                guard version == 1 else { throw CatalogueError.alreadyInstalled }
                let defaults = DefaultCatalogue.catalogue
                var records: [any LedgerCovered] = []
                for category in defaults.categories { records.append(CategoryRevisionRecord(category, version: version, at: now)) }
                for unit in defaults.units { records.append(UnitRevisionRecord(unit, version: version, at: now)) }
                let events = CatalogueRules.install(defaults, by: actor, at: now)
                var covered: [DomainEvent] = []
                for (record, event) in zip(records, events) {
                    try await record.create(on: db)
                    covered.append(try event.covering(record))
                }
                return ((), covered)
            }
            return true
        } catch CatalogueError.alreadyInstalled {
            return false
        }
    }

    public func addUnit(_ valid: ValidProductUnit, id: ProductUnitID = ProductUnitID(rawValue: UUID()), by actor: ActorReference, at now: Date) async throws -> CatalogueChange<ProductUnit> {
        try await edit { catalogue, version in
            let (unit, event) = try CatalogueRules.addUnit(valid, id: id, to: catalogue, version: version, by: actor, at: now)
            return (unit, event, UnitRevisionRecord(unit, version: version, at: now))
        }
    }

    public func editUnit(_ id: ProductUnitID, to valid: ValidProductUnit, by actor: ActorReference, at now: Date) async throws -> CatalogueChange<ProductUnit> {
        try await edit { catalogue, version in
            let (unit, event) = try CatalogueRules.editUnit(id, to: valid, in: catalogue, version: version, by: actor, at: now)
            return (unit, event, UnitRevisionRecord(unit, version: version, at: now))
        }
    }

    public func setSimplified(_ simplified: Bool, for code: ProductCategoryCode, by actor: ActorReference, at now: Date) async throws -> CatalogueChange<ProductCategory> {
        try await edit { catalogue, version in
            let (category, event) = try CatalogueRules.setSimplified(simplified, for: code, in: catalogue, version: version, by: actor, at: now)
            return (category, event, CategoryRevisionRecord(category, version: version, at: now))
        }
    }

    public func addCategory(_ category: ProductCategory, by actor: ActorReference, at now: Date) async throws -> CatalogueChange<ProductCategory> {
        try await edit { catalogue, version in
            let (added, event) = try CatalogueRules.addCategory(category, to: catalogue, version: version, by: actor, at: now)
            return (added, event, CategoryRevisionRecord(added, version: version, at: now))
        }
    }

    public func editCategory(_ category: ProductCategory, by actor: ActorReference, at now: Date) async throws -> CatalogueChange<ProductCategory> {
        try await edit { catalogue, version in
            let (edited, event) = try CatalogueRules.editCategory(category, in: catalogue, version: version, by: actor, at: now)
            return (edited, event, CategoryRevisionRecord(edited, version: version, at: now))
        }
    }

    /// Takes the next version first: the counter's row lock makes concurrent
    /// edits queue, so each one checks its rule against the catalogue as the
    /// previous edit left it.
    private func edit<T: Sendable>(
        _ change: @escaping @Sendable (ProductCatalogue, Int) throws -> (T, DomainEvent, any LedgerCovered)
    ) async throws -> CatalogueChange<T> {
        try await store.journal.commit(on: try store.database()) { db in
            let version = try await nextVersion(on: db)
            let catalogue = try await history(on: db).current
            let (result, event, record) = try change(catalogue, version)
            try await record.create(on: db)
            return (CatalogueChange(value: result, version: version), try event.covering(record))
        }
    }

    private func nextVersion(on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { throw StoreError.closed }
        return try await NumberCounter.next(in: Self.versionScope, on: sql)
    }

    private func history(on db: any Database) async throws -> CatalogueHistory {
        let categories = try await CategoryRevisionRecord.query(on: db).all().map { CatalogueRevision.category(try $0.domain(), version: $0.version) }
        let units = try await UnitRevisionRecord.query(on: db).all().map { CatalogueRevision.unit(try $0.domain(), version: $0.version) }
        return CatalogueHistory(categories + units)
    }
}
