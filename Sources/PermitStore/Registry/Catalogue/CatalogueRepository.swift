import Fluent
import Foundation
import PermitCore
import SQLKit

/// What an edit produced and the catalogue version it made.
public struct CatalogueChange<Value: Sendable>: Sendable {
    public let value: Value
    public let version: Int

    public init(value: Value, version: Int) {
        self.value = value
        self.version = version
    }
}

/// The product catalogue (LIC-1), read-only. Every edit allocates the next
/// catalogue version inside its transaction and inserts one revision
/// (`WriteTransaction.nextCatalogueVersion`, CatalogueWrites.swift); nothing
/// is ever updated in place, so any past version can be read back.
public struct CatalogueRepository: Sendable {
    let store: Store

    static let versionScope = "catalogue:version"

    public func currentVersion() async throws -> Int {
        try await Self.history(on: try store.database()).currentVersion
    }

    /// The catalogue at `version`, or the current one; version 0 and empty
    /// until the defaults are installed.
    public func catalogue(at version: Int? = nil) async throws -> ProductCatalogue {
        let history = try await Self.history(on: try store.database())
        guard let version else { return history.current }
        return try history.catalogue(at: version)
    }

    /// A unit as it was at `version` (the one a case started with), or now.
    public func unit(_ id: ProductUnitID, at version: Int? = nil) async throws -> ProductUnit {
        guard let unit = try await catalogue(at: version).unit(id) else { throw CatalogueError.unknownUnit(id) }
        return unit
    }

    static func history(on db: any Database) async throws -> CatalogueHistory {
        let categories = try await CategoryRevisionRecord.query(on: db).all().map { CatalogueRevision.category(try $0.domain(), version: $0.version) }
        let units = try await UnitRevisionRecord.query(on: db).all().map { CatalogueRevision.unit(try $0.domain(), version: $0.version) }
        return CatalogueHistory(categories + units)
    }
}
