import Foundation

/// REC-7: 音像记录结束后，应当在24小时内保存 … 无法及时保存的，在具备条件后
/// 24小时内保存. Saving counts when the file reaches the system.
public enum UploadDeadline {
    public static let period: TimeInterval = 24 * 3600

    /// End of recording plus 24 hours; where saving was impossible until
    /// later (no network on site, a broken recorder), 24 hours from when it
    /// became possible instead.
    public static func due(recordingEnded: Date, conditionsAllowedAt: Date? = nil) -> Date {
        max(recordingEnded, conditionsAllowedAt ?? recordingEnded).addingTimeInterval(period)
    }

    /// `record.late` when the upload came after the due time; on the due
    /// time itself it is still in time.
    public static func problem(recordingEnded: Date, uploadedAt: Date, conditionsAllowedAt: Date? = nil) -> EvidenceProblem? {
        let due = due(recordingEnded: recordingEnded, conditionsAllowedAt: conditionsAllowedAt)
        return uploadedAt > due ? .recordLate(recordingEnded: recordingEnded, due: due, uploadedAt: uploadedAt) : nil
    }
}
