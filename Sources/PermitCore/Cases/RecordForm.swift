/// 记录形式 — the form a record of a node takes (seed 000 and 001 tables).
public enum RecordForm: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// 文字 / 文字（电子） — written in the system: a decision, a meeting record.
    case text
    /// 文字（纸质） — a paper document, recorded as its scan.
    case scan
    /// 照片
    case photo
    /// 视频
    case video

    /// Audio-visual recording, the part REC-8 lets a written statement
    /// replace where recording is impossible or not allowed.
    public var isAudioVisual: Bool { self == .photo || self == .video }

    public var name: Bilingual {
        switch self {
        case .text: Bilingual("文字", en: "text")
        case .scan: Bilingual("文字（纸质）", en: "paper document")
        case .photo: Bilingual("照片", en: "photo")
        case .video: Bilingual("视频", en: "video")
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
