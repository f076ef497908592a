import Foundation
import PermitCommands
import PermitCore
import Vapor

/// Supervision's section of the home page: for district
/// officers the first classifications due (第十条, overdue marked) and the
/// proposals waiting; for district staff the classes another district gave
/// enterprises registered with them (第十五条); for an enterprise its own
/// class and mode (第十一条) with the advertising ban (第十九条).
enum SupervisionHome {
    /// A district's work is listed up to this many; the rest are on the
    /// figures page.
    static let shownWork = 15

    static let title = Bilingual("分类监管", en: "Classification and supervision")

    static func lines(on req: Request) async throws -> [HomeController.WorkLine] {
        guard let user = req.actor.user else { return [] }
        let context = req.commandContext, language = req.language
        if user.role == .enterprise {
            guard let own = try await SupervisionCommands.ownStanding(in: context), own.licensed != nil || !own.standing.history.isEmpty else { return [] }
            let level = own.standing.supervisionClass?.name ?? Bilingual("尚未分类", en: "Not classified yet")
            return [HomeController.WorkLine(
                href: SupervisionURL.classification(.value(own.enterprise.id.description)).path, caseNumber: ClassificationPage.title.text(language),
                text: "\(level.text(language)) · \(own.standing.mode.name.text(language))", due: ClassificationPage.advertisingNotice.text(language), overdue: false
            )]
        }
        var lines: [HomeController.WorkLine] = []
        let work = try await SupervisionCommands.work(in: context)
        for (held, standing) in work.prefix(shownWork) {
            let due = standing.classificationDue.map { day in
                standing.isOverdue ? Bilingual("已逾期（应于\(day)前分类）", en: "Overdue (due \(day))") : Bilingual("\(day)前分类", en: "Classify by \(day)")
            }
            lines.append(HomeController.WorkLine(
                href: SupervisionURL.classification(.value(held.enterprise.id.description)).path([:], fragment: "proposals"),
                caseNumber: ClassificationPage.title.text(language),
                text: "\(held.enterprise.name) · \(standing.proposals.map { $0.text.text(language) }.joined(separator: "；"))",
                due: due?.text(language) ?? "", overdue: standing.isOverdue
            ))
        }
        if work.count > shownWork {
            lines.append(HomeController.WorkLine(
                href: SupervisionURL.overview.path, caseNumber: SupervisionOverviewPage.title.text(language),
                text: Bilingual("另有\(work.count - shownWork)家企业待分类或有分类建议", en: "\(work.count - shownWork) more enterprises to classify or with proposals")
                    .text(language), due: "", overdue: false
            ))
        }
        let wording = try await LedgerWording(req)
        for (enterprise, record, decidedIn) in try await SupervisionCommands.notices(in: context) {
            lines.append(HomeController.WorkLine(
                href: SupervisionURL.classification(.value(enterprise.id.description)).path, caseNumber: ClassificationPage.title.text(language),
                text: Bilingual(
                    "\(enterprise.name) · \(wording.district(decidedIn))定为\(record.supervisionClass.name.zhHans)（\(record.supervisionClass.mode.name.zhHans)）",
                    en: "\(enterprise.name) · \(wording.district(decidedIn)) classified it \(record.supervisionClass.rawValue) (\(record.supervisionClass.mode.name.en))"
                ).text(language),
                due: record.classifiedOn.description, overdue: false
            ))
        }
        return lines
    }
}
