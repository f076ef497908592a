/// 抽查对象名录库 — one enterprise of a tier's frozen pool, numbered in the
/// published order; the draw selects positions.
public struct PoolEnterprise: Codable, Hashable, Sendable {
    public var position: Int
    /// 统一社会信用代码, as published.
    public var creditCode: String
    /// The supervising district (SUP-11: the production district), whose
    /// inspectors are matched to the enterprise.
    public var district: String

    public init(position: Int, creditCode: String, district: String) {
        self.position = position
        self.creditCode = creditCode
        self.district = district
    }

    public init(position: Int, creditCode: UnifiedSocialCreditCode, district: DistrictCode) {
        self.init(position: position, creditCode: creditCode.rawValue, district: district.rawValue)
    }
}

/// 执法检查人员名录库 — a district's frozen pool of active inspectors, numbered.
public struct InspectorPool: Codable, Hashable, Sendable {
    public var district: String
    public var inspectors: [PoolInspector]

    public init(district: String, inspectors: [PoolInspector]) {
        self.district = district
        self.inspectors = inspectors
    }

    /// Numbers the inspectors 1… in the order given.
    public init(district: String, numbering ids: [String]) {
        self.init(district: district, inspectors: ids.enumerated().map { PoolInspector(position: $0.offset + 1, id: $0.element) })
    }
}

public struct PoolInspector: Codable, Hashable, Sendable {
    public var position: Int
    public var id: String

    public init(position: Int, id: String) {
        self.position = position
        self.id = id
    }
}

/// 回避 — an inspector who must not inspect an enterprise (RND-4).
public struct Exclusion: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, Hashable, Sendable {
        /// The inspector declared a conflict of interest with the enterprise.
        case conflict
        /// The inspector inspected the enterprise in the previous plan.
        case previousPlan = "previous-plan"
    }

    public var inspector: String
    public var enterprise: String
    public var reason: Reason

    public init(inspector: String, enterprise: String, reason: Reason) {
        self.inspector = inspector
        self.enterprise = enterprise
        self.reason = reason
    }
}
