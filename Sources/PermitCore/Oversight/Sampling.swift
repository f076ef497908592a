/// 监督检验的情形 — when a district may have a licensed product sampled and
/// tested (seed 004 第四十五条).
public enum SamplingGround: String, CaseIterable, Hashable, Sendable, Codable {
    /// 监督检查发现企业产品涉嫌存在严重质量问题的
    case suspectedSeriousProblem = "suspected-serious-problem"
    /// 监督检查中发现企业不能持续保持应当具备的条件的
    case conditionsNotMaintained = "conditions-not-maintained"
    /// 企业未完成不符合项整改，或经复查仍不合格的
    case rectificationFailed = "rectification-failed"
    /// 其他需要抽样检验的情形 — the note says which.
    case other

    public var name: Bilingual {
        switch self {
        case .suspectedSeriousProblem: Bilingual("监督检查发现产品涉嫌存在严重质量问题", en: "Suspected serious quality problem")
        case .conditionsNotMaintained: Bilingual("企业不能持续保持应当具备的条件", en: "Required conditions not maintained")
        case .rectificationFailed: Bilingual("未完成不符合项整改或经复查仍不合格", en: "Rectification not done or failed the re-check")
        case .other: Bilingual("其他需要抽样检验的情形", en: "Other need for sampling")
        }
    }
}

/// 抽样地点 — samples come at random from products that passed the
/// enterprise's own inspection, in its finished-goods store or on the line
/// (第四十六条).
public enum SampledFrom: String, CaseIterable, Hashable, Sendable, Codable {
    case finishedGoodsStore = "finished-goods-store"
    case productionSite = "production-site"

    public var name: Bilingual {
        switch self {
        case .finishedGoodsStore: Bilingual("企业成品仓库", en: "Finished-goods store")
        case .productionSite: Bilingual("生产现场检验合格的产品", en: "Passed products at the production site")
        }
    }
}

/// 抽样单 — the sample slip the inspectors fill in by the implementation
/// rules' sampling rules (第四十六条).
public struct SampleSlip: Hashable, Sendable {
    public var product: String
    public var model: String
    public var batch: String
    /// 抽样数量 and 抽样基数, as the rules word them (`3 卷 / 120 卷`).
    public var quantity: String
    public var sampledFrom: SampledFrom
    /// How the samples were picked at random (e.g. numbered pallets, drawn lots).
    public var randomMethod: String
    /// 封样 — seal numbers or how the samples were sealed.
    public var seal: String

    public init(product: String, model: String, batch: String, quantity: String, sampledFrom: SampledFrom, randomMethod: String, seal: String) {
        self.product = product
        self.model = model
        self.batch = batch
        self.quantity = quantity
        self.sampledFrom = sampledFrom
        self.randomMethod = randomMethod
        self.seal = seal
    }

    /// Reads and checks the slip's fields; issues name `slip.<field>`.
    public static func read(
        product: String?, model: String?, batch: String?, quantity: String?, sampledFrom: String?, randomMethod: String?, seal: String?,
        into issues: inout [FieldIssue]
    ) -> SampleSlip {
        let limit = OversightText.shortLimit
        let slip = SampleSlip(
            product: OversightText.read(product, field: "slip.product", limit: limit, into: &issues),
            model: OversightText.read(model, field: "slip.model", limit: limit, into: &issues),
            batch: OversightText.read(batch, field: "slip.batch", limit: limit, into: &issues),
            quantity: OversightText.read(quantity, field: "slip.quantity", limit: limit, into: &issues),
            sampledFrom: SampledFrom(rawValue: sampledFrom ?? "") ?? .finishedGoodsStore,
            randomMethod: OversightText.read(randomMethod, field: "slip.randomMethod", into: &issues),
            seal: OversightText.read(seal, field: "slip.seal", limit: limit, into: &issues)
        )
        if SampledFrom(rawValue: sampledFrom ?? "") == nil {
            issues.append(FieldIssue(field: "slip.sampledFrom", problem: (sampledFrom ?? "").isEmpty ? .missing : .unknownValue(sampledFrom ?? "")))
        }
        return slip
    }
}

/// 检验报告 — the lab's report, 一式二份 (第四十七条), and its result.
public struct SamplingReport: Hashable, Sendable {
    public var number: String
    public var issuedOn: CivilDate
    public var copies: Int
    public var passed: Bool
    public var summary: String

    public init(number: String, issuedOn: CivilDate, copies: Int, passed: Bool, summary: String) {
        self.number = number
        self.issuedOn = issuedOn
        self.copies = copies
        self.passed = passed
        self.summary = summary
    }
}

