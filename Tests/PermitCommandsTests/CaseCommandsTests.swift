import Foundation
import PermitCommands
import PermitCore
import PermitStore
import PermitTestSupport
import Synchronization
import Testing

/// Identifiers counted from 1, so a test knows which id comes next.
final class CountingIdentifiers: IdentifierSource {
    private let count = Mutex<UInt64>(0)
    func next() -> UUID {
        let value = count.withLock { $0 += 1; return $0 }
        return UUID(uuidString: String(format: "00000000-0000-4000-8000-%012llx", value))!
    }
}

@Suite("Case commands — 案件办理，经写入路径与台账")
struct CaseCommandsTests {
    static let system = ActorReference.system("test")
    static let xuhui = District(code: DistrictCode(rawValue: "310104")!, name: "徐汇区", level: .district)
    static let pudong = District(code: DistrictCode(rawValue: "310115")!, name: "浦东新区", level: .district)
    static let enterpriseCode = "91310115MA1H7GKX3T"

    /// A store with two districts, an enterprise registered in 徐汇, and one
    /// account per role needed; `body` gets a context per account.
    static func withBureau(_ body: (Store, (String) async throws -> CommandContext) async throws -> Void) async throws {
        try await withTestStore { store in
            for district in [xuhui, pudong] { _ = try await store.testWrites.add(district, by: system, at: .t0) }
            let accounts: [(String, String, String?)] = [
                ("city.officer", "city_officer", nil), ("xuhui.officer", "district_officer", "310104"),
                ("pudong.officer", "district_officer", "310115"), ("some.reviewer", "reviewer", nil),
            ]
            for (name, role, district) in accounts {
                let account = try AccountRules.validate(AccountDraft(
                    username: name, displayName: name, role: role, district: district, password: "correct horse battery"
                ))
                _ = try await store.testWrites.create(account, passwordHash: "x", by: system, at: .t0)
            }
            _ = try await EnterpriseCommands.register(EnterpriseDraft(
                name: "上海精工电缆有限公司", creditCode: enterpriseCode, registeredAddress: "上海市徐汇区漕宝路 2 号",
                registeredDistrict: "310104", productionAddress: "上海市徐汇区漕宝路 2 号", productionDistrict: "310104",
                legalRepresentative: "张三", phone: "13812345678", licenseNumber: "", licenseIssuedOn: "",
                licenseValidUntil: "", productScope: ""
            ), in: store.operatorContext())
            let clock = SettableClock()
            let ids = CountingIdentifiers()
            try await body(store) { name in
                guard let user = try await store.accounts.user(named: Username(rawValue: name)!) else { throw CommandError.notFound }
                return CommandContext(actor: .user(user), clock: clock, ids: ids, store: store)
            }
        }
    }

