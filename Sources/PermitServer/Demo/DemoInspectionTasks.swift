import Foundation
import PermitCommands
import PermitCore
import PermitStore

extension DemoData {
    /// 浦东's inspectors for 双随机 by hand (issue 18's Done-when): two more
    /// active register inspectors so that, after the seeded plan, the next
    /// plan of 浦东 still finds two eligible inspectors for every enterprise
    /// (回避 of the previous plan's pair), and each of the four linked to an
    /// account. Then one plan already drawn and dispatched, with one result
    /// reported 不合格 and followed up, so the dashboard, results and
    /// follow-up pages are not empty. Seeded once, through the commands.
    static let demoTaskInspectors = [
        ("ZF3101151", "pudong.inspector"), ("ZF3101152", "pudong.inspector2"), ("ZF3101154", "pudong.inspector3"), ("ZF3101155", "pudong.inspector4"),
    ]
    static let demoPlanTitle = "浦东新区工业产品生产许可获证企业双随机抽查（演示）"

    static func seedInspectionTasks(store: Store, clock: any WallClock) async throws {
        guard let pudong = DistrictCode(rawValue: "310115") else { return }
        let registered = Set(try await store.inspectors.inspectors().map(\.certificateNumber.rawValue))
        for (offset, certificate) in ["ZF3101154", "ZF3101155"].enumerated() where !registered.contains(certificate) {
            _ = try await InspectorCommands.add(InspectorDraft(
                name: ["钱磊", "冯雪"][offset], unit: "浦东新区市场监督管理局", position: "四级主任科员", phone: "021-6115\(offset + 4)000",
                certificateNumber: certificate, isActive: true, conflicts: []
            ), in: pudong, context: context(store, clock))
        }
        let officer = try await demoContext("pudong.officer", store: store, clock: clock)
        let linked = try await store.inspectionTasks.accounts(demoTaskInspectors.map(\.0))
        for (certificate, username) in demoTaskInspectors where linked[certificate] == nil {
            _ = try await InspectionTaskCommands.linkAccount(certificate: certificate, username: username, in: officer)
        }
        let city = try await demoContext("city.admin", store: store, clock: clock)
        guard try await !InspectionPlanCommands.plans(in: city).contains(where: { $0.title == demoPlanTitle }) else { return }
        let today = CivilDate(clock.now())
        let plan = try await InspectionPlanCommands.create(InspectionPlanDraft(
            title: demoPlanTitle, year: today.year, districts: [pudong.rawValue], categories: [], checksEndOn: today.adding(days: 60).description
        ), in: city)
        _ = try await InspectionPlanCommands.freeze(plan.identifier, sourceNames: ["演示：中国福利彩票双色球开奖号码", "演示：账本检查点根哈希"], in: city)
        _ = try await InspectionPlanCommands.enterSource(plan.identifier, index: 1, value: "3 8 11 19 24 27 32", in: city)
        _ = try await InspectionPlanCommands.enterSource(plan.identifier, index: 2, value: "9f86d081884c7d659a2feaa0c55ad015", in: city)
        let tasks = try await InspectionTaskCommands.dispatch(plan.identifier, in: officer)
        guard let task = tasks.first, task.team.count >= 2 else { return }
        try await seedFailedResult(task, officer: officer, store: store, clock: clock)
    }

    /// Both forms filled in and signed by the pair on their phones, item 8 not conforming.
    private static func seedFailedResult(_ task: InspectionTask, officer: CommandContext, store: Store, clock: any WallClock) async throws {
        let number = task.caseNumber.description
        let first = try await demoContext(task.team[0].username.rawValue, store: store, clock: clock)
        let second = try await demoContext(task.team[1].username.rawValue, store: store, clock: clock)
        for inspector in [first, second] {
            _ = try await InspectionTaskCommands.declare(number, integrityCommitment: true, certificateShown: true, in: inspector)
        }
        var items: [Int: RecordFormInput.Item] = [:]
        for item in InspectionChecklist.items {
            let record = item.records.first { $0.key != InspectionItem.detailedRecord }?.key ?? item.records[0].key
            items[item.number] = .init(record: record, conclusion: item.number == 8 ? "non-conforming" : "conforming")
        }
        let acknowledgement = AcknowledgementInput(opinion: "无异议，将按要求整改", representative: "周明", sealed: true)
        let record = try await InspectionTaskCommands.submitRecord(number, RecordFormInput(
            items: items, problems: "计量器具（兆欧表）超过检定有效期。", conclusion: InspectionConclusion.fail.rawValue, enterprise: acknowledgement
        ), in: first)
        _ = try await InspectionTaskCommands.sign(number, form: .record, digest: record.recordForm?.digest ?? "", in: second)
        let photo = try await demoUpload(DemoPhoto.png(width: 800, height: 600), named: "IMG_0518.png", in: first)
        _ = try await EvidenceCommands.record(
            .init(upload: photo, kind: "photo", label: "挤塑机铭牌", subject: "device-nameplate", device: "挤塑机"),
            to: RandomInspectionNodes.equipmentForm.rawValue, of: number, in: first
        )
        let equipment = try await InspectionTaskCommands.submitEquipment(number, EquipmentFormInput(
            devices: [.init(kind: "production", name: "挤塑机", model: "SJ-90", found: "与获证时一致，运行正常")], enterprise: acknowledgement
        ), in: second)
        _ = try await InspectionTaskCommands.sign(number, form: .equipment, digest: equipment.equipmentForm?.digest ?? "", in: first)
        _ = try await InspectionTaskCommands.report(number, in: officer)
        _ = try await InspectionFollowUpCommands.record(number, .init(
            kind: FollowUpKind.rectification.rawValue, matter: "责令更换或送检超期计量器具，整改后书面报告", evidence: "监督检查记录表第 8 项",
            deadline: CivilDate(clock.now()).adding(days: 15).description
        ), in: officer)
    }
}
