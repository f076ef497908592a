import Foundation

/// 分类建议 — what the recorded facts and the calendar call for; the
/// officer decides, the system only proposes (动态调整, 第三十三条).
public enum ClassificationProposal: Hashable, Sendable {
    /// 第十条: a licensee not yet classified, due by this day (two months
    /// after licensing), normally B; `overdue` once that day has passed, so
    /// a licence from years ago is not worded as a new one.
    case classifyNewLicensee(due: CivilDate, overdue: Bool = false)
    /// 第八条: the C criteria hold.
    case classC([GroundForC])
    /// 第三十二条: a failed sampling inspection makes it C.
    case failedSampling(on: CivilDate)
    /// 第三十三条: a downgrade trigger (penalty, serious hazard, verified
    /// exposure or complaints).
    case downgrade(QualityFact.Kind, on: CivilDate)
    /// 第九条: a false or broken AA commitment → B or C, and no AA
    /// commitment accepted until the day given.
    case commitmentBroken(on: CivilDate, banUntil: CivilDate)
    /// 第三十二条: a substantial change calls for reclassification.
    case reclassify(QualityFact.ChangeAspect, on: CivilDate)

    /// The classes the rule points to; empty where the officer judges freely.
    public var proposedClasses: [SupervisionClass] {
        switch self {
        case .classifyNewLicensee: [.b]
        case .classC, .failedSampling: [.c]
        case .commitmentBroken: [.b, .c]
        case .downgrade, .reclassify: []
        }
    }

    public var text: Bilingual {
        switch self {
        case .classifyNewLicensee(let due, overdue: false):
            Bilingual("新获证企业须于\(due)前完成分类，一般判定为B类（第十条）", en: "New licensee: classify by \(due), normally B (art. 10)")
        case .classifyNewLicensee(let due, overdue: true):
            Bilingual(
                "获证企业尚未分类，已超过获证后两个月的期限（应于\(due)前完成），请尽快分类，一般判定为B类（第十条）",
                en: "Licensee never classified, past the two months after licensing (due \(due)): classify now, normally B (art. 10)"
            )
        case .classC(let grounds):
            Bilingual(
                "符合C类企业条件，建议定为C类（第八条）：" + grounds.map(\.text.zhHans).joined(separator: "；"),
                en: "Meets the class C criteria, propose C (art. 8): " + grounds.map(\.text.en).joined(separator: "; ")
            )
        case .failedSampling(let day):
            Bilingual("\(day)产品质量监督抽查不合格，应调整为C类（第三十二条）", en: "Failed a sampling inspection on \(day): make it C (art. 32)")
        case .downgrade(let kind, let day):
            Bilingual("\(day)\(kind.name.zhHans)，应作降级处理（第三十三条）", en: "\(kind.name.en) on \(day): downgrade (art. 33)")
        case .commitmentBroken(let day, let until):
            Bilingual(
                "\(day)查实虚假承诺或不履行自我承诺，应调整为B类或C类，\(until)前不再接受AA类自我承诺（第九条）",
                en: "False or broken self-commitment found on \(day): make it B or C; no AA commitment accepted before \(until) (art. 9)"
            )
        case .reclassify(let aspect, let day):
            Bilingual("\(day)\(aspect.name.zhHans)发生较大变化，应重新分类（第三十二条）", en: "\(aspect.name.en.capitalized) changed on \(day): reclassify (art. 32)")
        }
    }
}

extension Classification {
    /// 第九条: 5年内不再接受该企业符合AA类企业条件的自我承诺.
    public static let commitmentBanYears = 5

    public static let commitmentRule = Bilingual(
        "AA类企业的分类，须由企业作出书面承诺（承诺书），区级市场监管局审核后，方可定为AA类企业；请上传企业签署的承诺书（《上海市工业产品生产许可证证后监督检查管理办法》第八条）。",
        en: "Class AA needs the enterprise's written self-commitment, reviewed by the district: upload the signed commitment (seed 004 art. 8)."
    )

    public static let commitmentBanRule = Bilingual(
        "对虚假承诺或不履行自我承诺的AA类获证企业，5年内不再接受该企业符合AA类企业条件的自我承诺（《上海市工业产品生产许可证证后监督检查管理办法》第九条）。",
        en: "An AA enterprise whose self-commitment proved false or was broken may not commit to AA again for 5 years (seed 004 art. 9)."
    )

    /// The first day an AA commitment is accepted again, while a broken
    /// commitment's ban runs on `today`; nil when none does.
    public static func commitmentBan(_ facts: [QualityFact], on today: CivilDate) -> CivilDate? {
        facts.filter { $0.kind == .brokenCommitment }.map { $0.occurredOn.addingYears(commitmentBanYears) }.filter { $0 > today }.max()
    }

    /// What the facts and the calendar call for on `today`. A fact is
    /// answered by any decision taken after it was recorded
    /// (`QualityFact.isAnswered(by:)`): the officer had it before them. The article 8 criteria are read
    /// afresh each day, so they hold until the class is C or they lapse.
    public static func proposals(
        history: [ClassificationRecord], facts: [QualityFact], licensedOn: CivilDate?, today: CivilDate
    ) -> [ClassificationProposal] {
        let held = supervisingClass(history)
        var proposals: [ClassificationProposal] = []
        if history.isEmpty, let licensedOn {
            let due = deadline(licensedOn: licensedOn)
            proposals.append(.classifyNewLicensee(due: due, overdue: due < today))
        }
        let grounds = QualityFacts(facts).groundsForC(on: today)
        if !grounds.isEmpty, held != .c { proposals.append(.classC(grounds)) }
        for fact in facts.sorted(by: { $0.occurredOn < $1.occurredOn }) {
            if history.contains(where: fact.isAnswered(by:)) { continue }
            switch fact.kind {
            case .failedSampling where held != .c:
                proposals.append(.failedSampling(on: fact.occurredOn))
            // A `where` would guard only the last of several patterns.
            case .qualityPenalty, .seriousHazard, .exposureOrComplaints:
                if held != .c { proposals.append(.downgrade(fact.kind, on: fact.occurredOn)) }
            case .brokenCommitment where held == nil || held == .aa:
                proposals.append(.commitmentBroken(on: fact.occurredOn, banUntil: fact.occurredOn.addingYears(commitmentBanYears)))
            case .substantialChange(let aspect):
                proposals.append(.reclassify(aspect, on: fact.occurredOn))
            default:
                continue
            }
        }
        return proposals
    }
}
