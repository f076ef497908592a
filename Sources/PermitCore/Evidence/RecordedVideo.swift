import Foundation

/// A video record of a node as the continuity rule sees it: when the
/// recorder started and for how long, either of which a file may not say.
public struct RecordedVideo: Hashable, Sendable {
    public var reference: VideoReference
    public var startedAt: Date?
    /// Seconds.
    public var duration: TimeInterval?

    public init(_ reference: VideoReference, startedAt: Date?, duration: TimeInterval?) {
        self.reference = reference
        self.startedAt = startedAt
        self.duration = duration
    }

    public var endedAt: Date? {
        guard let startedAt, let duration else { return nil }
        return startedAt.addingTimeInterval(duration)
    }

    /// The moment `offset` seconds into the video, where its start is known.
    public func instant(at offset: TimeInterval) -> Date? {
        startedAt?.addingTimeInterval(offset)
    }
}

/// Which video a problem is about: its record, and the label people know
/// it by (its file name, or what the reviewer called it).
public struct VideoReference: Hashable, Sendable {
    public var record: CaseRecordID
    public var label: String

    public init(record: CaseRecordID, label: String) {
        self.record = record
        self.label = label
    }
}
