import Foundation

/// The recorded facts the C criteria of 第八条 read (SUP-2): what sampling,
/// penalties and complaints show about an enterprise.
public struct QualityFacts: Hashable, Sendable {
    /// Days of failed provincial-or-higher sampling inspections (省级以上
    /// 产品质量监督抽查不合格).
    public var failedSamplings: [CivilDate]
    /// 拒绝产品质量监督抽查
    public var refusedSampling: Bool
    /// 产品质量行政处罚记录
    public var qualityPenalty: Bool
    /// 经查实的媒体曝光及消费者反映强烈的产品质量问题
    public var verifiedExposureOrComplaints: Bool

    public init(failedSamplings: [CivilDate] = [], refusedSampling: Bool = false, qualityPenalty: Bool = false, verifiedExposureOrComplaints: Bool = false) {
        self.failedSamplings = failedSamplings
        self.refusedSampling = refusedSampling
        self.qualityPenalty = qualityPenalty
        self.verifiedExposureOrComplaints = verifiedExposureOrComplaints
    }

    /// Why the facts call for class C on `day`; empty when they do not.
    public func groundsForC(on day: CivilDate) -> [GroundForC] {
        // 近3年: the three years up to and including `day`.
        let since = day.addingYears(-3)
        let recent = failedSamplings.filter { $0 > since && $0 <= day }.count
        var grounds: [GroundForC] = []
        if recent >= 2 { grounds.append(.failedSamplings(recent)) }
        if refusedSampling { grounds.append(.refusedSampling) }
        if qualityPenalty { grounds.append(.qualityPenalty) }
        if verifiedExposureOrComplaints { grounds.append(.exposureOrComplaints) }
        return grounds
    }

    /// The system proposes C when any ground holds; the officer decides.
    public func proposesC(on day: CivilDate) -> Bool { !groundsForC(on: day).isEmpty }
}

/// One ground of 第八条 for class C.
public enum GroundForC: Hashable, Sendable {
    case failedSamplings(Int)
    case refusedSampling
    case qualityPenalty
    case exposureOrComplaints

    public var text: Bilingual {
        switch self {
        case .failedSamplings(let count):
            Bilingual("近3年省级以上产品质量监督抽查不合格\(count)次", en: "\(count) failed provincial-or-higher sampling inspections in 3 years")
        case .refusedSampling: Bilingual("拒绝产品质量监督抽查", en: "Refused a sampling inspection")
        case .qualityPenalty: Bilingual("有产品质量行政处罚记录", en: "Administrative penalty for quality")
        case .exposureOrComplaints: Bilingual("经查实的媒体曝光或消费者反映强烈的产品质量问题", en: "Verified media exposure or strong consumer complaints")
        }
    }
}
