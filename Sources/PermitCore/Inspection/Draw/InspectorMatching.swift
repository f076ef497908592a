/// 人员匹配 — matching the drawn enterprises with inspectors (RND-4): the
/// second "random" of 双随机一公开 (double random, one public).
///
/// Derivation, so anyone can re-run it from the published file:
/// 1. Districts are taken in ascending code order; each is independent.
/// 2. Within a district, its drawn enterprises are ordered by how many
///    eligible inspectors they have (fewest first, so the most constrained
///    are served while everyone is still free), ties in draw order (tiers as
///    published, then selection order).
/// 3. For each enterprise, eligible = the district's pool in published
///    order, less the inspectors excluded for it (回避: declared conflict,
///    or inspected it in the previous plan).
/// 4. Fair share = ⌈k × drawn enterprises in the district ÷ inspectors in
///    the district's pool⌉ with k inspectors per enterprise (at least 2); an
///    inspector already holding fair share + 1 tasks is passed over.
/// 5. Tasks spread evenly: let t be the k-th smallest task count among the
///    remaining eligible. Those with fewer than t tasks (`priority`, fewer
///    than k) are sent without a draw; the candidates are those with exactly
///    t tasks, in pool order.
/// 6. The rest, k − |priority|, are selected from the candidates by RFC 3797
///    with the plan's key string extended by the string source
///    `match <credit code>` (key part `MATCH<CODE>/`). Each inspector sent
///    gets one more task.
///
/// Step 6 is a plain RFC 3797 run: `permittrail draw rfc3797 --pool
/// <candidates> --count <k − priority> SOURCE… "match <code>"` prints the
/// same positions.
public enum InspectorMatching {
    /// The extra string source naming an enterprise's sub-draw.
    public static func label(for enterprise: String) -> String { "match \(enterprise)" }

    /// Matches `drawn` (in draw order) with inspectors.
    public static func match(
        drawn: [PoolEnterprise], inspectorPools: [InspectorPool], exclusions: [Exclusion], inspectorsPerEnterprise k: Int, key: String
    ) throws(DrawError) -> [EnterpriseMatch] {
        guard k >= 2 else { throw .tooFewInspectorsPerEnterprise(k) }
        let pools = Dictionary(inspectorPools.map { ($0.district, $0) }, uniquingKeysWith: { first, _ in first })
        let excluded = ExclusionIndex(exclusions)
        var matches: [EnterpriseMatch] = []
        for (district, enterprises) in Dictionary(grouping: drawn, by: \.district).sorted(by: { $0.key < $1.key }) {
            let pool = pools[district]?.inspectors ?? []
            let eligible = enterprises.map { excluded.eligible(pool, for: $0.creditCode) }
            let order = enterprises.indices.sorted { (eligible[$0].count, $0) < (eligible[$1].count, $1) }
            let fairShare = pool.isEmpty ? 0 : (k * enterprises.count + pool.count - 1) / pool.count
            var tasks: [String: Int] = [:]
            for index in order {
                let enterprise = enterprises[index]
                let free = eligible[index].filter { tasks[$0.id, default: 0] <= fairShare }
                guard free.count >= k else {
                    throw .noFairMatching(enterprise: enterprise.creditCode, district: district, available: free.count, required: k)
                }
                let threshold = free.map { tasks[$0.id, default: 0] }.sorted()[k - 1]
                let priority = free.filter { tasks[$0.id, default: 0] < threshold }.map(\.id)
                let candidates = free.filter { tasks[$0.id, default: 0] == threshold }.map(\.id)
                let subKey = try RFC3797.key(key, extendedWith: label(for: enterprise.creditCode))
                let steps = try RFC3797.select(count: k - priority.count, fromPoolOf: candidates.count, key: subKey)
                let chosen = priority + steps.map { candidates[$0.selected - 1] }
                for id in chosen { tasks[id, default: 0] += 1 }
                matches.append(EnterpriseMatch(
                    enterprise: enterprise.creditCode, district: district, key: subKey, priority: priority, candidates: candidates, steps: steps,
                    inspectors: chosen
                ))
            }
        }
        return matches
    }
}

/// One enterprise's inspectors and how they were drawn.
public struct EnterpriseMatch: Codable, Hashable, Sendable {
    public var enterprise: String
    public var district: String
    /// The extended key string the selection hashed.
    public var key: String
    /// Inspectors with fewer tasks than every candidate, sent without a draw (step 5).
    public var priority: [String]
    /// The inspectors the selection numbered 1…, in pool order (step 5).
    public var candidates: [String]
    public var steps: [RFC3797Step]
    /// The inspectors sent: `priority`, then the selected candidates in selection order.
    public var inspectors: [String]

    public init(
        enterprise: String, district: String, key: String, priority: [String], candidates: [String], steps: [RFC3797Step], inspectors: [String]
    ) {
        self.enterprise = enterprise
        self.district = district
        self.key = key
        self.priority = priority
        self.candidates = candidates
        self.steps = steps
        self.inspectors = inspectors
    }
}