/// 监督检验 — one supervision sampling: why, what was taken, when and to
/// which lab it went, and what the lab found. The enterprise pays nothing
/// (产品监督检验不得向企业收取费用, 第四十七条).
public struct Sampling: Hashable, Sendable {
    public var caseNumber: CaseNumber
    public var creditCode: UnifiedSocialCreditCode
    public var enterpriseName: String
    public var district: DistrictCode
    public var grounds: [SamplingGround]
    public var groundNote: String
    public var slip: SampleSlip
    public var sampledOn: CivilDate
    public var laboratoryCode: UnifiedSocialCreditCode?
    public var laboratoryName: String?
    public var sentOn: CivilDate?
    public var report: SamplingReport?

    public init(
        caseNumber: CaseNumber, creditCode: UnifiedSocialCreditCode, enterpriseName: String, district: DistrictCode, grounds: [SamplingGround],
        groundNote: String, slip: SampleSlip, sampledOn: CivilDate, laboratoryCode: UnifiedSocialCreditCode? = nil, laboratoryName: String? = nil,
        sentOn: CivilDate? = nil, report: SamplingReport? = nil
    ) {
        self.caseNumber = caseNumber
        self.creditCode = creditCode
        self.enterpriseName = enterpriseName
        self.district = district
        self.grounds = grounds
        self.groundNote = groundNote
        self.slip = slip
        self.sampledOn = sampledOn
        self.laboratoryCode = laboratoryCode
        self.laboratoryName = laboratoryName
        self.sentOn = sentOn
        self.report = report
    }

    /// The last day to send the samples to the lab.
    public var dispatchDue: CivilDate { SamplingRules.dispatchDue(sampledOn: sampledOn) }

    /// Sent after the 7 days: flagged, not refused, since the seed sets a
    /// deadline rather than forbidding a late dispatch.
    public var sentLate: Bool { sentOn.map { $0 > dispatchDue } ?? false }

    /// Not sent and the 7 days are over on `today`.
    public func isOverdue(on today: CivilDate) -> Bool { sentOn == nil && today > dispatchDue }
}

/// The rules of supervision sampling, pure.
public enum SamplingRules {
    /// 7日内寄送 — counted in calendar days (日), as the seed writes them.
    public static let dispatchDays = 7
    public static let reportCopies = 2
    public static let noFee = Bilingual("产品监督检验不得向企业收取费用（第四十七条）。", en: "The enterprise pays nothing for a supervision test (art. 47).")

    public static func dispatchDue(sampledOn: CivilDate) -> CivilDate { sampledOn.adding(days: dispatchDays) }

    /// Grounds given at least once each, `other` with its note.
    public static func grounds(_ values: [String], note: String?, into issues: inout [FieldIssue]) -> ([SamplingGround], String) {
        var grounds: [SamplingGround] = []
        for (index, value) in values.enumerated() {
            guard let ground = SamplingGround(rawValue: value) else {
                issues.append(FieldIssue(field: "grounds[\(index)]", problem: .unknownValue(value)))
                continue
            }
            if !grounds.contains(ground) { grounds.append(ground) }
        }
        if values.isEmpty { issues.append(FieldIssue(field: "grounds", problem: .missing)) }
        let note = OversightText.read(note, field: "groundNote", required: grounds.contains(.other), into: &issues)
        return (grounds, note)
    }

    /// The day samples were sent: not before they were taken nor after `today`.
    public static func dispatch(sentOn: String?, sampledOn: CivilDate, today: CivilDate) throws(OversightRefusal) -> CivilDate {
        var issues: [FieldIssue] = []
        guard let date = OversightText.date(sentOn, field: "sentOn", into: &issues) else { throw .invalid(issues) }
        guard date >= sampledOn, date <= today else { throw .dispatchDate(sampledOn: sampledOn) }
        return date
    }

    /// A report of two copies, its number, date (not in the future) and result.
    public static func report(
        number: String?, issuedOn: String?, copies: Int?, passed: Bool?, summary: String?, sentOn: CivilDate, today: CivilDate
    ) throws(OversightRefusal) -> SamplingReport {
        var issues: [FieldIssue] = []
        let number = OversightText.read(number, field: "reportNumber", limit: OversightText.shortLimit, into: &issues)
        let issued = OversightText.date(issuedOn, field: "issuedOn", into: &issues)
        if let issued, issued < sentOn || issued > today { issues.append(FieldIssue(field: "issuedOn", problem: .notAllowed)) }
        let summary = OversightText.read(summary, field: "summary", into: &issues)
        if passed == nil { issues.append(FieldIssue(field: "passed", problem: .missing)) }
        if copies == nil { issues.append(FieldIssue(field: "copies", problem: .missing)) }
        try InvalidInput.checkOversight(issues)
        guard copies == reportCopies else { throw .reportCopies(copies ?? 0) }
        return SamplingReport(number: number, issuedOn: issued!, copies: reportCopies, passed: passed!, summary: summary)
    }
}
