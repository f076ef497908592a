import Foundation

public typealias ClassificationRecordID = Identifier<ClassificationRecord>

/// One classification decision (分类结果): which class a district gave an
/// enterprise, for which product category, why, on what evidence, when and
/// by whom. Decisions are never edited or deleted: the newest per category
/// is the class in force, the others are the history (第十八条 分类档案).
public struct ClassificationRecord: Hashable, Sendable {
    public let id: ClassificationRecordID
    public let creditCode: UnifiedSocialCreditCode
    /// 产品类别 — nil when the enterprise's licensed products are all of one
    /// category, or the district classifies the enterprise as a whole.
    public let category: ProductCategoryCode?
    public let supervisionClass: SupervisionClass
    /// 分类理由
    public let reason: String
    /// 依据 — the facts or records the class rests on, as text.
    public let evidence: String
    /// 承诺书 — the SHA-256 (hex) of the uploaded scan of the enterprise's
    /// written self-commitment the district reviewed; present exactly when
    /// the class is AA.
    public let commitment: String?
    /// The production district that decided it (第十五条).
    public let district: DistrictCode
    public let classifiedOn: CivilDate
    public let classifiedBy: ActorReference
    /// When it was written, once stored: tells which came first of a
    /// decision and a fact of the same day.
    public let decidedAt: Date?

    public init(
        id: ClassificationRecordID, creditCode: UnifiedSocialCreditCode, category: ProductCategoryCode?, supervisionClass: SupervisionClass,
        reason: String, evidence: String, commitment: String?, district: DistrictCode, classifiedOn: CivilDate, classifiedBy: ActorReference,
        decidedAt: Date? = nil
    ) {
        self.id = id
        self.creditCode = creditCode
        self.category = category
        self.supervisionClass = supervisionClass
        self.reason = reason
        self.evidence = evidence
        self.commitment = commitment
        self.district = district
        self.classifiedOn = classifiedOn
        self.classifiedBy = classifiedBy
        self.decidedAt = decidedAt
    }
}

/// A request to classify, as an officer states it.
public struct ClassificationRequest: Hashable, Sendable {
    public var category: ProductCategoryCode?
    public var supervisionClass: SupervisionClass
    public var reason: String
    public var evidence: String
    public var commitment: String?

    public init(category: ProductCategoryCode?, supervisionClass: SupervisionClass, reason: String, evidence: String, commitment: String? = nil) {
        self.category = category
        self.supervisionClass = supervisionClass
        self.reason = reason
        self.evidence = evidence
        self.commitment = commitment
    }
}

public enum ClassificationRefusal: Error, Hashable, Sendable {
    case invalid(InvalidInput)
    /// 不允许越级上升 (第三十三条): from the class in force, at most one step up.
    case riseTooFar(from: SupervisionClass, to: SupervisionClass)
    /// AA needs the enterprise's written self-commitment (第八条).
    case commitmentRequired
    /// 第九条: no AA commitment is accepted before `until`.
    case commitmentBanned(until: CivilDate)
    /// Only licensed enterprises (获证企业) are classified (第六条).
    case notLicensed
}
