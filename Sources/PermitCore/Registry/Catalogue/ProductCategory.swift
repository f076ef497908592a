/// 产品类别代码 — the 2-digit industry code (行业代码) and 3-digit product code
/// (产品代码) that a licence number carries after `XK`, written `06-001`.
public struct ProductCategoryCode: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let industryCode: Int
    public let productCode: Int

    public init?(industryCode: Int, productCode: Int) {
        guard (0...99).contains(industryCode), (0...999).contains(productCode) else { return nil }
        self.industryCode = industryCode
        self.productCode = productCode
    }

    /// Accepts exactly `NN-NNN`.
    public init?(rawValue: String) {
        let parts = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let industry = NumberingSyntax.digits(parts[0], count: 2),
              let product = NumberingSyntax.digits(parts[1], count: 3)
        else { return nil }
        self.init(industryCode: industry, productCode: product)
    }

    public var rawValue: String {
        industryCode.zeroPadded(2) + "-" + productCode.zeroPadded(3)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The licence number of this category for an issuer and a serial.
    public func licenseNumber(province: ProvinceAbbreviation?, serial: Int) throws(LicenseNumberError) -> LicenseNumber {
        try LicenseNumber(province: province, industryCode: industryCode, productCode: productCode, serial: serial)
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let code = Self(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a category code"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// 发证级别 — who issues the licence for a category.
public enum IssuingLevel: String, CaseIterable, Codable, Sendable {
    /// 国家级 — the national authority.
    case national
    /// 省级 — the provincial bureau (or the city bureau it entrusts).
    case provincial
}

/// 产品风险等级 — drives how strictly enterprises are supervised (SUP-4).
public enum ProductRiskLevel: String, CaseIterable, Codable, Sendable {
    /// Ⅰ类 — high risk.
    case high = "I"
    /// Ⅱ类 — higher risk.
    case higher = "II"
    /// Ⅲ类 — general risk.
    case general = "III"
}

/// 产品类别 — a licensed product category such as 电线电缆.
public struct ProductCategory: Hashable, Codable, Sendable {
    public var code: ProductCategoryCode
    public var name: String
    public var issuingLevel: IssuingLevel
    /// 简化审批程序 — whether applications follow the simplified procedure (LIC-1).
    public var simplifiedProcedure: Bool

    public init(code: ProductCategoryCode, name: String, issuingLevel: IssuingLevel, simplifiedProcedure: Bool) {
        self.code = code
        self.name = name
        self.issuingLevel = issuingLevel
        self.simplifiedProcedure = simplifiedProcedure
    }
}
