import Foundation

/// A plan as typed into a form or an API body, before any check.
public struct InspectionPlanDraft: Sendable {
    public var title: String
    public var year: Int?
    public var districts: [String]
    public var categories: [String]
    public var checksEndOn: String
    /// Tier raw value → percent; tiers left out keep seed 002's default.
    public var ratios: [String: Int]

    public init(title: String, year: Int?, districts: [String], categories: [String], checksEndOn: String, ratios: [String: Int] = [:]) {
        self.title = title
        self.year = year
        self.districts = districts
        self.categories = categories
        self.checksEndOn = checksEndOn
        self.ratios = ratios
    }
}

/// The rules of a plan's life, apart from who may act: creation, freezing
/// (with the pre-draw check), and entering the random sources' values,
/// which makes the draw once the last is in.
public enum InspectionPlanning {
    public static let titleLimit = 200
    public static let sourceNameLimit = 200
    public static let sourceValueLimit = 500
    public static let maximumSources = 5

    public static func create(
        _ draft: InspectionPlanDraft, id: InspectionPlanID, identifier: String, knownDistricts: Set<DistrictCode>, by actor: ActorReference,
        on day: CivilDate
    ) throws(InspectionPlanRefusal) -> InspectionPlan {
        var issues: [FieldIssue] = []
        let title = draft.title.trimmingWhitespaceAndNewlines()
        if let problem = TextRules.lengthProblem(title, allowed: 1...titleLimit) { issues.append(FieldIssue(field: "title", problem: problem)) }
        if let year = draft.year {
            if !(2000...2100).contains(year) { issues.append(FieldIssue(field: "year", problem: .outOfRange(minimum: 2000, maximum: 2100))) }
        } else {
            issues.append(FieldIssue(field: "year", problem: .missing))
        }
        var districts: Set<DistrictCode> = []
        for text in draft.districts.map({ $0.trimmingWhitespaceAndNewlines() }) where !text.isEmpty {
            guard let code = DistrictCode(rawValue: text) else {
                issues.append(FieldIssue(field: "districts", problem: .invalidFormat))
                continue
            }
            if knownDistricts.contains(code) { districts.insert(code) } else { issues.append(FieldIssue(field: "districts", problem: .unknownValue(text))) }
        }
        if districts.isEmpty, !issues.contains(where: { $0.field == "districts" }) { issues.append(FieldIssue(field: "districts", problem: .missing)) }
        var categories: Set<ProductCategoryCode> = []
        for text in draft.categories.map({ $0.trimmingWhitespaceAndNewlines() }) where !text.isEmpty {
            if let code = ProductCategoryCode(rawValue: text) { categories.insert(code) } else {
                issues.append(FieldIssue(field: "categories", problem: .invalidFormat))
            }
        }
        var end: CivilDate?
        do { end = try CivilDate(parsing: draft.checksEndOn.trimmingWhitespaceAndNewlines()) } catch {
            issues.append(FieldIssue(field: "checksEndOn", problem: draft.checksEndOn.isEmpty ? .missing : .invalidFormat))
        }
        if let end, end <= day { issues.append(FieldIssue(field: "checksEndOn", problem: .notAllowed)) }
        var ratios: [TierRatio] = []
        for (text, _) in draft.ratios where RiskTier(rawValue: text) == nil {
            issues.append(FieldIssue(field: "ratios.\(text)", problem: .unknownValue(text)))
        }
        for tier in RiskTier.allCases {
            let percent = draft.ratios[tier.rawValue] ?? tier.defaultRatio.percent
            if !(0...100).contains(percent) { issues.append(FieldIssue(field: "ratios.\(tier.rawValue)", problem: .outOfRange(minimum: 0, maximum: 100))) }
            ratios.append(TierRatio(tier: tier, percent: percent))
        }
        guard issues.isEmpty, let end, let year = draft.year else { throw .invalid(InvalidInput(issues)) }
        return InspectionPlan(
            id: id, identifier: identifier, year: year, title: title, districts: districts.sorted(), categories: categories.sorted(),
            checksEndOn: end, ratios: ratios, createdBy: actor, createdOn: day
        )
    }