    @Test("An officer opens an on-site review, is refused a node with a record missing, exempts, completes the case; fsck passes")
    func wholeCase() async throws {
        try await Self.withBureau { store, context in
            let officer = try await context("xuhui.officer")
            let opened = try await CaseCommands.open(.init(process: "license-onsite-review", subject: Self.enterpriseCode), in: officer)
            #expect(opened.number.description == "XC-2026-00001")
            #expect(opened.district == Self.xuhui.code)
            let number = opened.number.description

            _ = try await CaseCommands.addText("现场核查计划：3 月 10 日", label: "核查计划", to: "onsite-plan", of: number, in: officer)
            _ = try await CaseCommands.complete("onsite-plan", of: number, in: officer)
            await #expect(throws: CaseRefusal.recordsMissing(NodeKey(rawValue: "onsite-notice")!, [.one(.text)])) {
                try await CaseCommands.complete("onsite-notice", of: number, in: officer)
            }
            _ = try await CaseCommands.addText("已发放通知书", label: "通知书", to: "onsite-notice", of: number, in: officer)
            _ = try await CaseCommands.complete("onsite-notice", of: number, in: officer)
            var current = try await CaseCommands.exempt(
                "factory-entry", of: number, ground: .safetyOrFailure, statement: "记录仪故障，书面说明附后", in: officer
            )
            current = try await CaseCommands.complete("factory-entry", of: number, in: officer)
            #expect(current.node(NodeKey(rawValue: "factory-entry")!)?.status == .exempted)
            for node in ["first-meeting", "production-equipment", "inspection-equipment", "final-meeting"] {
                _ = try await CaseCommands.exempt(node, of: number, ground: .secrecyOrPrivacy, statement: "涉及商业秘密", in: officer)
                _ = try await CaseCommands.addText("记录", label: "", to: node, of: number, in: officer)
                current = try await CaseCommands.complete(node, of: number, in: officer)
            }
            #expect(current.isClosed)

            let work = try await WorklistQuery.items(in: officer)
            #expect(work.map(\.task) == [.filing])
            #expect(work.first?.standing == .due(try CivilDate(parsing: "2026-04-01")))

            let summary = try await store.ledger.check()
            #expect(summary.coveredRows > 0)
            let entries = try await store.ledger.entries(about: .init(kind: "case", id: number))
            #expect(entries.map(\.entry.eventType) == ["case.opened", "case.closed"])
        }
    }

    @Test("Another district's officer neither sees nor changes the case; a reviewer outside it neither")
    func perCaseAccess() async throws {
        try await Self.withBureau { _, context in
            let opened = try await CaseCommands.open(
                .init(process: "license-onsite-review", subject: Self.enterpriseCode), in: try await context("city.officer")
            )
            let number = opened.number.description
            for outsider in ["pudong.officer", "some.reviewer"] {
                let other = try await context(outsider)
                await #expect(throws: CommandError.notFound) { try await CaseCommands.view(number, in: other) }
                await #expect(throws: CommandError.notFound) {
                    try await CaseCommands.addText("x", label: "", to: "onsite-plan", of: number, in: other)
                }
            }
            await #expect(throws: CommandError.denied(.outsideDistrict(Self.xuhui.code))) {
                try await CaseCommands.open(.init(process: "license-application", subject: Self.enterpriseCode), in: try await context("pudong.officer"))
            }
            // On the team, the reviewer works the case.
            let withTeam = try await CaseCommands.open(
                .init(process: "license-onsite-review", subject: Self.enterpriseCode, team: ["some.reviewer"]), in: try await context("city.officer")
            )
            let reviewer = try await context("some.reviewer")
            #expect(try await CaseCommands.view(withTeam.number.description, in: reviewer).access == .act)
            #expect(try await WorklistQuery.items(in: reviewer).map(\.caseNumber) == [withTeam.number])
        }
    }

    @Test("A refused command writes nothing: no row, no entry")
    func refusalWritesNothing() async throws {
        try await Self.withBureau { store, context in
            let officer = try await context("xuhui.officer")
            let opened = try await CaseCommands.open(.init(process: "license-application", subject: Self.enterpriseCode), in: officer)
            let size = try await store.ledger.size()
            await #expect(throws: CaseRefusal.self) {
                try await CaseCommands.complete("acceptance", of: opened.number.description, in: officer)
            }
            await #expect(throws: InvalidInput.self) {
                try await CaseCommands.open(.init(process: "license-application", subject: "91310000MA1FL1MMXL"), in: officer)
            }
            #expect(try await store.ledger.size() == size)
            #expect(try await store.cases.find(opened.number)?.records.isEmpty == true)
        }
    }

    @Test("A published version applies to new cases; a running case keeps its own")
    func versions() async throws {
        try await Self.withBureau { _, context in
            let city = try await context("city.officer")
            let running = try await CaseCommands.open(.init(process: "license-application", subject: Self.enterpriseCode), in: city)
            var next = ProcessDefinition.licenseApplication
            next.version = 2
            next.nodes[0].deadline = DeadlineRule(1, .workingDays, from: .caseOpened)
            await #expect(throws: ProcessRefusal.versionNotNext(expected: 2)) {
                var skipping = next
                skipping.version = 3
                try await ProcessCommands.publish(skipping, in: city)
            }
            _ = try await ProcessCommands.publish(next, in: city)
            let later = try await CaseCommands.open(.init(process: "license-application", subject: Self.enterpriseCode), in: city)
            #expect(later.processVersion == 2)
            #expect(try await CaseCommands.view(running.number.description, in: city).definition.version == 1)
            await #expect(throws: CommandError.denied(.roleNotPermitted(.districtOfficer))) {
                try await ProcessCommands.publish(next, in: try await context("xuhui.officer"))
            }
        }
    }
}

@Suite("Deadline job — 到期提醒")
struct DeadlineJobTests {
    @Test("Alerts fall due once: a second run, or a second store racing the first, raises nothing new; fsck passes")
    func once() async throws {
        try await CaseCommandsTests.withBureau { store, context in
            let officer = try await context("xuhui.officer")
            let opened = try await CaseCommands.open(.init(process: "license-application", subject: CaseCommandsTests.enterpriseCode), in: officer)
            // Two working days from Monday 2026-03-02: due Wednesday; Thursday it is overdue.
            let thursday = CommandContext.system("job", clock: SettableClock(Date.t0.addingTimeInterval(3 * 86_400)), store: store)
            async let first = DeadlineJob.run(in: thursday)
            async let second = DeadlineJob.run(in: thursday)
            let raised = try await first + second
            #expect(raised.map(\.key) == ["\(opened.number)/acceptance/overdue"])
            #expect(try await DeadlineJob.run(in: thursday).isEmpty)
            #expect(try await store.cases.alerts(of: opened.number).count == 1)
            _ = try await store.ledger.check()
        }
    }
}
