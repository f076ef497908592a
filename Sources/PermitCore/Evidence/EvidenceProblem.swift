import Foundation

/// 问题 — something a reviewer must look at in a node's evidence. Each
/// carries the facts it was found from; its `code` is stable for the API
/// and its `message` is built from those facts.
public enum EvidenceProblem: Hashable, Sendable {
    /// REC-4: fewer than 5 million pixels.
    case photoBelowFiveMegapixels(PixelSize)
    /// REC-4: the photo's size could not be read from the file.
    case photoSizeUnknown
    /// REC-4: the photo checklist is not yet met.
    case photoMissing(PhotoShortfall)

    public var code: String {
        switch self {
        case .photoBelowFiveMegapixels: "photo.below-5-megapixels"
        case .photoSizeUnknown: "photo.size-unknown"
        case .photoMissing: "photo.missing"
        }
    }
}
