import Foundation

/// 企业分类 — the class a district bureau gives a licensed enterprise
/// (seed 004 第八条): AA (优秀自律企业), A (良好自律企业), B (基本保障能力),
/// C (保障能力较差). The class decides the supervision mode.
public enum SupervisionClass: String, CaseIterable, Codable, Sendable, Comparable {
    case aa = "AA"
    case a = "A"
    case b = "B"
    case c = "C"

    /// Higher is better: C 0, B 1, A 2, AA 3. A rise is measured in these steps.
    public var rank: Int {
        switch self {
        case .c: 0
        case .b: 1
        case .a: 2
        case .aa: 3
        }
    }

    /// Ordered by rank, so `min()` is the lowest (strictest) class.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    public var name: Bilingual {
        switch self {
        case .aa: Bilingual("AA类企业", en: "Class AA")
        case .a: Bilingual("A类企业", en: "Class A")
        case .b: Bilingual("B类企业", en: "Class B")
        case .c: Bilingual("C类企业", en: "Class C")
        }
    }

    /// The mode of supervision the class calls for (第三十条).
    public var mode: SupervisionMode {
        switch self {
        case .aa: .credit
        case .a: .responsibility
        case .b: .normal
        case .c: .strict
        }
    }

    /// Accepts `AA`, `A`, `B`, `C` in either case, nothing else.
    public init?(input: String) {
        self.init(rawValue: input.trimmingCharacters(in: .whitespaces).uppercased())
    }
}

/// 监管方式 — how a district supervises a class (第三十条, SUP-3): how many
/// of its enterprises it inspects each year.
public enum SupervisionMode: String, CaseIterable, Codable, Sendable {
    /// 信用监管 (AA): annual self-report; at least 20% inspected per year.
    case credit
    /// 责任监管 (A): at least 50% inspected per year.
    case responsibility
    /// 常态监管 (B): every enterprise at least once a year.
    case normal
    /// 加严监管 (C): every enterprise at least twice a year, plus a
    /// responsibility interview and rectification.
    case strict

    public var name: Bilingual {
        switch self {
        case .credit: Bilingual("信用监管", en: "Credit supervision")
        case .responsibility: Bilingual("责任监管", en: "Responsibility supervision")
        case .normal: Bilingual("常态监管", en: "Normal supervision")
        case .strict: Bilingual("加严监管", en: "Strict supervision")
        }
    }

    /// The yearly inspections the mode requires.
    public var requirement: InspectionRequirement {
        switch self {
        case .credit: .share(percent: 20)
        case .responsibility: .share(percent: 50)
        case .normal: .each(1)
        case .strict: .each(2)
        }
    }

    /// One step stricter (第十四条: 原则上将监管方式相应依次下调1级);
    /// strict stays strict.
    public var stricter: SupervisionMode {
        switch self {
        case .credit: .responsibility
        case .responsibility: .normal
        case .normal, .strict: .strict
        }
    }

    /// The mode for a class and the product risk of what the enterprise
    /// makes: a level-Ⅰ (high-risk) product makes it one step stricter
    /// (SUP-4). Ⅱ and Ⅲ leave it to the district's judgement (第十四条), so
    /// the computed mode is the class's own.
    public static func mode(for supervisionClass: SupervisionClass, productRisk: ProductRiskLevel?) -> SupervisionMode {
        productRisk == .high ? supervisionClass.mode.stricter : supervisionClass.mode
    }
}

/// How many inspections a mode requires in a year.
public enum InspectionRequirement: Hashable, Sendable {
    /// At least this share of the mode's enterprises, rounded up, once each.
    case share(percent: Int)
    /// Every enterprise of the mode, this many times.
    case each(Int)

    /// How many of `pool` enterprises must be inspected: the share rounded
    /// up (20% of 6 is 2, not 1), so the proportion is never undershot.
    public func drawCount(pool: Int) -> Int {
        switch self {
        case .share(let percent): (pool * percent + 99) / 100
        case .each: pool
        }
    }
}

extension ProductRiskLevel {
    /// Ⅰ, Ⅱ, Ⅲ as the catalogue and the seed write them.
    public var numeral: String {
        switch self {
        case .high: "Ⅰ"
        case .higher: "Ⅱ"
        case .general: "Ⅲ"
        }
    }
}
