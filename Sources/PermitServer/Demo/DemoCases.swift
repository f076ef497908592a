import Foundation
import PermitCommands
import PermitCore
import PermitStore

extension DemoData {
    /// The agency the `demo.lab` account works for, registered like an enterprise.
    static let labCode = "91310000MA1FL1MMXL"
    /// The review agency (审查机构) the `review.agency` account works for:
    /// granted licences' on-site reviews are assigned to it.
    static let reviewAgencyCode = "91310000MA1GR8Q24G"

    /// An on-site review halfway through, so the case pages, the worklist and
    /// the refusal of a node with a record missing can be tried at once; a
    /// granted application whose certificate is public and whose on-site
    /// review waits for the agency; and a fresh application waiting for
    /// acceptance. Seeded once, through the same commands the pages use.
    static func seedCases(store: Store, clock: any WallClock, authority: CertificateAuthority) async throws {
        let city = try await demoContext("city.admin", store: store, clock: clock)
        if try await store.agencies.agency(creditCode: try UnifiedSocialCreditCode(validating: labCode)) == nil {
            _ = try await AgencyCommands.register(creditCode: labCode, name: "上海示范检测技术有限公司", district: "310104", in: city)
        }
        if try await store.agencies.agency(creditCode: try UnifiedSocialCreditCode(validating: reviewAgencyCode)) == nil {
            _ = try await AgencyCommands.register(creditCode: reviewAgencyCode, name: "上海市工业产品生产许可审查中心", district: "310104", in: city)
        }
        guard try await store.cases.active(in: .everything, closedSince: .distantPast).isEmpty else { return }
        let officer = try await demoContext("pudong.officer", store: store, clock: clock)
        // The district's inspector is on the team, so field capture can be
        // tried on a phone with the inspector's account.
        let review = try await CaseCommands.open(
            .init(process: "license-onsite-review", subject: ownEnterpriseCode, team: ["review.agency", "pudong.inspector"]), in: officer
        )
        let number = review.number.description
        _ = try await CaseCommands.addForm("onsite-plan", fields: [
            "dates": "2026 年 12 月 7 日至 8 日", "team": "赵磊（组长，审查机构）、张伟（浦东执法）",
            "scope": "依据电线电缆产品生产许可证实施细则，核查生产、检验条件与质量管理", "schedule": "7 日上午首次会议及进厂，下午生产区域；8 日上午检验区域，下午末次会议",
        ], label: nil, to: "onsite-plan", of: number, in: officer)
        _ = try await CaseCommands.complete("onsite-plan", of: number, in: officer)
        // The plan is 网站公示: published once approved, so the public page has it.
        _ = try await DisclosureCommands.approve("onsite-plan", of: number, in: officer)
        _ = try await CaseCommands.addText("已向企业发放现场核查计划通知书。", label: "现场核查计划通知书", to: "onsite-notice", of: number, in: officer)
        _ = try await CaseCommands.complete("onsite-notice", of: number, in: officer)
        let reviewer = try await demoContext("review.agency", store: store, clock: clock)
        // The check is under way: begun two hours ago, with the rules' key
        // devices listed, so the photos each still wants show on the page.
        let devices: [(String, KeyDevice.Area, Bool)] = [("挤塑机", .production, false), ("拉丝机", .production, false), ("火花试验机", .inspection, true)]
        _ = try await EvidenceCommands.stateCheck(.init(
            startedAt: ISO8601DateFormatter().string(from: clock.now().addingTimeInterval(-2 * 3600)), endedAt: nil,
            devices: devices.map { .init(name: $0.0, area: $0.1.rawValue, hasMetrologyLabel: $0.2) }
        ), of: number, in: reviewer)
        _ = try await CaseCommands.exempt(
            "factory-entry", of: number, ground: .safetyOrFailure, statement: "可视化记录仪电池故障，进厂环节未能录像，由审查组长书面说明。", in: reviewer
        )
        _ = try await CaseCommands.complete("factory-entry", of: number, in: reviewer)
        _ = try await CaseCommands.addForm("meeting-minutes", fields: [
            "time": "2026 年 12 月 7 日 9:00—9:30", "place": "企业二楼会议室", "people": "审查组全体成员（组长赵磊主持）、企业负责人及质量、生产部门人员",
            "content": "介绍核查依据、范围与日程，确认企业联系人与陪同人员。",
        ], label: "首次会议记录", to: "first-meeting", of: number, in: reviewer)
        try await seedPhoto(to: number, in: reviewer)
        try await seedApplications(officer: officer, store: store, clock: clock, authority: authority)
    }

    /// The demo enterprise applies for two product units in turn: the first
    /// is granted (its certificate issued and signed as any would be), the
    /// second waits for acceptance.
    private static func seedApplications(
        officer: CommandContext, store: Store, clock: any WallClock, authority: CertificateAuthority
    ) async throws {
        let enterprise = try await demoContext("demo.enterprise", store: store, clock: clock)
        let units = try await store.catalogue.catalogue().units.filter { $0.name == "电力电缆" || $0.name == "架空绞线" }
        for (index, unit) in units.prefix(2).enumerated() {
            let draft = LicensingCommands.Draft(
                units: [unit.id.description], productionAddress: "上海市浦东新区川沙路 200 号", contactPerson: "周明", contactPhone: "021-58880000",
                commitmentSignatory: "周明",
                reports: [.init(
                    unit: unit.id.description, kind: "type-test", number: "SFJC-2026-\(index + 1)", laboratory: labCode,
                    issuedOn: CivilDate(clock.now()).adding(days: -40).description, passed: true, items: unit.testItems
                )]
            )
            let number = try await LicensingCommands.create(draft, in: enterprise).application.number.description
            let licence = try await demoUpload(DemoPhoto.png(width: 1240, height: 1754), named: "营业执照.png", in: enterprise)
            _ = try await LicensingCommands.attach(number, kind: "business-licence", upload: licence, label: "副本", in: enterprise)
            _ = try await LicensingCommands.submit(number, in: enterprise)
            if index == 0 {
                _ = try await LicensingCommands.accept(number, in: officer)
                _ = try await LicensingCommands.grant(number, agency: reviewAgencyCode, authority: authority, in: officer)
            }
        }
    }

    /// A nameplate photo of the extruder, below 5 megapixels on purpose, so
    /// the case page shows what an original looks like and what the rules say.
    private static func seedPhoto(to number: String, in context: CommandContext) async throws {
        let id = try await demoUpload(DemoPhoto.png(width: 800, height: 600), named: "IMG_0412.png", in: context)
        _ = try await EvidenceCommands.record(
            .init(upload: id, kind: "photo", label: "挤塑机铭牌", subject: "device-nameplate", device: "挤塑机"),
            to: "production-equipment", of: number, in: context
        )
    }

    /// A finished upload of the context's user, as if sent from a phone.
    static func demoUpload(_ content: Data, named name: String, in context: CommandContext) async throws -> String {
        let id = context.ids.next(UploadTag.ID.self).description.replacingOccurrences(of: "-", with: "")
        _ = try await context.store.evidence.uploads.receive(id: id, owner: context.actor.user?.username.rawValue ?? "", at: context.now) { write in
            try write(content)
            return ["filename": name]
        }
        return id
    }

    static func demoContext(_ name: String, store: Store, clock: any WallClock) async throws -> CommandContext {
        guard let username = Username(rawValue: name), let user = try await store.accounts.user(named: username) else {
            throw CommandError.notFound
        }
        return CommandContext(actor: .user(user), clock: clock, store: store)
    }
}
