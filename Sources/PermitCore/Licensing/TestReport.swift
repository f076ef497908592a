import Foundation

/// 检验报告 (LIC-3): a type-test report from a CMA-qualified laboratory,
/// signed within a year, for the same product unit; or a pass report of a
/// provincial-or-higher supervision inspection within a year.
public struct TestReport: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// 型式试验报告, commissioned by the enterprise.
        case typeTest = "type-test"
        /// 省级及以上监督检验合格报告.
        case supervision
    }

    public var unit: ProductUnitID
    public var kind: Kind
    public var number: String
    /// The laboratory by its unified social credit code.
    public var laboratory: UnifiedSocialCreditCode
    public var issuedOn: CivilDate
    public var passed: Bool
    /// The test items the report examined, as the catalogue names them.
    public var items: [String]

    public init(
        unit: ProductUnitID, kind: Kind, number: String, laboratory: UnifiedSocialCreditCode, issuedOn: CivilDate, passed: Bool,
        items: [String] = []
    ) {
        self.unit = unit
        self.kind = kind
        self.number = number
        self.laboratory = laboratory
        self.issuedOn = issuedOn
        self.passed = passed
        self.items = items
    }
}
