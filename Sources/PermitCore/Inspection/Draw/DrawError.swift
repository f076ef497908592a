/// Why a draw cannot be made from the inputs given. Data, not prose: the
/// server maps each case to its Chinese message and a 4xx problem, the CLI to
/// `description`.
public enum DrawError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No random source was named: the key would be empty and the result known in advance.
    case noSources
    /// A source whose value leaves nothing for the key (blank, or only punctuation). Index 1-based.
    case emptySource(Int)
    /// A number with a fractional part. RFC 3797 allows them, but how a
    /// fraction is written into the key differs between its text and its
    /// reference code, so PermitTrail refuses rather than build a key another
    /// implementation would build differently. Enter whole numbers or a string.
    case fractionalNumber(String)
    /// More to select than the pool holds.
    case countExceedsPool(count: Int, pool: Int)
    /// RFC 3797 hashes the selection index as two bytes: at most 65,536 selections.
    case tooManySelections(Int)
    case negativeCount(Int)
    /// A sampling ratio outside 0…100 percent.
    case invalidRatio(Int)
    /// RND-4 asks for at least two inspectors per enterprise.
    case tooFewInspectorsPerEnterprise(Int)
    /// A tier listed twice in one plan.
    case duplicateTier(RiskTier)
    /// The pre-draw check found problems; nothing was drawn.
    case precheck([DrawProblem])
    /// Exclusions and the fair-share limit together leave an enterprise fewer
    /// inspectors than it needs. The pre-draw check cannot always foresee this,
    /// because it depends on which enterprises are drawn.
    case noFairMatching(enterprise: String, district: String, available: Int, required: Int)

    public var description: String {
        switch self {
        case .noSources: "no random source named"
        case .emptySource(let index): "source \(index) is empty"
        case .fractionalNumber(let value): "source value \(value) has a fractional part; enter whole numbers or a string"
        case .countExceedsPool(let count, let pool): "cannot select \(count) from a pool of \(pool)"
        case .tooManySelections(let count): "cannot select \(count): RFC 3797 allows at most 65536 selections"
        case .negativeCount(let count): "cannot select \(count)"
        case .invalidRatio(let percent): "sampling ratio \(percent)% is outside 0…100%"
        case .tooFewInspectorsPerEnterprise(let count): "\(count) inspectors per enterprise; at least 2 are required"
        case .duplicateTier(let tier): "tier \(tier.rawValue) is listed twice"
        case .precheck(let problems): problems.map(\.description).joined(separator: "; ")
        case .noFairMatching(let enterprise, let district, let available, let required):
            "enterprise \(enterprise) in district \(district): \(available) inspectors within their fair share, \(required) required"
        }
    }
}

/// Something the pre-draw check found: each makes the matching impossible or
/// the pools ambiguous, and must be fixed before the plan is frozen.
public enum DrawProblem: Hashable, Sendable, CustomStringConvertible {
    /// An enterprise in a pool whose supervising district has no inspector pool.
    case noInspectorPool(district: String, enterprise: String)
    /// Fewer eligible inspectors (after 回避 exclusions) than an enterprise needs.
    case tooFewEligibleInspectors(enterprise: String, district: String, eligible: Int, required: Int)
    /// An enterprise listed twice across the tier pools.
    case duplicateEnterprise(String)
    /// An inspector listed twice across the district pools.
    case duplicateInspector(String)

    public var description: String {
        switch self {
        case .noInspectorPool(let district, let enterprise): "district \(district) has no inspector pool (enterprise \(enterprise))"
        case .tooFewEligibleInspectors(let enterprise, let district, let eligible, let required):
            "enterprise \(enterprise) in district \(district) has \(eligible) eligible inspectors, \(required) required"
        case .duplicateEnterprise(let code): "enterprise \(code) is listed more than once"
        case .duplicateInspector(let id): "inspector \(id) is listed more than once"
        }
    }
}
