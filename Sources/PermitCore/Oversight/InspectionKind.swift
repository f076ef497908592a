/// 监督检查 — the kinds of supervision inspection of seed 004: 日常监督检查
/// (定期、不定期、回访, 第二十一条, 第二十二条) and 专项检查 (第二十九条). Each
/// runs on its own process definition, so the case number, the worklist and
/// the archive tell them apart.
public enum InspectionKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// 定期监督检查 — planned, from the annual plan (第二十三条).
    case periodic
    /// 不定期监督检查 — for the quality situation of a product or to prevent incidents.
    case adHoc = "ad-hoc"
    /// 回访 — checks how a rectification order was carried out (第二十七条).
    case returnVisit = "return-visit"
    /// 专项检查 — on one of the grounds of 第二十九条.
    case special

    public var name: Bilingual {
        switch self {
        case .periodic: Bilingual("定期监督检查", en: "Periodic inspection")
        case .adHoc: Bilingual("不定期监督检查", en: "Ad hoc inspection")
        case .returnVisit: Bilingual("回访（整改复查）", en: "Return visit (re-check of a rectification)")
        case .special: Bilingual("专项检查", en: "Special inspection")
        }
    }

    public var process: ProcessDefinition {
        switch self {
        case .periodic: .supervisionPeriodic
        case .adHoc: .supervisionAdHoc
        case .returnVisit: .supervisionReturnVisit
        case .special: .supervisionSpecial
        }
    }

    /// The kind a case's process makes it, if it is an inspection at all.
    public init?(process: ProcessID) {
        guard let kind = Self.allCases.first(where: { $0.process.id == process }) else { return nil }
        self = kind
    }
}

/// 专项检查的情形 — the six grounds on which 第二十九条 calls for a special
/// inspection.
public enum SpecialGround: String, CaseIterable, Hashable, Sendable, Codable {
    /// 企业在生产经营过程中被举报的
    case complaint
    /// 被媒体曝光的
    case mediaExposure = "media-exposure"
    /// 涉嫌存在制假售假等违法行为和记录的
    case counterfeiting
    /// 发生重大质量事故的
    case majorAccident = "major-accident"
    /// 需要对实地核查组审查质量、持续保持能力、区局证后监管质量进行抽查的
    case reviewQualityAudit = "review-quality-audit"
    /// 上级交办的检查
    case assignedBySuperior = "assigned-by-superior"

    public var name: Bilingual {
        switch self {
        case .complaint: Bilingual("企业被举报", en: "A complaint about the enterprise")
        case .mediaExposure: Bilingual("企业被媒体曝光", en: "Media exposure")
        case .counterfeiting: Bilingual("涉嫌制假售假", en: "Suspected counterfeiting")
        case .majorAccident: Bilingual("发生重大质量事故", en: "Major quality accident")
        case .reviewQualityAudit: Bilingual("抽查审查质量及证后监管质量", en: "Audit of review and supervision quality")
        case .assignedBySuperior: Bilingual("上级交办", en: "Assigned by a superior")
        }
    }
}
