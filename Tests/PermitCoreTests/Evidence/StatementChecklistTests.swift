import Foundation
import PermitCore
import Testing

@Suite("Statements on camera — 现场核查环节记录重点要求 (REC-5)")
struct StatementChecklistTests {
    static let video = CaseRecordID(rawValue: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!)

    @Test("Every step filmed in the on-site review has its checklist, and only those")
    func coversVideoNodes() {
        let filmed = ProcessDefinition.licenseOnSiteReview.nodes
            .filter { $0.requirements.contains(.one(.video)) }.map(\.id)
        #expect(StatementChecklist.licenseOnSiteReview.map(\.node) == filmed)
        for checklist in StatementChecklist.licenseOnSiteReview {
            #expect(!checklist.items.isEmpty && Set(checklist.items.map(\.id)).count == checklist.items.count)
        }
    }

    @Test("Factory entry asks date, enterprise, address and whether it matches the application")
    func factoryEntry() throws {
        let checklist = try #require(StatementChecklist.licenseOnSiteReview(NodeKey(rawValue: "factory-entry")!))
        #expect(checklist.items.map(\.id) == ["date", "enterprise", "address", "address-matches"])
        let ticks = [StatementTick(item: "enterprise", video: Self.video, offset: 12), StatementTick(item: "date", video: Self.video, offset: 5)]
        #expect(checklist.unticked(ticks).map(\.id) == ["address", "address-matches"])
        let all = checklist.items.map { StatementTick(item: $0.id, video: Self.video, offset: 0) }
        #expect(checklist.unticked(all).isEmpty)
        // A tick for an item of another step ticks nothing here.
        #expect(checklist.unticked([StatementTick(item: "chair", video: Self.video, offset: 1)]).count == 4)
    }

    @Test("The final meeting's unticked items become statement.missing problems")
    func problems() throws {
        let node = NodeKey(rawValue: "final-meeting")!
        let checklist = try #require(StatementChecklist.licenseOnSiteReview(node))
        let ticks = ["meeting-time", "conclusions", "review-end"].map { StatementTick(item: $0, video: Self.video, offset: 30) }
        let problems = checklist.problems(ticks)
        #expect(problems == [.statementMissing(node: node, StatementItem(id: "improvements", name: Bilingual("改进要求", en: "Improvement requests")))])
        #expect(problems[0].code == "statement.missing")
        #expect(problems[0].message.zhHans == "尚未在视频中标出对“改进要求”的说明。")
    }

    @Test("A tick fits its own video, within its length where known")
    func fits() {
        let other = CaseRecordID(rawValue: UUID(uuidString: "00000000-0000-0000-0000-000000000002")!)
        let known = RecordedVideo(VideoReference(record: Self.video, label: "v"), startedAt: nil, duration: 600)
        let unknown = RecordedVideo(VideoReference(record: Self.video, label: "v"), startedAt: nil, duration: nil)
        #expect(StatementTick(item: "date", video: Self.video, offset: 600).fits(known))
        #expect(!StatementTick(item: "date", video: Self.video, offset: 601).fits(known))
        #expect(!StatementTick(item: "date", video: Self.video, offset: -1).fits(known))
        #expect(!StatementTick(item: "date", video: other, offset: 5).fits(known))
        #expect(StatementTick(item: "date", video: Self.video, offset: 86_400).fits(unknown))
    }

    @Test("A tick's moment on the clock is the video's start plus its offset")
    func instant() {
        let start = Date(timeIntervalSince1970: 1_773_536_400)
        let video = RecordedVideo(VideoReference(record: Self.video, label: "v"), startedAt: start, duration: 60)
        #expect(video.instant(at: 42) == start.addingTimeInterval(42))
        #expect(video.endedAt == start.addingTimeInterval(60))
    }
}
