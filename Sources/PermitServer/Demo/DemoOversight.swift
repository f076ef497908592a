import Foundation
import PermitCommands
import PermitCore
import PermitStore

extension DemoData {
    /// Supervision after licensing for the demo enterprise (issue 19): a
    /// periodic inspection by Pudong's officer and inspector that found the
    /// release inspection wanting and ordered rectification within 15 days
    /// (its return visit opens when the deadline has passed), and a sampling
    /// whose samples went to the demo lab and whose report is awaited.
    /// Seeded once, through the commands the pages use.
    static func seedOversight(store: Store, clock: any WallClock) async throws {
        let code = try UnifiedSocialCreditCode(validating: ownEnterpriseCode)
        guard try await store.oversight.orders(of: code).isEmpty, try await store.oversight.samplings(of: code).isEmpty else { return }
        guard let username = Username(rawValue: "pudong.officer"), let user = try await store.accounts.user(named: username) else { return }
        let officer = CommandContext(actor: .user(user), clock: clock, store: store)
        let team = ["pudong.officer", "pudong.inspector"]
        let today = CivilDate(clock.now())

        let inspection = try await InspectionCommands.open(
            .init(kind: InspectionKind.periodic.rawValue, enterprise: ownEnterpriseCode, team: team, basis: "\(today.year)年度定期监督检查计划"), in: officer
        )
        let findings: [CheckItem: (String, CheckConclusion)] = [
            .licenceMarking: ("成品包装标注生产许可证编号 (沪)XK06-001-09901 及 QS 标志", .conforming),
            .conditionsChanged: ("生产线与取证时一致，未新增工艺", .conforming),
            .materialsControl: ("铜杆、绝缘料进货验收记录齐全", .conforming),
            .releaseInspection: ("抽查 3 批出厂检验记录，其中 1 批缺少火花试验记录", .nonConforming),
            .packagingLabelling: ("标识符合 GB/T 6995 要求", .conforming),
            .industrialPolicy: ("未发现淘汰类设备", .notApplicable),
        ]
        _ = try await InspectionCommands.record(inspection.number.description, .init(
            checkedOn: today.description, place: "上海市浦东新区川沙路 200 号",
            items: CheckItem.allCases.compactMap { item in findings[item].map { .init(item: item.rawValue, found: $0.0, conclusion: $0.1.rawValue) } },
            problems: "出厂检验记录不全：批号 20260118 缺少火花试验记录。", inspectors: team, enterpriseSignatory: "周明（总经理）", enterpriseRefusal: nil,
            rectification: (requirements: "补做该批次火花试验并完善出厂检验记录制度，整改后书面报告。", deadline: today.adding(days: 15).description)
        ), in: officer)

        let sampling = try await SamplingCommands.open(.init(
            enterprise: ownEnterpriseCode, team: team, grounds: [SamplingGround.suspectedSeriousProblem.rawValue],
            groundNote: "监督检查发现出厂检验记录不全", product: "电力电缆", model: "YJV-0.6/1kV 3×95", batch: "20260118", quantity: "3 m × 2 段 / 基数 2 km",
            sampledFrom: SampledFrom.finishedGoodsStore.rawValue, randomMethod: "按成品仓库托盘编号以随机数表抽取 2 盘，每盘截取 3 m", seal: "封条 PD-2026-017、PD-2026-018"
        ), in: officer)
        _ = try await SamplingCommands.dispatch(sampling.number.description, laboratory: labCode, sentOn: today.description, in: officer)
    }
}
