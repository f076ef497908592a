import Foundation

public typealias QualityFactID = Identifier<QualityFact>

/// 质量信息 — one recorded fact about an enterprise's product quality that
/// classification reads (第八条, 第九条, 第三十二条, 第三十三条): a failed
/// sampling inspection, a refusal of sampling, a penalty, verified exposure
/// or complaints, a serious hazard, a broken AA commitment, a substantial
/// change. Facts are only ever added; a correction is a new fact.
public struct QualityFact: Hashable, Sendable {
    public let id: QualityFactID
    public let creditCode: UnifiedSocialCreditCode
    public let kind: Kind
    /// The day it happened (the sampling's, the decision's, the finding's).
    public let occurredOn: CivilDate
    /// What happened, in the officer's words.
    public let description: String
    /// Where it comes from: a case number, a decision's number; may be empty.
    public let source: String
    public let district: DistrictCode
    public let recordedOn: CivilDate
    public let recordedBy: ActorReference
    /// When it was written, once stored.
    public let recordedAt: Date?

    public init(
        id: QualityFactID, creditCode: UnifiedSocialCreditCode, kind: Kind, occurredOn: CivilDate, description: String, source: String,
        district: DistrictCode, recordedOn: CivilDate, recordedBy: ActorReference, recordedAt: Date? = nil
    ) {
        self.id = id
        self.creditCode = creditCode
        self.kind = kind
        self.occurredOn = occurredOn
        self.description = description
        self.source = source
        self.district = district
        self.recordedOn = recordedOn
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// Whether `decision` was taken with this fact before the officer: after
    /// it was written, or (without the times) on or after its day.
    public func isAnswered(by decision: ClassificationRecord) -> Bool {
        if let decided = decision.decidedAt, let recordedAt { return decided > recordedAt }
        return decision.classifiedOn >= recordedOn
    }

    /// The kinds of fact, each with what it qualifies.
    public enum Kind: Hashable, Sendable {
        /// 产品质量监督抽查不合格, at the level that organised it.
        case failedSampling(SamplingLevel)
        /// 拒绝产品质量监督抽查
        case refusedSampling
        /// 产品质量行政处罚
        case qualityPenalty
        /// 经查实的媒体曝光或消费者反映强烈的产品质量问题
        case exposureOrComplaints
        /// 质量保证能力存在严重隐患
        case seriousHazard
        /// 虚假承诺或不履行自我承诺 (AA, 第九条)
        case brokenCommitment
        /// 较大变化 of standards, rules, conditions or process (第三十二条).
        case substantialChange(ChangeAspect)

        /// The stored and API name of the kind, without its qualifier.
        public var code: String {
            switch self {
            case .failedSampling: "failed-sampling"
            case .refusedSampling: "refused-sampling"
            case .qualityPenalty: "quality-penalty"
            case .exposureOrComplaints: "exposure-or-complaints"
            case .seriousHazard: "serious-hazard"
            case .brokenCommitment: "broken-commitment"
            case .substantialChange: "substantial-change"
            }
        }

        /// `level` for a failed sampling, `aspect` for a change; empty else.
        public var qualifier: String {
            switch self {
            case .failedSampling(let level): level.rawValue
            case .substantialChange(let aspect): aspect.rawValue
            default: ""
            }
        }

        public static let codes = ["failed-sampling", "refused-sampling", "quality-penalty", "exposure-or-complaints", "serious-hazard",
                                   "broken-commitment", "substantial-change"]

        /// Reads a code and its qualifier back, or names the field at fault.
        public static func parse(code: String, qualifier: String) throws(InvalidInput) -> Kind {
            let qualifier = qualifier.trimmingWhitespaceAndNewlines()
            switch code.trimmingWhitespaceAndNewlines() {
            case "failed-sampling":
                guard let level = SamplingLevel(rawValue: qualifier) else { throw refusal("level", qualifier) }
                return .failedSampling(level)
            case "refused-sampling": return .refusedSampling
            case "quality-penalty": return .qualityPenalty
            case "exposure-or-complaints": return .exposureOrComplaints
            case "serious-hazard": return .seriousHazard
            case "broken-commitment": return .brokenCommitment
            case "substantial-change":
                guard let aspect = ChangeAspect(rawValue: qualifier) else { throw refusal("aspect", qualifier) }
                return .substantialChange(aspect)
            case let other: throw refusal("kind", other)
            }
        }

        private static func refusal(_ field: String, _ value: String) -> InvalidInput {
            InvalidInput([FieldIssue(field: field, problem: value.isEmpty ? .missing : .unknownValue(value))])
        }

        public var name: Bilingual {
            switch self {
            case .failedSampling(let level):
                Bilingual("\(level.name.zhHans)产品质量监督抽查不合格", en: "Failed \(level.name.en) sampling inspection")
            case .refusedSampling: Bilingual("拒绝产品质量监督抽查", en: "Refused a sampling inspection")
            case .qualityPenalty: Bilingual("产品质量行政处罚", en: "Administrative penalty for quality")
            case .exposureOrComplaints: Bilingual("经查实的媒体曝光或消费者反映强烈的质量问题", en: "Verified media exposure or strong complaints")
            case .seriousHazard: Bilingual("质量保证能力存在严重隐患", en: "Serious quality hazard")
            case .brokenCommitment: Bilingual("AA类企业虚假承诺或不履行自我承诺", en: "False or broken AA self-commitment")
            case .substantialChange(let aspect): Bilingual("\(aspect.name.zhHans)发生较大变化", en: "Substantial change of \(aspect.name.en)")
            }
        }
    }

    /// Who organised a sampling inspection: only provincial-or-higher ones
    /// count towards the two of 第八条; any failure calls for C (第三十二条).
    public enum SamplingLevel: String, CaseIterable, Hashable, Sendable {
        /// 国家监督抽查
        case national
        /// 省级（本市市级）监督抽查 — the city bureau is provincial-level.
        case provincial
        /// 区级监督抽查 or 监督检验 of the district.
        case district

        public var countsForArticle8: Bool { self != .district }

        public var name: Bilingual {
            switch self {
            case .national: Bilingual("国家", en: "national")
            case .provincial: Bilingual("省（市）级", en: "provincial")
            case .district: Bilingual("区级", en: "district")
            }
        }
    }

    /// What changed substantially (第三十二条).
    public enum ChangeAspect: String, CaseIterable, Hashable, Sendable {
        /// 产品标准
        case standards
        /// 实施细则
        case rules
        /// 企业生产条件、检验手段
        case conditions
        /// 生产技术或者工艺
        case process

        public var name: Bilingual {
            switch self {
            case .standards: Bilingual("产品标准", en: "product standards")
            case .rules: Bilingual("实施细则", en: "implementation rules")
            case .conditions: Bilingual("生产条件或检验手段", en: "production conditions or testing means")
            case .process: Bilingual("生产技术或工艺", en: "production technology or process")
            }
        }
    }
}

extension QualityFacts {
    /// The article 8 view of recorded facts: failed samplings count only at
    /// provincial level or higher.
    public init(_ facts: [QualityFact]) {
        self.init()
        for fact in facts {
            switch fact.kind {
            case .failedSampling(let level) where level.countsForArticle8: failedSamplings.append(fact.occurredOn)
            case .refusedSampling: refusedSampling = true
            case .qualityPenalty: qualityPenalty = true
            case .exposureOrComplaints: verifiedExposureOrComplaints = true
            default: break
            }
        }
    }
}
