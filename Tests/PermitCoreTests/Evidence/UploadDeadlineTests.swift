import Foundation
import PermitCore
import Testing

@Suite("Saving within 24 hours — 音像记录结束后24小时内保存 (REC-7)")
struct UploadDeadlineTests {
    /// 2026-03-15 12:00:00 China time.
    static let ended = Date(timeIntervalSince1970: 1_773_547_200)

    @Test("Due 24 hours after the recording ended; on the due second still in time, a second later late")
    func dueAndLate() {
        let due = Self.ended.addingTimeInterval(24 * 3600)
        #expect(UploadDeadline.due(recordingEnded: Self.ended) == due)
        #expect(UploadDeadline.problem(recordingEnded: Self.ended, uploadedAt: Self.ended.addingTimeInterval(3600)) == nil)
        #expect(UploadDeadline.problem(recordingEnded: Self.ended, uploadedAt: due) == nil)
        let late = UploadDeadline.problem(recordingEnded: Self.ended, uploadedAt: due.addingTimeInterval(1))
        #expect(late == .recordLate(recordingEnded: Self.ended, due: due, uploadedAt: due.addingTimeInterval(1)))
        #expect(late?.code == "record.late")
    }

    @Test("Where saving was impossible until later, the 24 hours run from then")
    func conditionsAllowing() {
        let allowed = Self.ended.addingTimeInterval(30 * 3600)
        let uploaded = Self.ended.addingTimeInterval(50 * 3600)
        #expect(UploadDeadline.due(recordingEnded: Self.ended, conditionsAllowedAt: allowed) == allowed.addingTimeInterval(24 * 3600))
        #expect(UploadDeadline.problem(recordingEnded: Self.ended, uploadedAt: uploaded, conditionsAllowedAt: allowed) == nil)
        // A time before the recording ended cannot bring the deadline forward.
        #expect(UploadDeadline.due(recordingEnded: Self.ended, conditionsAllowedAt: Self.ended.addingTimeInterval(-3600))
            == Self.ended.addingTimeInterval(24 * 3600))
    }

    @Test("The message names the end, the due time, the upload and how late, in China time")
    func message() {
        let due = Self.ended.addingTimeInterval(24 * 3600)
        let message = EvidenceProblem.recordLate(recordingEnded: Self.ended, due: due, uploadedAt: due.addingTimeInterval(3725)).message
        #expect(message.zhHans == "录制于 2026-03-15 12:00:00 结束，应在 2026-03-16 12:00:00 前保存，实际上传于 2026-03-16 13:02:05，超时 1 小时 2 分钟 5 秒。")
        #expect(message.en == "Recording ended at 2026-03-15 12:00:00 and was due by 2026-03-16 12:00:00; it was uploaded at 2026-03-16 13:02:05, 1 h 2 min 5 s late.")
    }
}
