import Foundation

/// What was read from an original (photo, video, scan) when it was
/// recorded: fixed at that moment, kept with the record and covered by the
/// ledger, so a later reading of the file cannot change what the record said.
public struct RecordEvidence: Hashable, Sendable, Codable {
    public var size: Int
    /// Read from the content, never from the file name.
    public var mediaType: String
    public var width: Int?
    public var height: Int?
    public var durationSeconds: Double?
    /// From EXIF for photos, from the container for videos.
    public var capturedAt: Date?
    public var latitude: Double?
    public var longitude: Double?
    /// The client's file name: metadata shown to people, never a path.
    public var fileName: String?
    /// Stable codes such as `photo.below-5-megapixels`, as found when the
    /// record was made (`EvidenceReview.problems(of:)`).
    public var problems: [String]
    /// What a photo shows (`PhotoSubject`), as the reviewer tagged it.
    public var subject: String?
    /// The device a nameplate or metrology-label photo shows.
    public var device: String?

    public init(
        size: Int, mediaType: String, width: Int? = nil, height: Int? = nil, durationSeconds: Double? = nil, capturedAt: Date? = nil,
        latitude: Double? = nil, longitude: Double? = nil, fileName: String? = nil, problems: [String] = [],
        subject: String? = nil, device: String? = nil
    ) {
        self.subject = subject
        self.device = device
        self.size = size
        self.mediaType = mediaType
        self.width = width
        self.height = height
        self.durationSeconds = durationSeconds
        self.capturedAt = capturedAt
        self.latitude = latitude
        self.longitude = longitude
        self.fileName = fileName
        self.problems = problems
    }
}
