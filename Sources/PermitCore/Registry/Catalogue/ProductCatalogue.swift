/// 产品目录 — the catalogue as it stood at one version (LIC-1). A case keeps the
/// version it started with, so later edits never change the rules it runs by.
public struct ProductCatalogue: Hashable, Sendable {
    /// 0 before anything is installed; every edit adds one.
    public let version: Int
    public let categories: [ProductCategory]
    public let units: [ProductUnit]

    public init(version: Int, categories: [ProductCategory], units: [ProductUnit]) {
        self.version = version
        self.categories = categories.sorted { $0.code < $1.code }
        self.units = units.sorted { ($0.category, $0.name) < ($1.category, $1.name) }
    }

    public func category(_ code: ProductCategoryCode) -> ProductCategory? {
        categories.first { $0.code == code }
    }

    public func unit(_ id: ProductUnitID) -> ProductUnit? {
        units.first { $0.id == id }
    }

    public func units(in code: ProductCategoryCode) -> [ProductUnit] {
        units.filter { $0.category == code }
    }
}

/// One entry of the catalogue's history: what a version set a category or a
/// unit to. Revisions are never changed, so every past version can be rebuilt.
public enum CatalogueRevision: Hashable, Sendable {
    case category(ProductCategory, version: Int)
    case unit(ProductUnit, version: Int)

    public var version: Int {
        switch self {
        case .category(_, let version), .unit(_, let version): version
        }
    }
}

/// Every revision ever made, from which any version is rebuilt.
public struct CatalogueHistory: Sendable {
    public let revisions: [CatalogueRevision]

    public init(_ revisions: [CatalogueRevision]) {
        self.revisions = revisions.sorted { $0.version < $1.version }
    }

    public var currentVersion: Int { revisions.last?.version ?? 0 }

    public var current: ProductCatalogue { replay(through: currentVersion) }

    /// The catalogue as it was right after `version` was made.
    public func catalogue(at version: Int) throws(CatalogueError) -> ProductCatalogue {
        guard currentVersion > 0, (1...currentVersion).contains(version) else { throw .unknownVersion(version) }
        return replay(through: version)
    }

    private func replay(through version: Int) -> ProductCatalogue {
        var categories: [ProductCategoryCode: ProductCategory] = [:]
        var units: [ProductUnitID: ProductUnit] = [:]
        for revision in revisions where revision.version <= version {
            switch revision {
            case .category(let category, _): categories[category.code] = category
            case .unit(let unit, _): units[unit.id] = unit
            }
        }
        return ProductCatalogue(version: version, categories: Array(categories.values), units: Array(units.values))
    }
}
