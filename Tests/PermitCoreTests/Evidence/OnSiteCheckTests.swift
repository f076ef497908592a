import Foundation
import PermitCore
import Testing

@Suite("On-site check — the team's times and key devices, held against the recordings (REC-4, REC-5, REC-7)")
struct OnSiteCheckTests {
    static let start = CaseFixtures.date("2026-03-10T01:00:00Z")
    static let end = CaseFixtures.date("2026-03-10T07:00:00Z")
    static let now = CaseFixtures.date("2026-03-11T00:00:00Z")

    static func check(devices: [KeyDevice] = []) throws -> OnSiteCheck {
        try OnSiteCheck.validated(startedAt: start, endedAt: end, devices: devices, now: now)
    }

    static func video(_ node: String, _ sequence: Int, from start: Date, seconds: TimeInterval) -> CaseRecord {
        var record = CaseFixtures.evidence(node, .video, sequence)
        record.evidence = RecordEvidence(size: 1, mediaType: "video/mp4", durationSeconds: seconds, capturedAt: start)
        return record
    }

    @Test("an end before the start, a time to come, an unnamed device are refused by field; names are trimmed")
    func validation() throws {
        #expect(throws: InvalidInput([FieldIssue(field: "endedAt", problem: .notAllowed)])) {
            try OnSiteCheck.validated(startedAt: Self.end, endedAt: Self.start, devices: [], now: Self.now)
        }
        #expect(throws: InvalidInput([FieldIssue(field: "startedAt", problem: .notAllowed)])) {
            try OnSiteCheck.validated(startedAt: Self.now.addingTimeInterval(60), endedAt: nil, devices: [], now: Self.now)
        }
        #expect(throws: InvalidInput([FieldIssue(field: "devices[1].name", problem: .missing)])) {
            try OnSiteCheck.validated(startedAt: Self.start, endedAt: nil, devices: [KeyDevice(name: "拉丝机"), KeyDevice(name: "  ")], now: Self.now)
        }
        let check = try Self.check(devices: [KeyDevice(name: " 拉丝机 "), KeyDevice(name: "火花试验机", area: .inspection, hasMetrologyLabel: true)])
        #expect(check.devices.map(\.name) == ["拉丝机", "火花试验机"])
        #expect(check.devices(at: CaseFixtures.key("production-equipment")).map(\.name) == ["拉丝机"])
        #expect(check.devices(at: CaseFixtures.key("inspection-equipment")).map(\.name) == ["火花试验机"])
        #expect(check.devices(at: CaseFixtures.key("first-meeting")).isEmpty)
        #expect(check.recordingsDue == Self.end.addingTimeInterval(24 * 3600))
        #expect(try OnSiteCheck.validated(startedAt: Self.start, endedAt: nil, devices: [], now: Self.now).recordingsDue == nil)
    }

    @Test("each stated device wants its nameplate photo at its area's check, and a labelled one its label too")
    func devicePhotos() throws {
        var subject = CaseFixtures.onSiteReview()
        let evidence = CaseEvidence(check: try Self.check(devices: [
            KeyDevice(name: "拉丝机"), KeyDevice(name: "火花试验机", area: .inspection, hasMetrologyLabel: true),
        ]))
        let production = CaseFixtures.key("production-equipment"), inspection = CaseFixtures.key("inspection-equipment")
        #expect(EvidenceReview.problems(at: production, in: subject).isEmpty)
        let wanting = EvidenceReview.problems(at: production, in: subject, evidence: evidence)
        #expect(wanting.map(\.code) == ["photo.missing"])
        #expect(wanting.first?.message.zhHans.contains("拉丝机") == true)
        #expect(EvidenceReview.problems(at: inspection, in: subject, evidence: evidence).count == 2)
        let exempted = subject.nodes.firstIndex { $0.key == inspection }!
        var spared = subject
        spared.nodes[exempted].exemption = Exemption(
            ground: .safetyOrFailure, statement: "检验区域停电", recordedAt: CaseFixtures.opened, recordedBy: CaseFixtures.officer
        )
        #expect(EvidenceReview.problems(at: inspection, in: spared, evidence: evidence).isEmpty)
        var nameplate = EvidenceReviewTests.photo("production-equipment", 1, width: 3000, height: 2000, subject: .deviceNameplate)
        nameplate.evidence?.device = "拉丝机"
        subject.records.append(nameplate)
        #expect(EvidenceReview.problems(at: production, in: subject, evidence: evidence).isEmpty)
    }

    @Test("a step's video wants each statement ticked; a tick in another video does not count")
    func statements() throws {
        var subject = CaseFixtures.onSiteReview()
        let meeting = CaseFixtures.key("first-meeting")
        #expect(EvidenceReview.problems(at: meeting, in: subject).isEmpty)
        let video = Self.video("first-meeting", 1, from: Self.start, seconds: 600)
        subject.records.append(video)
        let items = try #require(StatementChecklist.licenseOnSiteReview(meeting)).items.map(\.id)
        #expect(EvidenceReview.problems(at: meeting, in: subject).map(\.code) == Array(repeating: "statement.missing", count: items.count))
        let elsewhere = CaseRecordID(rawValue: UUID())
        var evidence = CaseEvidence(ticks: items.dropLast().enumerated().map { StatementTick(item: $1, video: video.id, offset: $0 * 60) })
        evidence.ticks.append(StatementTick(item: items.last!, video: elsewhere, offset: 5))
        let left = EvidenceReview.problems(at: meeting, in: subject, evidence: evidence)
        #expect(left == [.statementMissing(node: meeting, StatementChecklist.licenseOnSiteReview(meeting)!.items.last!)])
        evidence.ticks.append(StatementTick(item: items.last!, video: video.id, offset: 590))
        #expect(EvidenceReview.problems(at: meeting, in: subject, evidence: evidence).isEmpty)
    }

    @Test("continuity is judged once the check has ended: a late start and a gap are named with their times")
    func continuity() throws {
        var subject = CaseFixtures.onSiteReview()
        subject.records.append(Self.video("factory-entry", 1, from: Self.start.addingTimeInterval(300), seconds: 3600))
        subject.records.append(Self.video("first-meeting", 2, from: Self.start.addingTimeInterval(3900 + 120), seconds: 5 * 3600))
        let running = CaseEvidence(check: try OnSiteCheck.validated(startedAt: Self.start, endedAt: nil, devices: [], now: Self.now))
        #expect(EvidenceReview.continuity(in: subject, evidence: running).isEmpty)
        let problems = EvidenceReview.continuity(in: subject, evidence: CaseEvidence(check: try Self.check()))
        #expect(problems.map(\.code) == ["video.starts-after-check-began", "video.gap"])
        #expect(problems[0].message.zhHans.contains("2026-03-10 09:05:00"))
    }

    @Test("the team sees the recordings due 24 hours after the check while a video node has none; overdue to the minute")
    func worklist() throws {
        let calendar = WorkingDayCalendar.stateCouncil2020Through2026
        var subject = CaseFixtures.onSiteReview()
        let member = User(
            id: UserID(rawValue: UUID()), username: Username(rawValue: "team.reviewer")!, displayName: "审查员", role: .reviewer,
            district: nil, isActive: true, createdAt: CaseFixtures.opened
        )
        subject.team = [CaseMember(user: member.id, username: member.username, displayName: "审查员")]
        let checks = [subject.number: try Self.check()]
        #expect(Worklist.items(for: member, in: [(subject, .licenseOnSiteReview)], calendar: calendar).allSatisfy { $0.task.key != "save-recordings" })
        let items = Worklist.items(for: member, in: [(subject, .licenseOnSiteReview)], calendar: calendar, checks: checks)
        let saving = try #require(items.first { $0.task.key == "save-recordings" })
        guard case .saveRecordings(let due, let nodes) = saving.task else { Issue.record("wrong task"); return }
        #expect(due == Self.end.addingTimeInterval(24 * 3600))
        #expect(nodes.map(\.rawValue) == ["factory-entry", "first-meeting", "production-equipment", "inspection-equipment", "final-meeting"])
        #expect(!saving.isOverdue(at: due) && saving.isOverdue(at: due.addingTimeInterval(60)))

        let outsider = User(
            id: UserID(rawValue: UUID()), username: Username(rawValue: "city.one")!, displayName: "市局", role: .cityOfficer,
            district: nil, isActive: true, createdAt: CaseFixtures.opened
        )
        #expect(Worklist.items(for: outsider, in: [(subject, .licenseOnSiteReview)], calendar: calendar, checks: checks)
            .allSatisfy { $0.task.key != "save-recordings" })
        for node in nodes {
            subject.records.append(Self.video(node.rawValue, subject.records.count + 1, from: Self.start, seconds: 60))
        }
        #expect(Worklist.items(for: member, in: [(subject, .licenseOnSiteReview)], calendar: calendar, checks: checks)
            .allSatisfy { $0.task.key != "save-recordings" })
    }
}
