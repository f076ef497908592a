import Foundation
import PermitCore

/// A small plan: two districts, four tiers, a lottery and a ledger root as sources.
enum DrawFixtures {
    static let pudong = "310115"
    static let huangpu = "310101"

    /// Credit-code-like strings; the draw treats them as published text.
    static func code(_ n: Int) -> String { String(format: "91310115MA1K%06d", n) }

    static func inspectors(_ district: String, _ count: Int) -> [String] {
        (1...count).map { "\(district)-inspector-\($0)" }
    }

    static let sources = [
        NamedSource(name: "中国福利彩票双色球 2026-07-02 开奖号码", value: "03 11 19 24 27 32 08"),
        NamedSource(name: "账本检查点根 (tree size 5000)", value: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
    ]

    /// 30 low (3 drawn), 10 medium (2), 7 medium-high (3), 4 high (2); every
    /// third enterprise in Huangpu, the rest in Pudong.
    static func inputs(
        sources: [NamedSource] = sources, exclusions: [Exclusion] = [], pudongInspectors: Int = 6, huangpuInspectors: Int = 3
    ) -> DrawInputs {
        var next = 0
        func pool(_ size: Int) -> [(creditCode: String, district: String)] {
            (0..<size).map { _ in
                next += 1
                return (code(next), next % 3 == 0 ? huangpu : pudong)
            }
        }
        return DrawInputs(
            plan: DrawPlan(identifier: "SJ-2026-01", year: 2026), sources: sources,
            tiers: [
                TierPool(tier: .low, enterprises: pool(30)), TierPool(tier: .medium, enterprises: pool(10)),
                TierPool(tier: .mediumHigh, enterprises: pool(7)), TierPool(tier: .high, enterprises: pool(4)),
            ],
            inspectorPools: [
                InspectorPool(district: pudong, numbering: inspectors(pudong, pudongInspectors)),
                InspectorPool(district: huangpu, numbering: inspectors(huangpu, huangpuInspectors)),
            ],
            exclusions: exclusions
        )
    }
}
