import Foundation
import PermitCore
import Testing

@Suite("Video continuity — one recording from the start to the end of the check (REC-5)")
struct VideoContinuityTests {
    /// 2026-03-15 09:00:00 China time.
    static let nine = Date(timeIntervalSince1970: 1_773_536_400)
    static let check = DateInterval(start: nine, duration: 3 * 3600)

    static func at(_ minutes: Double) -> Date { nine.addingTimeInterval(minutes * 60) }

    static func video(_ number: Int, from minutes: Double?, for length: Double?) -> RecordedVideo {
        let id = CaseRecordID(rawValue: UUID(uuidString: "00000000-0000-0000-0000-0000000000\(number.zeroPadded(2))")!)
        return RecordedVideo(
            VideoReference(record: id, label: "第\(number)段"), startedAt: minutes.map(at), duration: length.map { $0 * 60 })
    }

    @Test("Files a recorder split end to end, a second apart, cover the check")
    func continuous() {
        let videos = [Self.video(2, from: 60, for: 60), Self.video(1, from: -1, for: 61.0 - 1.0 / 60), Self.video(3, from: 120, for: 61)]
        #expect(VideoContinuity.problems(check: Self.check, videos: videos).isEmpty)
    }

    @Test("A late first file, a gap and an early end are each reported with their times")
    func shortfalls() {
        let (one, two) = (Self.video(1, from: 5, for: 50), Self.video(2, from: 70, for: 100))
        let problems = VideoContinuity.problems(check: Self.check, videos: [two, one])
        #expect(problems == [
            .videoStartsAfterCheckBegan(one.reference, checkStart: Self.nine, recordingStart: Self.at(5)),
            .videoGap(after: one.reference, before: two.reference, from: Self.at(55), to: Self.at(70)),
            .videoEndsBeforeCheckEnded(two.reference, recordingEnd: Self.at(170), checkEnd: Self.at(180)),
        ])
        #expect(problems.map(\.code) == ["video.starts-after-check-began", "video.gap", "video.ends-before-check-ended"])
        #expect(problems[1].message == Bilingual(
            "视频“第1段”与“第2段”之间有 15 分钟 未录制（2026-03-15 09:55:00 至 2026-03-15 10:10:00）。",
            en: "Nothing was recorded for 15 min between video “第1段” and “第2段” (2026-03-15 09:55:00 to 2026-03-15 10:10:00)."
        ))
        #expect(problems[0].message.zhHans.contains("晚 5 分钟"))
        #expect(problems[2].message.en.contains("10 min before the on-site check ended at 2026-03-15 12:00:00"))
    }

    @Test("A file inside another adds nothing; the gap is measured from the longer one's end")
    func overlapping() {
        let long = Self.video(1, from: 0, for: 100)
        let inner = Self.video(2, from: 10, for: 5)
        let after = Self.video(3, from: 101, for: 79)
        #expect(VideoContinuity.problems(check: Self.check, videos: [long, inner, after]) == [
            .videoGap(after: long.reference, before: after.reference, from: Self.at(100), to: Self.at(101)),
        ])
    }

    @Test("Unknown lengths and starts are reported; no gap is claimed after a file of unknown length")
    func unknowns() {
        let unknownLength = Self.video(1, from: 0, for: nil)
        let unknownStart = Self.video(2, from: nil, for: 30)
        let last = Self.video(3, from: 100, for: 80)
        #expect(VideoContinuity.problems(check: Self.check, videos: [unknownLength, unknownStart, last]) == [
            .videoDurationUnknown(unknownLength.reference),
            .videoStartUnknown(unknownStart.reference),
        ])
        #expect(EvidenceProblem.videoDurationUnknown(unknownLength.reference).code == "video.duration-unknown")
        #expect(EvidenceProblem.videoStartUnknown(unknownStart.reference).code == "video.start-unknown")
    }

    @Test("Files wholly before or after the check do not count; with none left, nothing covers it")
    func outside() {
        let before = Self.video(1, from: -60, for: 30)
        let after = Self.video(2, from: 180, for: 10)
        let problems = VideoContinuity.problems(check: Self.check, videos: [before, after])
        #expect(problems == [.videoNoneDuringCheck(Self.check)])
        #expect(problems[0].code == "video.none-during-check")
        #expect(VideoContinuity.problems(check: Self.check, videos: []) == [.videoNoneDuringCheck(Self.check)])
    }

    @Test("The slack decides what counts as a gap")
    func slack() {
        // 1.2 seconds apart.
        let videos = [Self.video(1, from: 0, for: 90), Self.video(2, from: 90.02, for: 90)]
        #expect(VideoContinuity.problems(check: Self.check, videos: videos).isEmpty)
        #expect(VideoContinuity.problems(check: Self.check, videos: videos, slack: 0).map(\.code) == ["video.gap"])
    }
}
