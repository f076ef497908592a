import Crypto
import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// A written record on its prescribed form as an A4 page to print or save
/// as PDF from the browser (REC-6, REC-11). Opening it is a logged view.
enum RecordPrintPage {
    struct Row: Encodable, Sendable {
        let name: String
        let value: String
    }

    struct Content: Encodable, Sendable {
        let lang: String
        let title: String
        let bureau: String
        let numberLabel: String
        let number: String
        let subjectLabel: String
        let subject: String
        let nodeLabel: String
        let node: String
        let rows: [Row]
        let recorded: String
        let digest: String
        let back: String
        let backHref: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id") else { throw Abort(.notFound) }
        let (record, subject) = try await EvidenceCommands.open(id, as: .view, in: req.commandContext)
        guard let text = record.text else { throw Abort(.notFound) }
        let language = req.language
        let rows = record.textForm.map { form in form.fields(of: text).map { Row(name: $0.0.name.text(language), value: $0.1) } }
            ?? [Row(name: record.label, value: text)]
        let digest = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
        let node = CasePhrases.nodeName(record.node).text(language)
        let content = Content(
            lang: language.tag, title: record.textForm?.name.text(language) ?? record.label, bureau: Phrase.bureauName.text(language),
            numberLabel: Bilingual("业务流水号", en: "Business serial number").text(language), number: subject.number.description,
            subjectLabel: Bilingual("企业", en: "Enterprise").text(language), subject: subject.subject.name,
            nodeLabel: Bilingual("环节", en: "Step").text(language), node: node, rows: rows,
            recorded: Bilingual(
                "记录人：\(CasePhrases.actor(record.recordedBy)) · 记录时间：\(ShanghaiTime.format(record.recordedAt))",
                en: "Recorded by \(CasePhrases.actor(record.recordedBy)) at \(ShanghaiTime.format(record.recordedAt))"
            ).text(language),
            digest: Bilingual("文本 SHA-256（与账本一致）：\(digest)", en: "Text SHA-256 (as in the ledger): \(digest)").text(language),
            back: Bilingual("← 返回案件", en: "← Back to the case").text(language),
            backHref: CaseURL.case(.value(subject.number.description)).path([:], fragment: "node-\(record.node)")
        )
        let view = try await req.view.render("record-print", content)
        let response = try await view.encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .contentLanguage, value: language.tag)
        return response
    }
}
