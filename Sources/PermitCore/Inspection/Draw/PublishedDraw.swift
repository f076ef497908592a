import Foundation

/// 双随机一公开 — double random, one public: the file the public page offers
/// for a plan's draw (PUB-1), holding everything needed to re-run it offline
/// — the frozen pools, the named sources and their values — and the results
/// with every RFC 3797 step. ``verify()`` re-runs it; `permittrail draw
/// verify FILE` does so for anyone.
///
/// Each tier is drawn by RFC 3797 with the plan's key string extended by the
/// string source `tier <tier>` (key part e.g. `TIERMEDIUMHIGH/`); inspectors
/// are matched as ``InspectorMatching`` documents.
public struct PublishedDraw: Codable, Hashable, Sendable {
    /// Names this file layout, so a later layout is told apart rather than misread.
    public static let currentFormat = "permittrail-draw/1"

    public var format: String
    public var plan: DrawPlan
    /// The random sources in the order they make up the key.
    public var sources: [NamedSource]
    /// The canonical key string built from `sources` (RFC 3797 §4).
    public var keyString: String
    public var inspectorsPerEnterprise: Int
    public var tiers: [TierDraw]
    public var inspectorPools: [InspectorPool]
    public var exclusions: [Exclusion]
    /// In the order the matching was derived (districts ascending, then
    /// fewest eligible inspectors first).
    public var matching: [EnterpriseMatch]

    /// Makes the draw: checks the inputs (``DrawPrecheck``), builds the key,
    /// draws each tier and matches the drawn enterprises with inspectors.
    /// Pools are numbered 1… in the order given.
    public init(drawing inputs: DrawInputs) throws(DrawError) {
        let k = inputs.inspectorsPerEnterprise
        guard k >= 2 else { throw .tooFewInspectorsPerEnterprise(k) }
        var seenTiers: Set<RiskTier> = []
        for pool in inputs.tiers where !seenTiers.insert(pool.tier).inserted { throw .duplicateTier(pool.tier) }
        var parsed: [RFC3797Source] = []
        for source in inputs.sources { parsed.append(try RFC3797Source(parsing: source.value)) }
        let key = try RFC3797.keyString(parsed)
        let inspectorPools = inputs.inspectorPools.map { InspectorPool(district: $0.district, numbering: $0.inspectors.map(\.id)) }
        let problems = DrawPrecheck.problems(
            enterprises: inputs.tiers.flatMap(\.enterprises), inspectorPools: inspectorPools, exclusions: inputs.exclusions,
            inspectorsPerEnterprise: k
        )
        guard problems.isEmpty else { throw .precheck(problems) }
        var tiers: [TierDraw] = []
        for input in inputs.tiers { tiers.append(try TierDraw(drawing: input, key: key)) }
        let drawn = tiers.flatMap { tier in tier.steps.map { tier.pool[$0.selected - 1] } }
        format = Self.currentFormat
        plan = inputs.plan
        sources = inputs.sources
        keyString = key
        inspectorsPerEnterprise = k
        self.tiers = tiers
        self.inspectorPools = inspectorPools
        exclusions = inputs.exclusions
        matching = try InspectorMatching.match(
            drawn: drawn, inspectorPools: inspectorPools, exclusions: inputs.exclusions, inspectorsPerEnterprise: k, key: key
        )
    }

    /// What the draw was made from, as this file states it.
    public var inputs: DrawInputs {
        DrawInputs(
            plan: plan, sources: sources,
            tiers: tiers.map { TierPool(tier: $0.tier, ratioPercent: $0.ratioPercent, enterprises: $0.pool) },
            inspectorPools: inspectorPools, exclusions: exclusions, inspectorsPerEnterprise: inspectorsPerEnterprise
        )
    }

    /// The file's bytes: sorted keys, so the same draw is always the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public init(jsonData: Data) throws {
        self = try JSONDecoder().decode(Self.self, from: jsonData)
    }
}

/// 抽查计划 — which plan the draw is for.
public struct DrawPlan: Codable, Hashable, Sendable {
    public var identifier: String
    public var year: Int

    public init(identifier: String, year: Int) {
        self.identifier = identifier
        self.year = year
    }
}

/// A random source named before the draw (e.g. "福利彩票双色球 2026-07-02
/// 开奖号码", or the ledger's root at a named tree size) and the value an
/// officer entered once it was known.
public struct NamedSource: Codable, Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// What a draw is made from.
public struct DrawInputs: Hashable, Sendable {
    public var plan: DrawPlan
    public var sources: [NamedSource]
    public var tiers: [TierPool]
    public var inspectorPools: [InspectorPool]
    public var exclusions: [Exclusion]
    public var inspectorsPerEnterprise: Int

    public init(
        plan: DrawPlan, sources: [NamedSource], tiers: [TierPool], inspectorPools: [InspectorPool], exclusions: [Exclusion],
        inspectorsPerEnterprise: Int = 2
    ) {
        self.plan = plan
        self.sources = sources
        self.tiers = tiers
        self.inspectorPools = inspectorPools
        self.exclusions = exclusions
        self.inspectorsPerEnterprise = inspectorsPerEnterprise
    }
}

/// A tier's frozen pool and sampling ratio, before the draw.
public struct TierPool: Hashable, Sendable {
    public var tier: RiskTier
    public var ratioPercent: Int
    /// Numbered 1… in this order by the draw.
    public var enterprises: [PoolEnterprise]

    public init(tier: RiskTier, ratioPercent: Int, enterprises: [PoolEnterprise]) {
        self.tier = tier
        self.ratioPercent = ratioPercent
        self.enterprises = enterprises
    }

    public init(tier: RiskTier, ratio: SamplingRatio? = nil, enterprises: [(creditCode: String, district: String)]) {
        self.init(
            tier: tier, ratioPercent: (ratio ?? tier.defaultRatio).percent,
            enterprises: enterprises.enumerated().map { PoolEnterprise(position: $0.offset + 1, creditCode: $0.element.creditCode, district: $0.element.district) }
        )
    }
}

/// One tier's draw: its pool, the count the ratio gives, and every step.
public struct TierDraw: Codable, Hashable, Sendable {
    public var tier: RiskTier
    public var ratioPercent: Int
    public var pool: [PoolEnterprise]
    /// ⌈ratio × pool size⌉.
    public var count: Int
    /// The extended key string this tier hashed.
    public var key: String
    public var steps: [RFC3797Step]
    /// Credit codes of the drawn enterprises, in selection order.
    public var selected: [String]

    /// The extra string source naming a tier's sub-draw.
    public static func label(for tier: RiskTier) -> String { "tier \(tier.rawValue)" }

    init(drawing input: TierPool, key: String) throws(DrawError) {
        let ratio = try SamplingRatio(percent: input.ratioPercent)
        let pool = input.enterprises.enumerated().map {
            PoolEnterprise(position: $0.offset + 1, creditCode: $0.element.creditCode, district: $0.element.district)
        }
        tier = input.tier
        ratioPercent = ratio.percent
        self.pool = pool
        count = ratio.sampleSize(of: pool.count)
        self.key = try RFC3797.key(key, extendedWith: Self.label(for: input.tier))
        steps = try RFC3797.select(count: count, fromPoolOf: pool.count, key: self.key)
        selected = steps.map { pool[$0.selected - 1].creditCode }
    }
}
