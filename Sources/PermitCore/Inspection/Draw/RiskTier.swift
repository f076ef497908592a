/// 风险等级 — an enterprise's risk tier, which sets the share of the tier
/// drawn for inspection (RND-3). Raw values are what the registry stores.
public enum RiskTier: String, CaseIterable, Codable, Hashable, Sendable {
    /// 低风险
    case low
    /// 中风险
    case medium
    /// 中高风险
    case mediumHigh = "medium-high"
    /// 高风险
    case high

    public var chineseName: String {
        switch self {
        case .low: "低风险"
        case .medium: "中风险"
        case .mediumHigh: "中高风险"
        case .high: "高风险"
        }
    }

    /// Seed 002's defaults (10%, 20%, 30%, 50%); a plan may set its own.
    public var defaultRatio: SamplingRatio {
        switch self {
        case .low: SamplingRatio(uncheckedPercent: 10)
        case .medium: SamplingRatio(uncheckedPercent: 20)
        case .mediumHigh: SamplingRatio(uncheckedPercent: 30)
        case .high: SamplingRatio(uncheckedPercent: 50)
        }
    }
}

/// 抽查比例 — the share of a tier drawn, in whole percent, so the sample
/// size is exact integer arithmetic: 10% of 30 is 3, never 3.0000000004
/// rounded up to 4.
public struct SamplingRatio: Hashable, Sendable, Codable, CustomStringConvertible {
    public let percent: Int

    public init(percent: Int) throws(DrawError) {
        guard (0...100).contains(percent) else { throw .invalidRatio(percent) }
        self.percent = percent
    }

    init(uncheckedPercent: Int) { percent = uncheckedPercent }

    /// The number drawn from a tier of `size`: ratio × size, rounded up
    /// (seed 002: any part of an enterprise counts as one more).
    public func sampleSize(of size: Int) -> Int {
        (size * percent + 99) / 100
    }

    public var description: String { "\(percent)%" }

    public init(from decoder: any Decoder) throws {
        let percent = try decoder.singleValueContainer().decode(Int.self)
        do { try self.init(percent: percent) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(percent)
    }
}
