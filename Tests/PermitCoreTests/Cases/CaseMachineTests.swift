import Foundation
import PermitCore
import Testing

@Suite("Case machine — 案件流转")
struct CaseMachineTests {
    let machine = CaseFixtures.review
    let actor = CaseFixtures.officer
    let now = CaseFixtures.opened

    @Test("A new case has every node of its process open and is not closed")
    func opensEveryNode() {
        let opened = CaseFixtures.onSiteReview()
        #expect(opened.nodes.map(\.key.rawValue) == [
            "onsite-plan", "onsite-notice", "factory-entry", "first-meeting", "production-equipment",
            "inspection-equipment", "final-meeting",
        ])
        #expect(opened.nodes.allSatisfy { $0.status == .open })
        #expect(!opened.isClosed)
        #expect(opened.processVersion == 1)
    }

    @Test("Completing a node with a required record missing is refused, naming what is missing (REC-2)")
    func refusesMissingRecords() throws {
        var current = CaseFixtures.onSiteReview()
        current = try complete("onsite-plan", current, record: CaseFixtures.text("onsite-plan", 1))
        current = try complete("onsite-notice", current, record: CaseFixtures.text("onsite-notice", 2))
        current = try complete("factory-entry", current, record: CaseFixtures.evidence("factory-entry", .video, 3))
        (current, _) = try machine.apply(.addRecord(CaseFixtures.text("first-meeting", 4)), to: current, by: actor, at: now)
        #expect(throws: CaseRefusal.recordsMissing(CaseFixtures.key("first-meeting"), [.one(.video)])) {
            try machine.apply(.complete(CaseFixtures.key("first-meeting")), to: current, by: actor, at: now)
        }
    }

    @Test("A node cannot be completed before the nodes it follows: no node is skipped")
    func refusesSkipping() throws {
        var current = CaseFixtures.onSiteReview()
        (current, _) = try machine.apply(.addRecord(CaseFixtures.text("onsite-notice", 1)), to: current, by: actor, at: now)
        #expect(throws: CaseRefusal.waitingFor(CaseFixtures.key("onsite-notice"), [CaseFixtures.key("onsite-plan")])) {
            try machine.apply(.complete(CaseFixtures.key("onsite-notice")), to: current, by: actor, at: now)
        }
    }

    @Test("An exemption waives the audio-visual records only; the node then completes as exempted (REC-8)")
    func exemptionWaivesAudioVisualOnly() throws {
        var current = try throughFactoryEntry()
        let node = CaseFixtures.key("first-meeting")
        (current, _) = try machine.apply(.exempt(node, ground: .secrecyOrPrivacy, statement: "涉及商业秘密，企业书面申请不录像"), to: current, by: actor, at: now)
        #expect(machine.missingRecords(of: node, in: current) == [.one(.text)])
        (current, _) = try machine.apply(.addRecord(CaseFixtures.text("first-meeting", 9)), to: current, by: actor, at: now)
        let (done, changes) = try machine.apply(.complete(node), to: current, by: actor, at: now)
        #expect(done.node(node)?.status == .exempted)
        #expect(done.node(node)?.exemption?.ground == .secrecyOrPrivacy)
        #expect(changes == [.nodeSettled(node)])
    }

    @Test("An exemption needs a statement and a node with audio-visual records")
    func exemptionRules() throws {
        let current = CaseFixtures.onSiteReview()
        #expect(throws: CaseRefusal.nothingToExempt(CaseFixtures.key("onsite-plan"))) {
            try machine.apply(.exempt(CaseFixtures.key("onsite-plan"), ground: .emergency, statement: "紧急"), to: current, by: actor, at: now)
        }
        #expect(throws: CaseRefusal.invalid([FieldIssue(field: "statement", problem: .missing)])) {
            try machine.apply(.exempt(CaseFixtures.key("factory-entry"), ground: .emergency, statement: "  \n"), to: current, by: actor, at: now)
        }
    }

    @Test("Only a node marked 如有 may be not applicable, and it needs a reason")
    func notApplicable() throws {
        let current = CaseMachine(definition: .cmaFollowUpOnSite).open(
            id: CaseID(rawValue: UUID()), number: try CaseNumber(kind: .inspection, year: 2026, sequence: 3),
            subject: CaseSubject(kind: .testingAgency, creditCode: CaseFixtures.creditCode, name: "检测公司"),
            district: nil, team: [], agency: nil, by: actor, at: now
        )
        let cma = CaseMachine(definition: .cmaFollowUpOnSite)
        #expect(throws: CaseRefusal.notOptional(CaseFixtures.key("site-entry"))) {
            try cma.apply(.markNotApplicable(CaseFixtures.key("site-entry"), reason: "无"), to: current, by: actor, at: now)
        }
        let (next, changes) = try cma.apply(.markNotApplicable(CaseFixtures.key("risk-monitoring"), reason: "未发现违法行为"), to: current, by: actor, at: now)
        #expect(next.node(CaseFixtures.key("risk-monitoring"))?.status == .notApplicable)
        #expect(next.node(CaseFixtures.key("risk-monitoring"))?.notApplicableReason == "未发现违法行为")
        #expect(changes == [.nodeSettled(CaseFixtures.key("risk-monitoring"))])
    }

    @Test("A choice of forms is met by any of them (风险监控: photo or video)")
    func eitherForm() throws {
        let cma = CaseMachine(definition: .cmaFollowUpOnSite)
        var current = cma.open(
            id: CaseID(rawValue: UUID()), number: try CaseNumber(kind: .inspection, year: 2026, sequence: 4),
            subject: CaseSubject(kind: .testingAgency, creditCode: CaseFixtures.creditCode, name: "检测公司"),
            district: nil, team: [], agency: nil, by: actor, at: now
        )
        let node = CaseFixtures.key("risk-monitoring")
        #expect(cma.missingRecords(of: node, in: current) == [.either(.photo, .video), .one(.scan)])
        (current, _) = try cma.apply(.addRecord(CaseFixtures.evidence("risk-monitoring", .video, 1)), to: current, by: actor, at: now)
        #expect(cma.missingRecords(of: node, in: current) == [.one(.scan)])
    }

    @Test("Settling the last node closes the case in the same command")
    func closesWhenAllSettled() throws {
        var current = try throughFactoryEntry()
        for (offset, node) in ["first-meeting", "production-equipment", "inspection-equipment", "final-meeting"].enumerated() {
            (current, _) = try machine.apply(.exempt(CaseFixtures.key(node), ground: .safetyOrFailure, statement: "记录仪故障"), to: current, by: actor, at: now)
            (current, _) = try machine.apply(.addRecord(CaseFixtures.text(node, 20 + offset)), to: current, by: actor, at: now)
            let (next, changes) = try machine.apply(.complete(CaseFixtures.key(node)), to: current, by: actor, at: now)
            #expect(changes.contains(.closed) == (node == "final-meeting"))
            current = next
        }
        #expect(current.isClosed)
        #expect(throws: CaseRefusal.caseClosed) {
            try machine.apply(.pauseClock(reason: "补正"), to: current, by: actor, at: now)
        }
    }

    @Test("A correction supersedes a record of the same node; both stay, and the superseded no longer counts")
    func corrections() throws {
        var current = CaseFixtures.onSiteReview()
        let first = CaseFixtures.text("onsite-plan", 1)
        (current, _) = try machine.apply(.addRecord(first), to: current, by: actor, at: now)
        var correction = CaseFixtures.evidence("onsite-plan", .scan, 2)
        correction.supersedes = first.id
        (current, _) = try machine.apply(.addRecord(correction), to: current, by: actor, at: now)
        #expect(current.records.count == 2)
        #expect(machine.missingRecords(of: CaseFixtures.key("onsite-plan"), in: current) == [.one(.text)])
        var stray = CaseFixtures.text("onsite-notice", 3)
        stray.supersedes = first.id
        #expect(throws: CaseRefusal.unknownRecord(first.id)) {
            try machine.apply(.addRecord(stray), to: current, by: actor, at: now)
        }
    }

    @Test("Unknown and settled nodes are refused")
    func unknownAndSettled() throws {
        let current = try throughFactoryEntry()
        #expect(throws: CaseRefusal.unknownNode("nowhere")) {
            try machine.apply(.complete(NodeKey(rawValue: "nowhere")!), to: current, by: actor, at: now)
        }
        #expect(throws: CaseRefusal.nodeSettled(CaseFixtures.key("onsite-plan"), .complete)) {
            try machine.apply(.addRecord(CaseFixtures.text("onsite-plan", 50)), to: current, by: actor, at: now)
        }
    }

    private func complete(_ node: String, _ current: Case, record: CaseRecord) throws -> Case {
        let (withRecord, _) = try machine.apply(.addRecord(record), to: current, by: actor, at: now)
        return try machine.apply(.complete(CaseFixtures.key(node)), to: withRecord, by: actor, at: now).0
    }

    private func throughFactoryEntry() throws -> Case {
        var current = CaseFixtures.onSiteReview()
        current = try complete("onsite-plan", current, record: CaseFixtures.text("onsite-plan", 1))
        current = try complete("onsite-notice", current, record: CaseFixtures.text("onsite-notice", 2))
        return try complete("factory-entry", current, record: CaseFixtures.evidence("factory-entry", .video, 3))
    }
}