    /// The pools a plan freezes, from the registry as it stands on `day`:
    /// - enterprises producing in a district of the plan (SUP-11) with a
    ///   licence valid that day, in one of the plan's categories if it names
    ///   any; each in its tier (``RiskTier/of(_:)``), ordered by credit code,
    ///   supervised by the lowest-numbered of its production districts in scope;
    /// - each district's active inspectors, ordered by certificate number
    ///   (the id published);
    /// - exclusions (回避): conflicts the inspectors declared, and the pairs
    ///   the previous plan's matching sent.
    /// Refused with every problem the pre-draw check finds (RND-4), so a
    /// district with too few eligible inspectors is known before the draw.
    public static func freeze(
        _ plan: InspectionPlan, enterprises: [Enterprise], inspectors: [Inspector], previousMatching: [EnterpriseMatch], sourceNames: [String],
        on day: CivilDate
    ) throws(InspectionPlanRefusal) -> (pools: FrozenPools, sourceNames: [String]) {
        guard plan.state == .draft else { throw .alreadyFrozen }
        let names = try checkedSourceNames(sourceNames)
        let scope = Set(plan.districts)
        let categories = Set(plan.categories)
        var byTier: [RiskTier: [PoolEnterprise]] = [:]
        var seen: Set<UnifiedSocialCreditCode> = []
        for enterprise in enterprises.sorted(by: { $0.creditCode.rawValue < $1.creditCode.rawValue }) where seen.insert(enterprise.creditCode).inserted {
            guard let district = enterprise.supervisingDistricts.intersection(scope).min(),
                  enterprise.licenses.contains(where: { isInScope($0, categories: categories, on: day) })
            else { continue }
            let tier = RiskTier.of(enterprise)
            byTier[tier, default: []].append(PoolEnterprise(position: (byTier[tier]?.count ?? 0) + 1, creditCode: enterprise.creditCode, district: district))
        }
        guard !byTier.isEmpty else { throw .noEnterprises }
        let tiers = RiskTier.allCases.map { FrozenTier(tier: $0, ratioPercent: plan.ratio(of: $0), enterprises: byTier[$0] ?? []) }
        let active = inspectors.filter { $0.isActive && scope.contains($0.district) }
        let pools = plan.districts.map { district in
            InspectorPool(district: district.rawValue, numbering: active.filter { $0.district == district }.map(\.certificateNumber.rawValue).sorted())
        }
        let exclusions = exclusions(tiers: tiers, inspectors: active, pools: pools, previousMatching: previousMatching)
        let frozen = FrozenPools(tiers: tiers, inspectorPools: pools, exclusions: exclusions)
        let problems = DrawPrecheck.problems(
            enterprises: tiers.flatMap(\.enterprises), inspectorPools: pools, exclusions: exclusions, inspectorsPerEnterprise: plan.inspectorsPerEnterprise
        )
        guard problems.isEmpty else { throw .precheck(problems) }
        return (frozen, names)
    }

    /// Records one source's value. Returns nil when the same value was
    /// entered already (nothing to write); a different value is refused, so
    /// no one can try values until a draw suits them. When the last value
    /// is in, the draw is made from the frozen pools.
    public static func enterSource(_ plan: InspectionPlan, index: Int, value: String) throws(InspectionPlanRefusal) -> InspectionPlan? {
        guard var frozen = plan.frozen else { throw .notFrozen }
        guard frozen.poolsIntact else { throw .poolsChanged }
        guard frozen.sourceNames.indices.contains(index - 1) else { throw .unknownSource(index) }
        let stated = value.trimmingWhitespaceAndNewlines()
        if let problem = TextRules.lengthProblem(stated, allowed: 1...sourceValueLimit) {
            throw .invalid(InvalidInput([FieldIssue(field: "value", problem: problem)]))
        }
        let keyPart: String
        do {
            let source = try RFC3797Source(parsing: stated)
            _ = try RFC3797.keyString([source])
            keyPart = source.keyPart
        } catch {
            throw .invalid(InvalidInput([FieldIssue(field: "value", problem: .invalidFormat)]))
        }
        if let entered = frozen.sourceValues[index - 1] {
            // The same value written another way (leading zeros, order of
            // the numbers) makes the same key part: the same value.
            if (try? RFC3797Source(parsing: entered).keyPart) == keyPart { return nil }
            throw .sourceAlreadyEntered(index: index, name: frozen.sourceNames[index - 1])
        }
        frozen.sourceValues[index - 1] = stated
        var updated = plan
        updated.frozen = frozen
        if frozen.allSourcesEntered {
            do { updated.draw = try PublishedDraw(drawing: drawInputs(plan, frozen)) } catch { throw .draw(error) }
        }
        return updated
    }

