/// The check made before a plan is frozen, so that a district without enough
/// eligible inspectors is found before the draw, not after it (RND-4). It
/// covers every enterprise in the pools, since any of them may be drawn.
public enum DrawPrecheck {
    public static func problems(
        enterprises: [PoolEnterprise], inspectorPools: [InspectorPool], exclusions: [Exclusion], inspectorsPerEnterprise: Int = 2
    ) -> [DrawProblem] {
        var problems: [DrawProblem] = []
        var seenEnterprises: Set<String> = []
        for enterprise in enterprises where !seenEnterprises.insert(enterprise.creditCode).inserted {
            problems.append(.duplicateEnterprise(enterprise.creditCode))
        }
        var seenInspectors: Set<String> = []
        for inspector in inspectorPools.flatMap(\.inspectors) where !seenInspectors.insert(inspector.id).inserted {
            problems.append(.duplicateInspector(inspector.id))
        }
        let pools = Dictionary(inspectorPools.map { ($0.district, $0) }, uniquingKeysWith: { first, _ in first })
        let excluded = ExclusionIndex(exclusions)
        for enterprise in enterprises {
            guard let pool = pools[enterprise.district], !pool.inspectors.isEmpty else {
                problems.append(.noInspectorPool(district: enterprise.district, enterprise: enterprise.creditCode))
                continue
            }
            let eligible = excluded.eligible(pool.inspectors, for: enterprise.creditCode).count
            if eligible < inspectorsPerEnterprise {
                problems.append(.tooFewEligibleInspectors(
                    enterprise: enterprise.creditCode, district: enterprise.district, eligible: eligible, required: inspectorsPerEnterprise
                ))
            }
        }
        return problems
    }
}

/// Exclusions looked up by enterprise.
struct ExclusionIndex {
    private let byEnterprise: [String: Set<String>]

    init(_ exclusions: [Exclusion]) {
        byEnterprise = Dictionary(grouping: exclusions, by: \.enterprise).mapValues { Set($0.map(\.inspector)) }
    }

    /// The pool's inspectors, in pool order, less those excluded for the enterprise.
    func eligible(_ inspectors: [PoolInspector], for enterprise: String) -> [PoolInspector] {
        guard let excluded = byEnterprise[enterprise] else { return inspectors }
        return inspectors.filter { !excluded.contains($0.id) }
    }
}
