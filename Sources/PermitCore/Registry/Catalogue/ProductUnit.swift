import Foundation

public typealias ProductUnitID = Identifier<ProductUnit>

/// 产品单元 — the unit within a category that an application and a test
/// report name, e.g. 电力电缆 within 电线电缆.
public struct ProductUnit: Hashable, Codable, Sendable {
    public var id: ProductUnitID
    public var category: ProductCategoryCode
    public var name: String
    /// 实施细则 — the implementation rules the unit is examined by, as their
    /// name and number.
    public var implementationRules: String
    public var riskLevel: ProductRiskLevel
    /// 检验项目 — what the implementation rules have a type test examine;
    /// a type-test report must cover each (LIC-3). Empty where the bureau has
    /// not listed them.
    public var testItems: [String]

    public init(
        id: ProductUnitID, category: ProductCategoryCode, name: String, implementationRules: String, riskLevel: ProductRiskLevel,
        testItems: [String] = []
    ) {
        self.id = id
        self.category = category
        self.name = name
        self.implementationRules = implementationRules
        self.riskLevel = riskLevel
        self.testItems = testItems
    }
}
