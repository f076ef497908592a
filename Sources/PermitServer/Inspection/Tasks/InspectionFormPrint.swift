import Foundation
import PermitCommands
import PermitCore
import Vapor

/// Either form as an A4 page laid out as the attachment prints it, to print
/// or save as PDF from the browser, with the digest the signatures cover.
enum InspectionFormPrint {
    struct Row: Encodable, Sendable {
        let name, value: String
    }

    struct Content: Encodable, Sendable {
        let lang, title, bureau, caseNumber, enterprise, back, backHref: String
        let header: [String]
        let rows: [[String]]
        let footer: [Row]
        let signatures: String
        let acknowledgement: String
        let digest: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let language = req.language
        let view = try await InspectionTaskCommands.view(InspectionTasksAPIController.number(req), in: req.commandContext)
        guard let kind = TaskFormKind(rawValue: req.parameters.get("form") ?? "") else { throw CommandError.notFound }
        let task = view.task
        func b(_ zh: String, _ en: String) -> String { Bilingual(zh, en: en).text(language) }
        var header: [String], rows: [[String]], footer: [Row] = []
        let signatures: [FormSignature], acknowledgement: EnterpriseAcknowledgement, digest: String
        switch kind {
        case .record:
            guard let form = task.recordForm else { throw InspectionTaskRefusal.noForm(kind) }
            header = [b("序号", "No."), b("检查项目", "Item"), b("检查记录", "Record"), b("单项检查结论", "Conclusion"), b("备注", "Remark")]
            rows = form.body.items.map { answer in
                let item = InspectionChecklist.item(answer.number)
                let details = answer.details.compactMap { key in item?.details.first { $0.key == key }?.name.text(language) }
                let record = (item?.records.first { $0.key == answer.record }?.name.text(language) ?? answer.record)
                    + (details.isEmpty ? "" : "（\(details.joined(separator: "、"))）")
                return [String(answer.number), item?.text.text(language) ?? "", record, answer.conclusion.name.text(language), answer.note]
            }
            rows.append(["12", InspectionChecklist.otherItem.text(language), form.body.other, "", ""])
            footer = [
                Row(name: b("现场检查发现的问题汇总", "Problems found"), value: form.body.problems.isEmpty ? "—" : form.body.problems),
                Row(name: b("检查结论", "Conclusion"), value: form.body.conclusion.name.text(language)),
            ]
            (signatures, acknowledgement, digest) = (form.signatures, form.body.enterprise, form.digest)
        case .equipment:
            guard let form = task.equipmentForm else { throw InspectionTaskRefusal.noForm(kind) }
            header = [b("序号", "No."), b("类别", "Kind"), b("设备名称", "Device"), b("规格型号", "Model"), b("检查情况", "Found")]
            rows = form.body.devices.enumerated().map { [String($0.offset + 1), $0.element.kind.name.text(language), $0.element.name, $0.element.model, $0.element.found] }
            let devices = view.photos.map { $0.evidence?.device ?? $0.label }.filter { !$0.isEmpty }.joined(separator: "、")
            footer = [Row(name: b("设备照片", "Photos"), value: devices + b("（共 \(view.photos.count) 张，见案件记录）", " (\(view.photos.count) in the case record)"))]
            (signatures, acknowledgement, digest) = (form.signatures, form.body.enterprise, form.digest)
        }
        let signed = signatures.map { "\($0.name)（\($0.certificate)）\(ShanghaiTime.format($0.at))" }.joined(separator: "；")
        let content = Content(
            lang: language.tag, title: kind.name.text(language), bureau: Phrase.bureauName.text(language), caseNumber: task.caseNumber.description,
            enterprise: b("企业名称（盖章）：", "Enterprise (seal): ") + task.enterpriseName, back: b("← 返回任务", "← Back to the task"),
            backHref: InspectionTaskURL.task(.value(task.caseNumber.description)).path, header: header, rows: rows, footer: footer,
            signatures: b("检查组组员（签名）：", "Inspectors (signed): ") + signed, acknowledgement: acknowledgement.wording.text(language),
            digest: b("表单 SHA-256（签名所覆盖的版本）：", "Form SHA-256 (the version signed): ") + digest
        )
        let rendered = try await req.view.render("inspection-form-print", content)
        let response = try await rendered.encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .contentLanguage, value: language.tag)
        return response
    }
}
