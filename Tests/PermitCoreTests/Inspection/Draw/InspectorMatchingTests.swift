import Foundation
import PermitCore
import Testing

@Suite("Inspector matching — two or more per enterprise, 回避 honoured, fair shares, re-runnable (RND-4)")
struct InspectorMatchingTests {
    static let key = "3.8.11.19.24.27.32./9F86D081/"

    static func enterprises(_ count: Int, in district: String = DrawFixtures.pudong) -> [PoolEnterprise] {
        (1...count).map { PoolEnterprise(position: $0, creditCode: DrawFixtures.code($0), district: district) }
    }

    static func pool(_ count: Int, in district: String = DrawFixtures.pudong) -> InspectorPool {
        InspectorPool(district: district, numbering: DrawFixtures.inspectors(district, count))
    }

    @Test("each enterprise gets k distinct inspectors of its own district, none excluded for it")
    func constraints() throws {
        // setup
        let drawn = Self.enterprises(8) + Self.enterprises(3, in: DrawFixtures.huangpu).map {
            PoolEnterprise(position: $0.position, creditCode: "H" + $0.creditCode, district: DrawFixtures.huangpu)
        }
        let exclusions = [
            Exclusion(inspector: "310115-inspector-1", enterprise: DrawFixtures.code(1), reason: .conflict),
            Exclusion(inspector: "310115-inspector-2", enterprise: DrawFixtures.code(1), reason: .previousPlan),
            Exclusion(inspector: "310115-inspector-3", enterprise: DrawFixtures.code(1), reason: .previousPlan),
        ]
        // MUT
        for k in [2, 3] {
            let matches = try InspectorMatching.match(
                drawn: drawn, inspectorPools: [Self.pool(6), Self.pool(4, in: DrawFixtures.huangpu)], exclusions: exclusions,
                inspectorsPerEnterprise: k, key: Self.key
            )
            // validate
            #expect(Set(matches.map(\.enterprise)) == Set(drawn.map(\.creditCode)))
            for match in matches {
                #expect(match.inspectors.count == k && Set(match.inspectors).count == k)
                #expect(match.inspectors.allSatisfy { $0.hasPrefix(match.district + "-") })
                let excluded = exclusions.filter { $0.enterprise == match.enterprise }.map(\.inspector)
                #expect(Set(match.inspectors).isDisjoint(with: excluded), "\(match.enterprise)")
            }
            let first = try #require(matches.first { $0.enterprise == DrawFixtures.code(1) })
            #expect(Set(first.inspectors).isSubset(of: ["310115-inspector-4", "310115-inspector-5", "310115-inspector-6"]))
        }
    }

    @Test("nobody exceeds fair share + 1, over many keys and exclusion patterns")
    func fairShare() throws {
        for seed in 0..<40 {
            // setup: 7 inspectors, 12 enterprises, k = 2 → fair share ⌈24/7⌉ = 4
            let drawn = Self.enterprises(12)
            let exclusions = (1...12).flatMap { n in
                (1...7).filter { ($0 * 31 + n * 17 + seed) % 5 == 0 }.map {
                    Exclusion(inspector: "310115-inspector-\($0)", enterprise: DrawFixtures.code(n), reason: .conflict)
                }
            }
            // MUT
            let matches = try InspectorMatching.match(
                drawn: drawn, inspectorPools: [Self.pool(7)], exclusions: exclusions, inspectorsPerEnterprise: 2, key: "\(seed)./"
            )
            // validate
            let tasks = Dictionary(grouping: matches.flatMap(\.inspectors), by: { $0 }).mapValues(\.count)
            #expect(tasks.values.max()! <= 4 + 1, "key \(seed)./: \(tasks)")
            #expect(matches.count == 12)
        }
    }

