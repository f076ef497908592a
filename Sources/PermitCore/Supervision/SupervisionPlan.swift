import Foundation

/// A licensed enterprise the district supervises, as the plan needs it.
public struct PlanCandidate: Hashable, Sendable {
    public var creditCode: UnifiedSocialCreditCode
    public var name: String
    /// The class it is supervised by (the lowest across categories); nil
    /// when it has not been classified yet.
    public var supervisionClass: SupervisionClass?
    /// The highest risk level of its licensed products; nil when unset.
    public var productRisk: ProductRiskLevel?
    /// For links to its classification page; nil where none is needed.
    public var enterprise: EnterpriseID?

    public init(
        creditCode: UnifiedSocialCreditCode, name: String, supervisionClass: SupervisionClass?, productRisk: ProductRiskLevel?, enterprise: EnterpriseID? = nil
    ) {
        self.creditCode = creditCode
        self.name = name
        self.supervisionClass = supervisionClass
        self.productRisk = productRisk
        self.enterprise = enterprise
    }

    /// An enterprise not yet classified is planned as a new licensee is
    /// classified: B (第十条), so it is inspected rather than forgotten.
    public var plannedClass: SupervisionClass { supervisionClass ?? Classification.newLicenseeClass }

    public var mode: SupervisionMode { SupervisionMode.mode(for: plannedClass, productRisk: productRisk) }
}

/// One row of the plan: the CSV, API and page columns.
public struct SupervisionPlanRow: Hashable, Sendable {
    public var creditCode: UnifiedSocialCreditCode
    public var name: String
    public var supervisionClass: SupervisionClass?
    public var productRisk: ProductRiskLevel?
    public var mode: SupervisionMode
    /// Periodic inspections planned for the year; 0 where none.
    public var inspections: Int
    public var enterprise: EnterpriseID?
}

/// 定期监督检查计划 (第二十三条, SUP-7): the year's periodic inspections of a
/// district, made each January from classes and modes.
public struct SupervisionPlan: Hashable, Sendable {
    public var year: Int
    public var district: DistrictCode
    /// The base key string of the draws; each mode's draw appends its name.
    public var key: String
    /// Ordered by credit code, the order the draw pools use.
    public var rows: [SupervisionPlanRow]

    public static let csvHeader = "creditCode,name,class,productRisk,mode,inspections"

    /// The plan as CSV: the header, then one line per row. Unclassified and
    /// unset columns are empty.
    public var csv: String {
        let lines = rows.map { row in
            [
                row.creditCode.rawValue, Self.csvField(row.name), row.supervisionClass?.rawValue ?? "", row.productRisk?.rawValue ?? "",
                row.mode.rawValue, String(row.inspections),
            ].joined(separator: ",")
        }
        return ([Self.csvHeader] + lines).map { $0 + "\n" }.joined()
    }

    /// RFC 4180 quoting where a name holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

public enum SupervisionPlanning {
    /// The source named when the bureau gives none: the plan is then
    /// re-runnable from year and district alone.
    public static let defaultSource = "supervision-plan"

    /// The key string of a district's plan draws: RFC 3797 text sources
    /// `YEAR/`, `DISTRICT/` and `SOURCE/` in that order. Each mode's draw
    /// appends its name (`credit/`, `responsibility/`) the way
    /// `RFC3797.key(_:extendedWith:)` appends a label, so anyone can repeat
    /// it with `permittrail draw rfc3797`. A bureau that wants the choice
    /// unpredictable names a source published after the pools are fixed,
    /// such as a lottery result.
    public static func key(year: Int, district: DistrictCode, source: String) -> String {
        let named = source.trimmingWhitespaceAndNewlines()
        return "\(year)/\(district.rawValue)/\(named.isEmpty ? defaultSource : named)/"
    }

    /// Every B and C enterprise (by mode) gets its required count; the
    /// credit and responsibility pools, ordered by credit code, are drawn in
    /// their proportions, rounded up; the others of those pools get 0.
    public static func plan(
        year: Int, district: DistrictCode, candidates: [PlanCandidate], source: String = defaultSource
    ) throws(DrawError) -> SupervisionPlan {
        let ordered = candidates.sorted { $0.creditCode.rawValue < $1.creditCode.rawValue }
        let key = key(year: year, district: district, source: source)
        var inspections: [UnifiedSocialCreditCode: Int] = [:]
        for mode in SupervisionMode.allCases {
            let pool = ordered.filter { $0.mode == mode }
            switch mode.requirement {
            case .each(let count):
                for candidate in pool { inspections[candidate.creditCode] = count }
            case .share:
                let drawn = try RFC3797.select(count: mode.requirement.drawCount(pool: pool.count), fromPoolOf: pool.count, key: key + mode.rawValue + "/")
                for step in drawn { inspections[pool[step.selected - 1].creditCode] = 1 }
            }
        }
        let rows = ordered.map {
            SupervisionPlanRow(
                creditCode: $0.creditCode, name: $0.name, supervisionClass: $0.supervisionClass, productRisk: $0.productRisk, mode: $0.mode,
                inspections: inspections[$0.creditCode] ?? 0, enterprise: $0.enterprise
            )
        }
        return SupervisionPlan(year: year, district: district, key: key, rows: rows)
    }
}
