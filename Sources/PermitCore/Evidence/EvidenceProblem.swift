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
    /// REC-5: no video overlaps the on-site check at all.
    case videoNoneDuringCheck(DateInterval)
    /// REC-5: the first recording began after the check had.
    case videoStartsAfterCheckBegan(VideoReference, checkStart: Date, recordingStart: Date)
    /// REC-5: the recording stopped before the check ended.
    case videoEndsBeforeCheckEnded(VideoReference, recordingEnd: Date, checkEnd: Date)
    /// REC-5: nothing was recorded between two files.
    case videoGap(after: VideoReference, before: VideoReference, from: Date, to: Date)
    /// The file does not say how long it is, so continuity after it is unknown.
    case videoDurationUnknown(VideoReference)
    /// The file does not say when it was recorded.
    case videoStartUnknown(VideoReference)
    /// REC-5: a statement of the step is not marked in any of its videos.
    case statementMissing(node: NodeKey, StatementItem)
    /// REC-7: saved more than 24 hours after the recording ended.
    case recordLate(recordingEnded: Date, due: Date, uploadedAt: Date)

    public var code: String {
        switch self {
        case .photoBelowFiveMegapixels: "photo.below-5-megapixels"
        case .photoSizeUnknown: "photo.size-unknown"
        case .photoMissing: "photo.missing"
        case .videoNoneDuringCheck: "video.none-during-check"
        case .videoStartsAfterCheckBegan: "video.starts-after-check-began"
        case .videoEndsBeforeCheckEnded: "video.ends-before-check-ended"
        case .videoGap: "video.gap"
        case .videoDurationUnknown: "video.duration-unknown"
        case .videoStartUnknown: "video.start-unknown"
        case .statementMissing: "statement.missing"
        case .recordLate: "record.late"
        }
    }
}
