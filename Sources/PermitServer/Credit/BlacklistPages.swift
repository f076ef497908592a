import Foundation
import PermitCommands
import PermitCore
import Vapor

/// The blacklist in the browser: the public list in force, and for the
/// bureau's officers a form to list an enterprise and one per row to
/// remove it.
enum BlacklistPages {
    static let title = Bilingual("质量信用黑名单", en: "Quality blacklist")
    /// What every page that names a listed enterprise says of it.
    static let flag = Bilingual("该企业已列入质量信用黑名单", en: "This enterprise is on the quality blacklist")

    /// One listing in a line, for the enterprise's page.
    static func describe(_ entry: BlacklistEntry) -> Bilingual {
        var zh = "\(entry.listedOn) 列入：\(entry.reason)（依据：\(entry.basis)）", en = "\(entry.listedOn) listed: \(entry.reason) (basis: \(entry.basis))"
        if let until = entry.until {
            zh += "，期限至 \(until)"
            en += ", until \(until)"
        }
        if let removal = entry.removal {
            zh += "；\(removal.on) 移出：\(removal.reason)"
            en += "; \(removal.on) removed: \(removal.reason)"
        }
        return Bilingual(zh, en: en)
    }

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let entries: [Entry]
        /// The listing form, for officers only.
        let listAction: String?
        let errors: [String]
        let form: [String: String]
    }

    struct Entry: Encodable, Sendable {
        let name: String
        let creditCode: String
        let reason: String
        let basis: String
        let listedOn: String
        let until: String
        let removeAction: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], form: [:], status: .ok)
    }

    @Sendable static func list(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let creditCode: String?
            let reason: String?
            let basis: String?
            let until: String?
        }
        let form = try req.decodeForm(Form.self)
        return try await req.submit {
            _ = try await BlacklistCommands.list(
                creditCode: form.creditCode ?? "", reason: form.reason ?? "", basis: form.basis ?? "", until: form.until, in: req.commandContext
            )
            return CreditURL.page.path
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, form: [
                "creditCode": form.creditCode ?? "", "reason": form.reason ?? "", "basis": form.basis ?? "", "until": form.until ?? "",
            ], status: status)
        }
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let reason: String?
        }
        let form = try req.decodeForm(Form.self)
        return try await req.submit {
            _ = try await BlacklistCommands.remove(req.parameters.get("id") ?? "", reason: form.reason ?? "", in: req.commandContext)
            return CreditURL.page.path
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, form: [:], status: status)
        }
    }

    private static func render(_ req: Request, errors: [String], form: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let officer = req.actor.user.map { $0.role == .cityOfficer || $0.role == .districtOfficer } ?? false
        let entries = try await BlacklistCommands.inForce(in: req.commandContext).map { entry in
            Entry(
                name: entry.enterpriseName, creditCode: entry.creditCode.rawValue, reason: entry.reason, basis: entry.basis,
                listedOn: entry.listedOn.description, until: entry.until?.description ?? Bilingual("未设期限", en: "No end set").text(language),
                removeAction: officer ? CreditURL.pageRemoval(.value(entry.id.description)).path : nil
            )
        }
        let content = Content(
            w: words.mapValues { $0.text(language) }, entries: entries, listAction: officer ? CreditURL.page.path : nil, errors: errors, form: form
        )
        return try await Page(title: title.text(language), content: content, request: req).render(on: req, template: "blacklist", status: status)
    }

    private static let words: [String: Bilingual] = [
        "title": title,
        "intro": Bilingual(
            "依法列入质量信用黑名单的企业，实行“一处失信、处处受限”：在本系统的许可、证书和企业页面上均予标示，其延续申请不适用免于现场审查的简化程序。",
            en: "Enterprises listed for serious breaches of quality trust. They are flagged wherever they appear here, and their renewals are always reviewed on site."
        ),
        "none": Bilingual("目前没有列入黑名单的企业。", en: "No enterprise is listed."),
        "name": Bilingual("企业名称", en: "Enterprise"), "creditCode": Bilingual("统一社会信用代码", en: "Credit code"),
        "reason": Bilingual("列入事由", en: "Reason"), "basis": Bilingual("列入依据", en: "Basis"), "listedOn": Bilingual("列入日期", en: "Listed on"),
        "until": Bilingual("列入期限至", en: "Listed until"), "list": Bilingual("列入黑名单", en: "List an enterprise"),
        "untilHint": Bilingual("不填则不设期限", en: "Leave empty for no end"), "remove": Bilingual("移出", en: "Remove"),
        "removalReason": Bilingual("移出理由", en: "Reason for removal"),
    ]
}
