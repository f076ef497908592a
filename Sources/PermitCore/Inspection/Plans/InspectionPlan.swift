import Foundation

public typealias InspectionPlanID = Identifier<InspectionPlan>

/// 抽查计划 — a 双随机一公开 (double random, one public) plan (RND-1, RND-3):
/// which districts and product categories it covers, by when the on-site
/// checks are done, and what share of each risk tier is drawn. It moves
/// draft → frozen (pools and random sources fixed and published) → drawn.
public struct InspectionPlan: Hashable, Sendable {
    public enum State: String, Hashable, Sendable {
        case draft
        case frozen
        case drawn
    }

    public let id: InspectionPlanID
    /// The plan's public number, e.g. `SJ-2026-001` (随机: apart from the CC- numbers of sampling cases).
    public let identifier: String
    public let year: Int
    public let title: String
    /// The districts whose enterprises and inspectors the plan covers, ascending.
    public let districts: [DistrictCode]
    /// 产品类别: only enterprises licensed for one of these; empty means every category.
    public let categories: [ProductCategoryCode]
    /// 现场检查截止日期 — on-site checks are done by this day (RND-6).
    public let checksEndOn: CivilDate
    /// One ratio per tier, in `RiskTier.allCases` order.
    public let ratios: [TierRatio]
    /// RND-4: at least 2.
    public let inspectorsPerEnterprise: Int
    public let createdBy: ActorReference
    public let createdOn: CivilDate
    public var frozen: FrozenPlan?
    /// The published draw, once every source value is in.
    public var draw: PublishedDraw?

    public init(
        id: InspectionPlanID, identifier: String, year: Int, title: String, districts: [DistrictCode], categories: [ProductCategoryCode],
        checksEndOn: CivilDate, ratios: [TierRatio], inspectorsPerEnterprise: Int = 2, createdBy: ActorReference, createdOn: CivilDate,
        frozen: FrozenPlan? = nil, draw: PublishedDraw? = nil
    ) {
        self.id = id
        self.identifier = identifier
        self.year = year
        self.title = title
        self.districts = districts
        self.categories = categories
        self.checksEndOn = checksEndOn
        self.ratios = ratios
        self.inspectorsPerEnterprise = inspectorsPerEnterprise
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.frozen = frozen
        self.draw = draw
    }

    public var state: State {
        if draw != nil { return .drawn }
        return frozen == nil ? .draft : .frozen
    }

    public func ratio(of tier: RiskTier) -> Int {
        ratios.first { $0.tier == tier }?.percent ?? tier.defaultRatio.percent
    }
}

/// 抽查比例 of one tier in a plan.
public struct TierRatio: Codable, Hashable, Sendable {
    public var tier: RiskTier
    public var percent: Int

    public init(tier: RiskTier, percent: Int) {
        self.tier = tier
        self.percent = percent
    }
}

/// 冻结 — what a plan fixed before its draw: the numbered pools, the
/// exclusions, and the names of random sources whose values did not exist
/// yet. The pools' hash went into the ledger with the freezing, so a pool
/// changed afterwards is found.
public struct FrozenPlan: Hashable, Sendable {
    public let on: CivilDate
    public let pools: FrozenPools
    /// SHA-256 (lowercase hex) of `pools.canonicalJSON()`, as recorded at freezing.
    public let poolsHash: String
    /// Whether the stored pools still hash to `poolsHash`; a draw from
    /// pools changed after freezing is refused.
    public let poolsIntact: Bool
    /// The random sources' names, in key order.
    public let sourceNames: [String]
    /// Each source's value once entered, in the same order.
    public var sourceValues: [String?]

    public init(on: CivilDate, pools: FrozenPools, poolsHash: String, poolsIntact: Bool, sourceNames: [String], sourceValues: [String?]) {
        self.on = on
        self.pools = pools
        self.poolsHash = poolsHash
        self.poolsIntact = poolsIntact
        self.sourceNames = sourceNames
        self.sourceValues = sourceValues
    }

    public var allSourcesEntered: Bool { sourceValues.allSatisfy { $0 != nil } }
}

/// The frozen pools as published: per tier the numbered enterprises (抽查对象
/// 名录库), per district the numbered active inspectors (执法检查人员名录库),
/// and the declared exclusions (回避).
public struct FrozenPools: Codable, Hashable, Sendable {
    public var tiers: [FrozenTier]
    public var inspectorPools: [InspectorPool]
    public var exclusions: [Exclusion]

    public init(tiers: [FrozenTier], inspectorPools: [InspectorPool], exclusions: [Exclusion]) {
        self.tiers = tiers
        self.inspectorPools = inspectorPools
        self.exclusions = exclusions
    }

    /// The bytes the pools' hash is taken over, and that the public page
    /// offers as `pools.json`: sorted keys, no spaces, so anyone re-hashes
    /// the file they download and compares with the ledger.
    public func canonicalJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public init(canonicalJSON data: Data) throws {
        self = try JSONDecoder().decode(Self.self, from: data)
    }
}

public struct FrozenTier: Codable, Hashable, Sendable {
    public var tier: RiskTier
    public var ratioPercent: Int
    public var enterprises: [PoolEnterprise]

    public init(tier: RiskTier, ratioPercent: Int, enterprises: [PoolEnterprise]) {
        self.tier = tier
        self.ratioPercent = ratioPercent
        self.enterprises = enterprises
    }

    /// ⌈ratio × tier size⌉, the rule the plan page states.
    public var sampleSize: Int {
        (try? SamplingRatio(percent: ratioPercent))?.sampleSize(of: enterprises.count) ?? 0
    }
}

extension RiskTier {
    /// The tier an enterprise is sampled in. The registry's `riskTier` is
    /// unset until supervision rates the enterprise; an unrated enterprise
    /// counts as 中风险 (medium), as the credit-risk classification rules
    /// place an enterprise without a record in the "general risk" class:
    /// rating it low would quietly draw it least often.
    public static let unrated = RiskTier.medium

    public static func of(_ enterprise: Enterprise) -> RiskTier {
        enterprise.riskTier.flatMap(RiskTier.init(rawValue:)) ?? unrated
    }
}
