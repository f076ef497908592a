/// 一单一书一照 (LIC-2): the business licence (营业执照) the application must
/// carry, and any other attachment the enterprise adds — each a finished
/// upload of its own, kept by content (SHA-256) in the evidence store, and
/// recorded with the application's case when it is submitted.
public struct ApplicationAttachment: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case businessLicence = "business-licence"
        case other

        public var name: Bilingual {
            switch self {
            case .businessLicence: Bilingual("营业执照", en: "Business licence")
            case .other: Bilingual("其他材料", en: "Other material")
            }
        }
    }

    /// What a scan of paper may be: PDF or a photo of it.
    public static let acceptedMediaTypes: Set<String> = ["application/pdf", "image/jpeg", "image/png", "image/heic"]
    public static let maximumCount = 20

    public var kind: Kind
    public var label: String
    public var sha256: String
    public var mediaType: String
    public var size: Int

    public init(kind: Kind, label: String, sha256: String, mediaType: String, size: Int) {
        self.kind = kind
        self.label = label
        self.sha256 = sha256
        self.mediaType = mediaType
        self.size = size
    }
}
