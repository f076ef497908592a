import Fluent
import Foundation
import PermitCore

/// One version's state of a product category. Rows are only ever inserted:
/// the catalogue's past versions are rebuilt from them.
final class CategoryRevisionRecord: Model, @unchecked Sendable {
    static let schema = "catalogue_category_revisions"

    // managed fields
    @ID(key: .id) var id: UUID?

    // reference fields
    @Field(key: "code") var code: String
    @Field(key: "version") var version: Int

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "issuing_level") var issuingLevel: String
    @Field(key: "simplified") var simplified: Bool
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}

    init(_ category: ProductCategory, version: Int, at now: Date) {
        id = UUID()
        code = category.code.rawValue
        self.version = version
        name = category.name
        issuingLevel = category.issuingLevel.rawValue
        simplified = category.simplifiedProcedure
        recordedAt = now
    }

    func domain() throws -> ProductCategory {
        guard let code = ProductCategoryCode(rawValue: code), let level = IssuingLevel(rawValue: issuingLevel) else {
            throw StoreError.corruptRow(table: Self.schema, id: subjectID)
        }
        return ProductCategory(code: code, name: name, issuingLevel: level, simplifiedProcedure: simplified)
    }
}

/// One version's state of a product unit; inserted only, like categories.
final class UnitRevisionRecord: Model, @unchecked Sendable {
    static let schema = "catalogue_unit_revisions"

    // managed fields
    @ID(key: .id) var id: UUID?

    // reference fields
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "version") var version: Int
    @Field(key: "category_code") var categoryCode: String

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "implementation_rules") var implementationRules: String
    @Field(key: "risk_level") var riskLevel: String
    /// One per line; nil when the unit lists none.
    @OptionalField(key: "test_items") var testItems: String?
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}

    init(_ unit: ProductUnit, version: Int, at now: Date) {
        id = UUID()
        unitID = unit.id.rawValue
        self.version = version
        categoryCode = unit.category.rawValue
        name = unit.name
        implementationRules = unit.implementationRules
        riskLevel = unit.riskLevel.rawValue
        testItems = unit.testItems.isEmpty ? nil : unit.testItems.joined(separator: "\n")
        recordedAt = now
    }

    func domain() throws -> ProductUnit {
        guard let category = ProductCategoryCode(rawValue: categoryCode), let risk = ProductRiskLevel(rawValue: riskLevel) else {
            throw StoreError.corruptRow(table: Self.schema, id: subjectID)
        }
        return ProductUnit(
            id: ProductUnitID(rawValue: unitID), category: category, name: name, implementationRules: implementationRules, riskLevel: risk,
            testItems: testItems?.components(separatedBy: "\n") ?? []
        )
    }
}

extension CategoryRevisionRecord: LedgerCovered {
    static let subjectKind = CatalogueRules.categorySubjectKind
    var subjectID: String { CatalogueRules.subjectID(code, version: version) }

    func ledgerFields() throws -> [String: String] {
        CatalogueRules.ledgerFields(of: try domain(), version: version)
    }
}

extension UnitRevisionRecord: LedgerCovered {
    static let subjectKind = CatalogueRules.unitSubjectKind
    var subjectID: String { CatalogueRules.subjectID(unitID.uuidString.lowercased(), version: version) }

    func ledgerFields() throws -> [String: String] {
        CatalogueRules.ledgerFields(of: try domain(), version: version)
    }
}
