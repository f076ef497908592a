import Foundation
import PermitCore
import Testing

@Suite("Evidence problems — stable codes and words in both languages")
struct EvidenceProblemTests {
    static let video = VideoReference(record: CaseRecordID(rawValue: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!), label: "v1")
    static let now = Date(timeIntervalSince1970: 1_773_536_400)

    static let oneOfEach: [EvidenceProblem] = [
        .photoBelowFiveMegapixels(PixelSize(width: 1, height: 1)),
        .photoSizeUnknown,
        .photoMissing(PhotoShortfall(item: "factory-gate", device: nil, wanting: [PhotoCount(.factoryGate, 1)])),
        .videoNoneDuringCheck(DateInterval(start: now, duration: 60)),
        .videoStartsAfterCheckBegan(video, checkStart: now, recordingStart: now.addingTimeInterval(60)),
        .videoEndsBeforeCheckEnded(video, recordingEnd: now, checkEnd: now.addingTimeInterval(60)),
        .videoGap(after: video, before: video, from: now, to: now.addingTimeInterval(60)),
        .videoDurationUnknown(video),
        .videoStartUnknown(video),
        .statementMissing(node: NodeKey(rawValue: "first-meeting")!, StatementItem(id: "chair", name: Bilingual("主持", en: "chair"))),
        .recordLate(recordingEnded: now, due: now, uploadedAt: now.addingTimeInterval(1)),
    ]

    @Test("Every code is distinct, dotted and lower-case")
    func codes() {
        let codes = Self.oneOfEach.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.contains(".") && $0 == $0.lowercased() && !$0.contains(" ") })
        #expect(codes.contains("photo.below-5-megapixels") && codes.contains("video.gap") && codes.contains("record.late"))
    }

    @Test("Every message has Chinese and English, and neither leaks a record's UUID")
    func messages() {
        for problem in Self.oneOfEach {
            let message = problem.message
            #expect(message.zhHans.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(problem.code)")
            #expect(!message.en.isEmpty && message.en.unicodeScalars.allSatisfy { $0.value < 0x3000 }, "\(problem.code)")
            #expect(!message.zhHans.contains("00000000") && !message.en.contains("00000000"))
        }
    }

    @Test("Durations in messages round to the second and leave zero parts out")
    func durations() {
        let gap = EvidenceProblem.videoGap(after: Self.video, before: Self.video, from: Self.now, to: Self.now.addingTimeInterval(3600.4))
        #expect(gap.message.zhHans.contains("有 1 小时 未录制"))
        #expect(gap.message.en.contains("for 1 h between"))
        let tiny = EvidenceProblem.videoGap(after: Self.video, before: Self.video, from: Self.now, to: Self.now.addingTimeInterval(0.2))
        #expect(tiny.message.en.contains("for 0 s between"))
    }
}
