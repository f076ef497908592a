import Foundation
import PermitCommands
import PermitCore
import Vapor

/// The public list of what the bureau published (网站公示), no sign-in.
enum DisclosurePages {
    static let title = Bilingual("网站公示", en: "Public disclosures")
    static let intro = Bilingual(
        "以下为经审批后公示的受理、决定、现场核查计划等信息，按公示时间倒序排列。",
        en: "Acceptances, decisions, on-site check plans and other outcomes published after approval, latest first."
    )
    static let none = Bilingual("暂无公示信息。", en: "Nothing has been published yet.")
    static let approve = Bilingual("批准网站公示", en: "Approve publication")
    static let published = Bilingual("已公示", en: "Published")
    static let awaiting = Bilingual("待审批公示", en: "Awaiting approval to publish")

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let items: [Item]
    }

    struct Item: Encodable, Sendable {
        let heading: String
        let meta: String
        let texts: [String]
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let language = req.language
        let items = try await DisclosureCommands.published(limit: DisclosureAPIController.listed, in: req.store).map { published in
            Item(
                heading: "\(published.nodeName.text(language)) · \(published.subjectName)",
                meta: "\(published.processName.text(language)) · \(published.disclosure.caseNumber) · \(published.creditCode) · "
                    + "\(self.published.text(language)) \(ShanghaiTime.format(published.disclosure.approvedAt))",
                texts: published.texts
            )
        }
        let words = ["title": title, "intro": intro, "none": none].mapValues { $0.text(language) }
        return try await Page(title: title.text(language), content: Content(w: words, items: items), request: req)
            .render(on: req, template: "disclosures")
    }
}
