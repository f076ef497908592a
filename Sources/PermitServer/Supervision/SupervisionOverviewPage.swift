import Foundation
import PermitCommands
import PermitCore
import Vapor

/// 分类监管统计 (SUP-12): every district's classes, overdue first
/// classifications, proposals waiting and the year's planned inspections,
/// with CSS bars; the AA list for the national authority. District staff
/// see their own district's line.
enum SupervisionOverviewPage {
    struct Content: Encodable, Sendable {
        let w: [String: String]
        let year: Int
        let rows: [Row]
        let total: Row
        let aaListHref: String
    }

    struct Row: Encodable, Sendable {
        let name: String
        let planHref: String
        let licensed: Int
        let bars: [Bar]
        let unclassified: Int
        let overdue: Int
        let proposals: Int
        let plannedInspections: Int
        let inspectionsOpened: Int
        let overdueRectifications: Int
    }

    /// One class's share of the district's licensed enterprises.
    struct Bar: Encodable, Sendable {
        let label: String
        let count: Int
        let width: Int
        let tone: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let language = req.language
        let year = try ClassificationAPIController.overviewYear(req)
        let figures = try await SupervisionCommands.figures(year: year, in: req.commandContext)
        let wording = try await LedgerWording(req)
        var total = DistrictSupervisionFigures(district: DistrictCode(rawValue: "310000")!)
        for line in figures { total.add(line) }
        func row(_ line: DistrictSupervisionFigures, name: String) -> Row {
            let counts = SupervisionClass.allCases.map { ($0.rawValue, line.byClass[$0] ?? 0, $0.rawValue.lowercased()) } + [("—", line.unclassified, "none")]
            return Row(
                name: name, planHref: SupervisionURL.plan(.value(year)).path(["district": line.district.rawValue]), licensed: line.licensed,
                bars: counts.map { Bar(label: $0.0, count: $0.1, width: line.licensed == 0 ? 0 : ($0.1 * 100 + line.licensed - 1) / line.licensed, tone: $0.2) },
                unclassified: line.unclassified, overdue: line.overdue, proposals: line.proposals, plannedInspections: line.plannedInspections,
                inspectionsOpened: line.inspectionsOpened, overdueRectifications: line.overdueRectifications
            )
        }
        let content = Content(
            w: words.mapValues { $0.text(language) }, year: year, rows: figures.map { row($0, name: wording.district($0.district)) },
            total: row(total, name: words["total"]!.text(language)), aaListHref: SupervisionURL.apiAAList.path
        )
        return try await Page(title: title.text(language), content: content, request: req).render(on: req, template: "supervision-overview")
    }

    static let title = Bilingual("分类监管统计", en: "Classification figures")

    private static let words: [String: Bilingual] = [
        "title": title,
        "intro": Bilingual(
            "各区获证企业分类（按最低类别）、逾期未分类（获证后两个月内应分类，第十条）、待处理的分类建议、本年度定期监督检查计划次数与已开展次数，以及逾期未完成的整改（第二十七条）。",
            en: "Each district's licensed enterprises by class (the lowest), first classifications overdue (two months, art. 10), proposals waiting, the year's planned and opened periodic inspections, and rectifications overdue (art. 27)."
        ),
        "district": Bilingual("辖区", en: "District"), "licensed": Bilingual("获证企业", en: "Licensed"),
        "classes": Bilingual("分类分布", en: "Classes"), "unclassified": Bilingual("未分类", en: "Unclassified"),
        "overdue": Bilingual("逾期未分类", en: "Overdue"), "proposals": Bilingual("待处理建议", en: "Proposals"),
        "planned": Bilingual("计划检查次数", en: "Planned inspections"),
        "opened": Bilingual("已开展定期检查", en: "Periodic inspections opened"),
        "overdueRectifications": Bilingual("逾期未完成整改", en: "Rectifications overdue"), "total": Bilingual("全市合计", en: "City total"),
        "aaList": Bilingual("导出AA类企业名单（CSV，报国家市场监管总局）", en: "Export the AA list (CSV, for the national authority)"),
        "year": Bilingual("年度", en: "Year"), "show": Bilingual("查看", en: "Show"),
    ]
}
