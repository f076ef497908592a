import Foundation
import PermitCommands
import PermitCore
import PermitStore

extension DemoData {
    /// Classes in the order the demo gives them to each district's licensed
    /// enterprises (by credit code): every district with four or more has
    /// all four classes, B the most common as in practice.
    static let demoClasses = ["B", "C", "A", "AA", "B", "A", "B", "C", "B", "A"]

    /// Each district's licensed enterprises classified (product risk follows
    /// from their licences' categories in the catalogue), so this year's
    /// plans are made and the city's figures mean something; a failed
    /// sampling and a substantial change in each district, so proposals
    /// show. The demo enterprise's new licence is left for an officer to
    /// classify within its two months. Seeded once, through the commands
    /// the pages use, as the operator.
    static func seedSupervision(store: Store, clock: any WallClock) async throws {
        let operatorContext = context(store, clock)
        let year = CivilDate(clock.now()).year
        let districts = try await store.accounts.districts().filter { $0.level == .district }
        let pudong = try await SupervisionCommands.plan(year: year, district: "310115", in: operatorContext)
        guard !pudong.rows.contains(where: { $0.supervisionClass != nil }) else { return }
        let scan = try await operatorUpload(DemoPhoto.png(width: 1240, height: 1754), named: "AA类企业自我承诺书.png", in: operatorContext)
        let today = CivilDate(clock.now())
        for district in districts {
            let plan = try await SupervisionCommands.plan(year: year, district: district.code.rawValue, in: operatorContext)
            var rows: [SupervisionPlanRow] = []
            for row in plan.rows where row.creditCode.rawValue != ownEnterpriseCode {
                let level = demoClasses[rows.count % demoClasses.count]
                do {
                    _ = try await SupervisionCommands.classify(
                        creditCode: row.creditCode.rawValue, category: nil, supervisionClass: level, reason: demoReasons[level] ?? "年度分类",
                        evidence: "\(year)年度日常监督检查记录", commitment: level == "AA" ? scan : nil, in: operatorContext
                    )
                    rows.append(row)
                } catch ClassificationRefusal.notLicensed {
                    // Its licence ended earlier this year: planned, not classified.
                    continue
                }
            }
            if rows.count > 2 {
                try await QualityFactCommands.record(QualityFactDraft(
                    kind: "failed-sampling", qualifier: "provincial", occurredOn: today.adding(days: -20).description,
                    description: "市级产品质量监督抽查，检验结论为不合格", source: "\(year)年市级监督抽查"
                ), about: rows[2].creditCode.rawValue, in: operatorContext)
            }
            if rows.count > 4 {
                try await QualityFactCommands.record(QualityFactDraft(
                    kind: "substantial-change", qualifier: "conditions", occurredOn: today.adding(days: -7).description,
                    description: "企业搬迁至新厂房，主要生产设备更新"
                ), about: rows[4].creditCode.rawValue, in: operatorContext)
            }
        }
    }

    private static let demoReasons = [
        "AA": "质量管理体系有效运行，近三年监督抽查均合格，企业书面承诺经审核",
        "A": "产品质量持续稳定合格，能自觉遵守产品质量法律法规",
        "B": "具备基本的产品质量保障能力，产品质量基本稳定",
        "C": "近3年省级以上监督抽查2次不合格",
    ]

    /// A finished upload owned by the operator, as its commands expect it.
    private static func operatorUpload(_ content: Data, named name: String, in context: CommandContext) async throws -> String {
        let id = context.ids.next(UploadTag.ID.self).description.replacingOccurrences(of: "-", with: "")
        _ = try await context.store.evidence.uploads.receive(id: id, owner: context.actor.reference.rawValue, at: context.now) { write in
            try write(content)
            return ["filename": name]
        }
        return id
    }
}