    static func drawInputs(_ plan: InspectionPlan, _ frozen: FrozenPlan) -> DrawInputs {
        DrawInputs(
            plan: DrawPlan(identifier: plan.identifier, year: plan.year),
            sources: zip(frozen.sourceNames, frozen.sourceValues).map { NamedSource(name: $0, value: $1 ?? "") },
            tiers: frozen.pools.tiers.map { TierPool(tier: $0.tier, ratioPercent: $0.ratioPercent, enterprises: $0.enterprises) },
            inspectorPools: frozen.pools.inspectorPools, exclusions: frozen.pools.exclusions, inspectorsPerEnterprise: plan.inspectorsPerEnterprise
        )
    }

    private static func checkedSourceNames(_ names: [String]) throws(InspectionPlanRefusal) -> [String] {
        let stated = names.map { $0.trimmingWhitespaceAndNewlines() }.filter { !$0.isEmpty }
        var issues: [FieldIssue] = []
        if stated.isEmpty { issues.append(FieldIssue(field: "sources", problem: .missing)) }
        if stated.count > maximumSources { issues.append(FieldIssue(field: "sources", problem: .outOfRange(minimum: 1, maximum: maximumSources))) }
        for (offset, name) in stated.enumerated() {
            if let problem = TextRules.lengthProblem(name, allowed: 1...sourceNameLimit) { issues.append(FieldIssue(field: "sources[\(offset)]", problem: problem)) }
        }
        if Set(stated).count != stated.count { issues.append(FieldIssue(field: "sources", problem: .duplicate(line: nil))) }
        guard issues.isEmpty else { throw .invalid(InvalidInput(issues)) }
        return stated
    }

    private static func isInScope(_ licence: LicenseHolding, categories: Set<ProductCategoryCode>, on day: CivilDate) -> Bool {
        guard licence.issuedOn <= day, day <= licence.validUntil else { return false }
        guard !categories.isEmpty else { return true }
        guard let number = try? LicenseNumber(parsing: licence.number),
              let category = ProductCategoryCode(industryCode: number.industryCode, productCode: number.productCode)
        else { return false }
        return categories.contains(category)
    }

    private static func exclusions(tiers: [FrozenTier], inspectors: [Inspector], pools: [InspectorPool], previousMatching: [EnterpriseMatch]) -> [Exclusion] {
        let enterprises = Set(tiers.flatMap(\.enterprises).map(\.creditCode))
        let pooled = Set(pools.flatMap(\.inspectors).map(\.id))
        var found: [String: Exclusion] = [:]
        for inspector in inspectors {
            for code in inspector.conflicts where enterprises.contains(code.rawValue) {
                let exclusion = Exclusion(inspector: inspector.certificateNumber.rawValue, enterprise: code.rawValue, reason: .conflict)
                found["\(exclusion.enterprise) \(exclusion.inspector)"] = exclusion
            }
        }
        for match in previousMatching where enterprises.contains(match.enterprise) {
            for inspector in match.inspectors where pooled.contains(inspector) {
                let key = "\(match.enterprise) \(inspector)"
                if found[key] == nil { found[key] = Exclusion(inspector: inspector, enterprise: match.enterprise, reason: .previousPlan) }
            }
        }
        return found.sorted { $0.key < $1.key }.map(\.value)
    }
}

public enum InspectionPlanRefusal: Error, Hashable, Sendable {
    case invalid(InvalidInput)
    /// Freezing a plan frozen already: its pools are fixed.
    case alreadyFrozen
    /// No licensed enterprise in the plan's scope: nothing to draw from.
    case noEnterprises
    /// The pre-draw check's findings; nothing was frozen.
    case precheck([DrawProblem])
    /// A source value before the plan is frozen: the sources must be named,
    /// and the pools fixed, before their values exist.
    case notFrozen
    case unknownSource(Int)
    /// A different value for a source already entered.
    case sourceAlreadyEntered(index: Int, name: String)
    /// The stored pools no longer hash to what the ledger recorded at freezing.
    case poolsChanged
    /// The draw itself failed (e.g. no fair matching); nothing was written.
    case draw(DrawError)
}
