import Foundation
import PermitCore
import Testing

@Suite("Inspection plans — creation, freezing with the pre-draw check, source entry rules (RND-1, RND-3, RND-4)")
struct InspectionPlanningTests {
    static let pudong = DistrictCode(rawValue: "310115")!
    static let xuhui = DistrictCode(rawValue: "310104")!
    static let today = try! CivilDate(parsing: "2026-03-02")
    static let actor = ActorReference.system("test")

    static func code(_ n: Int) -> UnifiedSocialCreditCode {
        let prefix = "91310115MA1K" + String(format: "%05d", n)
        return try! UnifiedSocialCreditCode(validating: prefix + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: prefix)!))
    }

    static func enterprise(
        _ n: Int, in district: DistrictCode = pudong, tier: String? = nil, licence: String = "(沪)XK06-001-00001", validUntil: String = "2029-12-31"
    ) -> Enterprise {
        Enterprise(
            id: EnterpriseID(rawValue: UUID()), name: "企业\(n)", creditCode: code(n), registeredAddress: "地址", registeredDistrict: district,
            productionSites: [ProductionSite(address: "生产地址", district: district)], legalRepresentative: "张三", phone: "13812345678",
            licenses: [LicenseHolding(number: licence, issuedOn: try! CivilDate(parsing: "2024-01-01"), validUntil: try! CivilDate(parsing: validUntil), productScope: "电线电缆")],
            riskTier: tier
        )
    }

    static func inspector(_ certificate: String, in district: DistrictCode = pudong, active: Bool = true, conflicts: [UnifiedSocialCreditCode] = []) -> Inspector {
        Inspector(
            id: InspectorID(rawValue: UUID()), district: district, name: "检查员\(certificate)", unit: "市场监督管理局", position: "科员", phone: "13800000000",
            certificateNumber: EnforcementCertificateNumber(rawValue: certificate)!, isActive: active, conflicts: conflicts
        )
    }

    static func plan(districts: [String] = ["310115"], categories: [String] = [], ratios: [String: Int] = [:]) throws -> InspectionPlan {
        try InspectionPlanning.create(
            InspectionPlanDraft(title: "2026年度获证企业双随机抽查", year: 2026, districts: districts, categories: categories, checksEndOn: "2026-10-31", ratios: ratios),
            id: InspectionPlanID(rawValue: UUID()), identifier: "SJ-2026-001", knownDistricts: [pudong, xuhui], by: actor, on: today
        )
    }

    static let inspectors = ["ZF0001", "ZF0002", "ZF0003"].map { inspector($0) }
    static let sourceNames = ["2026-03-10 中国福利彩票双色球开奖号码", "账本树大小 5000 时的检查点根哈希"]

    static func frozen(_ plan: InspectionPlan, enterprises: [Enterprise], inspectors: [Inspector] = inspectors) throws -> InspectionPlan {
        let result = try InspectionPlanning.freeze(plan, enterprises: enterprises, inspectors: inspectors, previousMatching: [], sourceNames: sourceNames, on: today)
        var frozen = plan
        frozen.frozen = FrozenPlan(on: today, pools: result.pools, poolsHash: "h", poolsIntact: true, sourceNames: result.sourceNames, sourceValues: [nil, nil])
        return frozen
    }

    @Test("a plan takes seed 002's ratios unless it sets its own, and names every bad field")
    func creation() throws {
        let plan = try Self.plan(ratios: ["high": 60])
        #expect(plan.ratios.map(\.percent) == [10, 20, 30, 60])
        #expect(plan.state == .draft)
        #expect(throws: InspectionPlanRefusal.invalid(InvalidInput([
            FieldIssue(field: "districts", problem: .unknownValue("310116")), FieldIssue(field: "checksEndOn", problem: .notAllowed),
            FieldIssue(field: "ratios.low", problem: .outOfRange(minimum: 0, maximum: 100)),
        ]))) {
            try InspectionPlanning.create(
                InspectionPlanDraft(title: "计划", year: 2026, districts: ["310116"], categories: [], checksEndOn: "2026-03-01", ratios: ["low": 120]),
                id: InspectionPlanID(rawValue: UUID()), identifier: "SJ-2026-001", knownDistricts: [Self.pudong], by: Self.actor, on: Self.today
            )
        }
    }

    @Test("freezing pools licensed enterprises producing in scope by tier (unrated as medium), ordered by credit code; others stay out")
    func pools() throws {
        let enterprises = [
            Self.enterprise(5, tier: "high"), Self.enterprise(2), Self.enterprise(3, tier: "low"), Self.enterprise(1, tier: "low"),
            Self.enterprise(7, in: Self.xuhui), Self.enterprise(8, validUntil: "2025-12-31"), Self.enterprise(9, licence: "(沪)XK13-002-00001"),
        ]
        let plan = try Self.frozen(try Self.plan(categories: ["06-001"]), enterprises: enterprises)
        let tiers = try #require(plan.frozen?.pools.tiers)
        #expect(tiers.map(\.tier) == RiskTier.allCases)
        #expect(tiers[0].enterprises.map(\.creditCode) == [Self.code(1).rawValue, Self.code(3).rawValue])
        #expect(tiers[0].enterprises.map(\.position) == [1, 2])
        #expect(tiers[1].enterprises.map(\.creditCode) == [Self.code(2).rawValue])
        #expect(tiers[3].enterprises.map(\.creditCode) == [Self.code(5).rawValue])
        #expect(tiers.map(\.sampleSize) == [1, 1, 0, 1])
        #expect(plan.frozen?.pools.inspectorPools == [InspectorPool(district: "310115", numbering: ["ZF0001", "ZF0002", "ZF0003"])])
    }

    @Test("a declared conflict is an exclusion, and a district left with fewer than 2 eligible inspectors refuses freezing with the problem")
    func precheck() throws {
        let conflicted = Self.inspector("ZF0002", conflicts: [Self.code(1)])
        let inspectors = [Self.inspector("ZF0001"), conflicted, Self.inspector("ZF0003", active: false)]
        #expect(throws: InspectionPlanRefusal.precheck([
            .tooFewEligibleInspectors(enterprise: Self.code(1).rawValue, district: "310115", eligible: 1, required: 2),
        ])) {
            try InspectionPlanning.freeze(try Self.plan(), enterprises: [Self.enterprise(1)], inspectors: inspectors, previousMatching: [], sourceNames: Self.sourceNames, on: Self.today)
        }
        let frozen = try Self.frozen(try Self.plan(), enterprises: [Self.enterprise(1)], inspectors: inspectors + [Self.inspector("ZF0004")])
        #expect(frozen.frozen?.pools.exclusions == [Exclusion(inspector: "ZF0002", enterprise: Self.code(1).rawValue, reason: .conflict)])
    }

    @Test("freezing is refused twice, without sources, and with nothing in scope")
    func freezeRefusals() throws {
        let plan = try Self.frozen(try Self.plan(), enterprises: [Self.enterprise(1)])
        #expect(throws: InspectionPlanRefusal.alreadyFrozen) {
            try InspectionPlanning.freeze(plan, enterprises: [Self.enterprise(1)], inspectors: Self.inspectors, previousMatching: [], sourceNames: Self.sourceNames, on: Self.today)
        }
        #expect(throws: InspectionPlanRefusal.invalid(InvalidInput([FieldIssue(field: "sources", problem: .missing)]))) {
            try InspectionPlanning.freeze(try Self.plan(), enterprises: [Self.enterprise(1)], inspectors: Self.inspectors, previousMatching: [], sourceNames: [" "], on: Self.today)
        }
        #expect(throws: InspectionPlanRefusal.noEnterprises) {
            try InspectionPlanning.freeze(try Self.plan(), enterprises: [Self.enterprise(7, in: Self.xuhui)], inspectors: Self.inspectors, previousMatching: [], sourceNames: Self.sourceNames, on: Self.today)
        }
    }

    @Test("sources: refused before freezing; the same value again changes nothing, a different one is refused; the last one draws a verifiable result")
    func sources() throws {
        #expect(throws: InspectionPlanRefusal.notFrozen) { try InspectionPlanning.enterSource(try Self.plan(), index: 1, value: "1 2 3") }
        let plan = try Self.frozen(try Self.plan(), enterprises: (1...12).map { Self.enterprise($0) })
        #expect(throws: InspectionPlanRefusal.unknownSource(3)) { try InspectionPlanning.enterSource(plan, index: 3, value: "1") }
        #expect(throws: InspectionPlanRefusal.invalid(InvalidInput([FieldIssue(field: "value", problem: .invalidFormat)]))) {
            try InspectionPlanning.enterSource(plan, index: 1, value: "3.5")
        }
        let first = try #require(try InspectionPlanning.enterSource(plan, index: 1, value: "03 11 19 24 27 32 08"))
        #expect(first.state == .frozen && first.draw == nil)
        #expect(try InspectionPlanning.enterSource(first, index: 1, value: "8 3 11 19 24 27 32") == nil)
        #expect(throws: InspectionPlanRefusal.sourceAlreadyEntered(index: 1, name: Self.sourceNames[0])) {
            try InspectionPlanning.enterSource(first, index: 1, value: "01 02 03 04 05 06 07")
        }
        let drawn = try #require(try InspectionPlanning.enterSource(first, index: 2, value: "9f86d081884c7d659a2feaa0c55ad015"))
        let draw = try #require(drawn.draw)
        #expect(drawn.state == .drawn)
        #expect(draw.tiers.first { $0.tier == .medium }?.count == 3)
        #expect(draw.matching.count == 3 && draw.matching.allSatisfy { $0.inspectors.count == 2 })
        #expect(draw.verify() == .ok)
    }

    @Test("pools that no longer match their hash refuse the draw")
    func poolsChanged() throws {
        var plan = try Self.frozen(try Self.plan(), enterprises: [Self.enterprise(1)])
        let frozen = try #require(plan.frozen)
        plan.frozen = FrozenPlan(on: frozen.on, pools: frozen.pools, poolsHash: "h", poolsIntact: false, sourceNames: frozen.sourceNames, sourceValues: frozen.sourceValues)
        #expect(throws: InspectionPlanRefusal.poolsChanged) { try InspectionPlanning.enterSource(plan, index: 1, value: "1 2 3") }
    }
}