    @Test("when exclusions would push someone past fair share + 1, the matching is refused, not bent")
    func fairShareRefused() {
        // 3 inspectors; 6 enterprises all excluding inspector 3 → A and B would need 6 tasks each; fair share ⌈12/3⌉ = 4, limit 5.
        let drawn = Self.enterprises(6)
        let exclusions = drawn.map { Exclusion(inspector: "310115-inspector-3", enterprise: $0.creditCode, reason: .conflict) }
        #expect(throws: DrawError.self) {
            try InspectorMatching.match(drawn: drawn, inspectorPools: [Self.pool(3)], exclusions: exclusions, inspectorsPerEnterprise: 2, key: Self.key)
        }
        let five = Array(drawn.prefix(5))
        #expect(throws: Never.self) {
            try InspectorMatching.match(drawn: five, inspectorPools: [Self.pool(3)], exclusions: exclusions, inspectorsPerEnterprise: 2, key: Self.key)
        }
    }

    @Test("tasks spread evenly when nothing is excluded")
    func even() throws {
        let matches = try InspectorMatching.match(
            drawn: Self.enterprises(10), inspectorPools: [Self.pool(5)], exclusions: [], inspectorsPerEnterprise: 2, key: Self.key
        )
        let tasks = Dictionary(grouping: matches.flatMap(\.inspectors), by: { $0 }).mapValues(\.count)
        #expect(tasks.count == 5 && tasks.values.allSatisfy { $0 == 4 }, "\(tasks)")
    }

    @Test("the same key gives the same matching; another key another; each step is a plain RFC 3797 run")
    func deterministic() throws {
        let run = { (key: String) in
            try InspectorMatching.match(drawn: Self.enterprises(10), inspectorPools: [Self.pool(6)], exclusions: [], inspectorsPerEnterprise: 2, key: key)
        }
        let once = try run(Self.key)
        #expect(try run(Self.key) == once)
        #expect(try run("1.2.3./") != once)
        for match in once {
            #expect(match.key == Self.key + "MATCH" + match.enterprise + "/")
            let drawnCount = 2 - match.priority.count
            #expect(try RFC3797.select(count: drawnCount, fromPoolOf: match.candidates.count, key: match.key) == match.steps)
            #expect(match.inspectors == match.priority + match.steps.map { match.candidates[$0.selected - 1] })
            #expect(Set(match.priority).isDisjoint(with: match.candidates))
        }
    }

    @Test("fewer than two per enterprise is refused")
    func minimumTwo() {
        #expect(throws: DrawError.tooFewInspectorsPerEnterprise(1)) {
            try InspectorMatching.match(drawn: Self.enterprises(2), inspectorPools: [Self.pool(3)], exclusions: [], inspectorsPerEnterprise: 1, key: Self.key)
        }
    }

    @Test("the pre-draw check names each pooled enterprise short of eligible inspectors, a missing pool and duplicates")
    func precheck() {
        // setup: Pudong has 2 inspectors, one of whom conflicts with enterprise 2; Jing'an has no pool
        let enterprises = Self.enterprises(3) + [PoolEnterprise(position: 4, creditCode: "J1", district: "310106"), Self.enterprises(1)[0]]
        let exclusions = [Exclusion(inspector: "310115-inspector-2", enterprise: DrawFixtures.code(2), reason: .conflict)]
        let pools = [Self.pool(2), InspectorPool(district: DrawFixtures.huangpu, numbering: ["310115-inspector-1"])]
        // MUT
        let problems = DrawPrecheck.problems(enterprises: enterprises, inspectorPools: pools, exclusions: exclusions)
        // validate
        #expect(Set(problems) == [
            .duplicateEnterprise(DrawFixtures.code(1)),
            .duplicateInspector("310115-inspector-1"),
            .tooFewEligibleInspectors(enterprise: DrawFixtures.code(2), district: DrawFixtures.pudong, eligible: 1, required: 2),
            .noInspectorPool(district: "310106", enterprise: "J1"),
        ])
        #expect(DrawPrecheck.problems(enterprises: Self.enterprises(3), inspectorPools: [Self.pool(2)], exclusions: []).isEmpty)
    }

    @Test("a plan whose pre-draw check fails draws nothing")
    func precheckStopsTheDraw() {
        let inputs = DrawFixtures.inputs(huangpuInspectors: 1)
        #expect {
            try PublishedDraw(drawing: inputs)
        } throws: { error in
            guard case DrawError.precheck(let problems) = error else { return false }
            return !problems.isEmpty && problems.allSatisfy {
                if case .tooFewEligibleInspectors(_, DrawFixtures.huangpu, 1, 2) = $0 { true } else { false }
            }
        }
    }
}
