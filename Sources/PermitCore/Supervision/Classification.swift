import Foundation

/// The rules of classifying (seed 004 第八条 to 第十条, 第三十一条, 第三十三条),
/// apart from who may classify.
public enum Classification {
    public static let textLimit = 500

    /// 新申请生产许可证企业一般判定为B类企业 (第十条).
    public static let newLicenseeClass = SupervisionClass.b

    /// 第三十三条, quoted in every refusal of a rise by more than one step.
    public static let oneStepRule = Bilingual(
        "对企业的分类不允许越级上升，但可以越级下降（《上海市工业产品生产许可证证后监督检查管理办法》第三十三条）。",
        en: "A class may not rise by more than one level at a time, though it may fall several (seed 004 art. 33)."
    )

    /// The last day to classify a new licensee: two months after the licence
    /// was granted (第十条), the same day of the month or the month's last.
    public static func deadline(licensedOn day: CivilDate) -> CivilDate {
        let months = day.month + 1
        let year = day.year + months / 12
        let month = months % 12 + 1
        let last = CivilDate.daysInMonth(year: year, month: month)
        // A valid year, month and clamped day always form a date.
        return (try? CivilDate(year: year, month: month, day: min(day.day, last))) ?? day
    }

    /// The decision in force per category: the newest of each (by date, then
    /// by position in `history`, which is in the order written).
    public static func current(_ history: [ClassificationRecord]) -> [ProductCategoryCode?: ClassificationRecord] {
        var latest: [ProductCategoryCode?: ClassificationRecord] = [:]
        for record in history {
            if let held = latest[record.category], held.classifiedOn > record.classifiedOn { continue }
            latest[record.category] = record
        }
        return latest
    }

    /// The class the enterprise is supervised by: the lowest in force across
    /// its categories (第三十一条, 按照从严监管的要求, 依据该企业最低类别);
    /// nil when it has not been classified.
    public static func supervisingClass(_ history: [ClassificationRecord]) -> SupervisionClass? {
        current(history).values.map(\.supervisionClass).min()
    }

    /// Checks a request against the decision in force for its category and
    /// returns the new record. A first classification may be any class
    /// (normally B); AA always needs the commitment, and is refused while a
    /// broken commitment's ban runs (第九条). The evidence may be empty: the
    /// reason is what the law asks for.
    public static func classify(
        _ request: ClassificationRequest, id: ClassificationRecordID, creditCode: UnifiedSocialCreditCode, history: [ClassificationRecord],
        facts: [QualityFact] = [], district: DistrictCode, by actor: ActorReference, on day: CivilDate
    ) throws(ClassificationRefusal) -> ClassificationRecord {
        let reason = request.reason.trimmingWhitespaceAndNewlines()
        let evidence = request.evidence.trimmingWhitespaceAndNewlines()
        let commitment = request.commitment?.trimmingWhitespaceAndNewlines()
        var issues = TextRules.lengthProblem(reason, allowed: 1...textLimit).map { [FieldIssue(field: "reason", problem: $0)] } ?? []
        if evidence.textLength > textLimit { issues.append(FieldIssue(field: "evidence", problem: .tooLong(maximum: textLimit))) }
        guard issues.isEmpty else { throw .invalid(InvalidInput(issues)) }
        if let held = current(history)[request.category]?.supervisionClass, request.supervisionClass.rank > held.rank + 1 {
            throw .riseTooFar(from: held, to: request.supervisionClass)
        }
        if request.supervisionClass == .aa, let until = commitmentBan(facts, on: day) { throw .commitmentBanned(until: until) }
        if request.supervisionClass == .aa, (commitment ?? "").isEmpty { throw .commitmentRequired }
        return ClassificationRecord(
            id: id, creditCode: creditCode, category: request.category, supervisionClass: request.supervisionClass, reason: reason,
            evidence: evidence, commitment: request.supervisionClass == .aa ? commitment : nil, district: district, classifiedOn: day,
            classifiedBy: actor
        )
    }
}
