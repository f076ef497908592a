import Foundation
import PermitCore
import Testing

@Suite("Evidence review — what a node's records leave to look at (REC-4, REC-5, REC-7)")
struct EvidenceReviewTests {
    static func photo(_ node: String, _ sequence: Int, width: Int, height: Int, subject: PhotoSubject? = nil) -> CaseRecord {
        var record = CaseFixtures.evidence(node, .photo, sequence)
        record.evidence = RecordEvidence(size: 1000, mediaType: "image/jpeg", width: width, height: height, subject: subject?.rawValue)
        return record
    }

    @Test("a photo under five million pixels is a problem; exactly five million is not")
    func resolution() {
        #expect(EvidenceReview.problems(of: Self.photo("factory-entry", 1, width: 2000, height: 1500)).map(\.code) == ["photo.below-5-megapixels"])
        #expect(EvidenceReview.problems(of: Self.photo("factory-entry", 2, width: 2500, height: 2000)).isEmpty)
    }

    @Test("a video saved more than 24 hours after it ended is late; one that does not say when it began is flagged")
    func videos() {
        var video = CaseFixtures.evidence("first-meeting", .video, 1)
        video.evidence = RecordEvidence(size: 1, mediaType: "video/mp4", durationSeconds: 3600, capturedAt: CaseFixtures.opened)
        video.recordedAt = CaseFixtures.opened.addingTimeInterval(3600 + 24 * 3600 + 1)
        #expect(EvidenceReview.problems(of: video).map(\.code) == ["record.late"])
        video.recordedAt = CaseFixtures.opened.addingTimeInterval(3600 + 24 * 3600)
        #expect(EvidenceReview.problems(of: video).isEmpty)
        video.evidence?.capturedAt = nil
        #expect(EvidenceReview.problems(of: video).map(\.code) == ["video.start-unknown"])
    }

    @Test("the factory entry wants its gate and landmarks until tagged photos show them; corrected records no longer count")
    func checklist() throws {
        var subject = CaseFixtures.onSiteReview()
        let entry = CaseFixtures.key("factory-entry")
        #expect(EvidenceReview.problems(at: entry, in: subject).map(\.code) == ["photo.missing", "photo.missing"])
        subject.records.append(Self.photo("factory-entry", 1, width: 3000, height: 2000, subject: .factoryGate))
        subject.records.append(Self.photo("factory-entry", 2, width: 3000, height: 2000, subject: .staffPointing))
        #expect(EvidenceReview.problems(at: entry, in: subject).isEmpty)
        var correction = Self.photo("factory-entry", 3, width: 1000, height: 1000, subject: .factoryGate)
        correction.supersedes = subject.records[0].id
        subject.records.append(correction)
        let problems = EvidenceReview.problems(at: entry, in: subject)
        #expect(problems.map(\.code) == ["photo.below-5-megapixels"])
        #expect(problems.first?.message.zhHans.contains("1000×1000") == true)
    }
}
