/// 媒体类型 — what an evidence file is, as read from its bytes (never from
/// the name the client gave it, which anyone can change).
public enum MediaType: String, CaseIterable, Hashable, Sendable, Codable {
    case jpeg = "image/jpeg"
    case png = "image/png"
    /// HEIF with HEVC pictures, the default of most phones' cameras.
    case heic = "image/heic"
    case mp4 = "video/mp4"
    /// MOV, as iPhones and some recorders write it.
    case quickTime = "video/quicktime"
    case pdf = "application/pdf"

    /// The extension a stored or downloaded file of this type is given.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .heic: "heic"
        case .mp4: "mp4"
        case .quickTime: "mov"
        case .pdf: "pdf"
        }
    }

    /// The record form this type is made for.
    public var recordForm: RecordForm {
        switch self {
        case .jpeg, .png, .heic: .photo
        case .mp4, .quickTime: .video
        case .pdf: .scan
        }
    }

    /// Whether a file of this type may stand as a record of `form`. A paper
    /// document (文字（纸质）) is as often photographed as scanned, so images
    /// also fit a scan; nothing fits `text`, which is written in the system.
    public func fits(_ form: RecordForm) -> Bool {
        switch form {
        case .text: false
        case .photo, .video: recordForm == form
        case .scan: recordForm == .scan || recordForm == .photo
        }
    }
}
