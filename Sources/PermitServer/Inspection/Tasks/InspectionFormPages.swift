import Foundation
import PermitCommands
import PermitCore
import Vapor

/// 一企两表 as phone forms: flat field names (`r3` the record of item 3,
/// `c3` its conclusion, `d11_counterfeit` a bracketed detail, `name2` the
/// third device's name), so a plain form post carries them.
enum InspectionFormPages {
    struct Option: Encodable, Sendable {
        let name, value, label: String
        let checked: Bool
    }

    struct ItemView: Encodable, Sendable {
        let number: Int
        let text: String
        let records: [Option]
        let details: [Option]
        let conclusions: [Option]
        let noteName, note: String
    }

    struct DeviceRow: Encodable, Sendable {
        let index: Int
        let kinds: [Option]
        let name, model, found: String
    }

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let title, caseNumber, enterprise, action, back: String
        let items: [ItemView]
        let devices: [DeviceRow]
        let values: [String: String]
        let conclusions: [Option]
        let refused, sealed: Bool
        let errors: [String]
    }

    static let deviceRows = 8

    static let words: [Language: [String: String]] = [
        .zhHans: [
            "record": "检查记录", "conclusion": "单项检查结论", "note": "备注", "other": "12. 其他需要检查的项目", "problems": "现场检查发现的问题汇总",
            "overall": "检查结论（按判定原则自动得出；如勾选须与各项一致）", "enterprise": "企业确认", "opinion": "企业意见", "representative": "企业负责人/代表（签名）",
            "sealed": "已盖章", "refused": "企业拒绝签字", "refusalNote": "拒签情况（如实记录）", "submit": "提交并签名", "back": "← 返回任务",
            "kind": "类别", "name": "设备名称", "model": "规格型号", "found": "检查情况", "devicesHint": "每行一台关键生产或检验设备；空行不计。照片请在任务页上传。",
            "rule": "判定原则：未发现不符合项，检查结论为合格；否则为不合格。",
        ],
        .en: [
            "record": "Record", "conclusion": "Item conclusion", "note": "Remark", "other": "12. Other items checked", "problems": "Problems found",
            "overall": "Conclusion (computed by the rule; if ticked it must agree)", "enterprise": "Enterprise's confirmation", "opinion": "Enterprise's opinion",
            "representative": "Representative (signature)", "sealed": "Sealed", "refused": "The enterprise refused to sign",
            "refusalNote": "How it refused (as it happened)", "submit": "Submit and sign", "back": "← Back to the task", "kind": "Kind", "name": "Device",
            "model": "Model", "found": "Found", "devicesHint": "One key production or inspection device per row; blank rows are ignored. Photos go on the task page.",
            "rule": "Rule: no non-conforming item → pass; otherwise fail.",
        ],
    ]

    @Sendable static func recordForm(req: Request) async throws -> Response {
        let view = try await InspectionTaskCommands.view(InspectionTasksAPIController.number(req), in: req.commandContext)
        return try await render(req, .record, view: view, values: view.task.recordForm.map { values(of: $0.body) } ?? [:], errors: [], status: .ok)
    }

    @Sendable static func equipmentForm(req: Request) async throws -> Response {
        let view = try await InspectionTaskCommands.view(InspectionTasksAPIController.number(req), in: req.commandContext)
        return try await render(req, .equipment, view: view, values: view.task.equipmentForm.map { values(of: $0.body) } ?? [:], errors: [], status: .ok)
    }

    @Sendable static func submitRecord(req: Request) async throws -> Response {
        try await submit(req, .record) { number, form in
            _ = try await InspectionTaskCommands.submitRecord(number, recordInput(form), in: req.commandContext)
        }
    }

    @Sendable static func submitEquipment(req: Request) async throws -> Response {
        try await submit(req, .equipment) { number, form in
            _ = try await InspectionTaskCommands.submitEquipment(number, equipmentInput(form), in: req.commandContext)
        }
    }

    private static func submit(_ req: Request, _ kind: TaskFormKind, _ command: (String, [String: String]) async throws -> Void) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: form["csrf"])
        let number = InspectionTasksAPIController.number(req)
        let language = req.language
        do {
            try await command(number, form)
            return req.redirect(to: InspectionTaskURL.task(.value(number)).path, redirectType: .normal)
        } catch InspectionTaskRefusal.invalid(let refusal) {
            let view = try await InspectionTaskCommands.view(number, in: req.commandContext)
            return try await render(req, kind, view: view, values: form, errors: refusal.issues.map { $0.reason.wording.text(language) }, status: .unprocessableEntity)
        } catch {
            guard let failure = FormFailure(error) else { throw error }
            let view = try await InspectionTaskCommands.view(number, in: req.commandContext)
            return try await render(req, kind, view: view, values: form, errors: failure.messages(language), status: failure.status)
        }
    }

    static func recordInput(_ form: [String: String]) -> RecordFormInput {
        var items: [Int: RecordFormInput.Item] = [:]
        for item in InspectionChecklist.items {
            let details = item.details.filter { form["d\(item.number)_\($0.key)"] == "on" }.map(\.key)
            items[item.number] = RecordFormInput.Item(
                record: form["r\(item.number)"], details: details, conclusion: form["c\(item.number)"], note: form["n\(item.number)"] ?? ""
            )
        }
        return RecordFormInput(
            items: items, other: form["other"] ?? "", problems: form["problems"] ?? "", conclusion: form["conclusion"], enterprise: acknowledgement(form)
        )
    }

    static func equipmentInput(_ form: [String: String]) -> EquipmentFormInput {
        let devices = (0..<deviceRows).compactMap { index -> EquipmentFormInput.Device? in
            let (name, found) = (form["name\(index)"] ?? "", form["found\(index)"] ?? "")
            guard !(name.trimmingWhitespace().isEmpty && found.trimmingWhitespace().isEmpty) else { return nil }
            return .init(kind: form["kind\(index)"] ?? "", name: name, model: form["model\(index)"] ?? "", found: found)
        }
        return EquipmentFormInput(devices: devices, enterprise: acknowledgement(form))
    }

    private static func acknowledgement(_ form: [String: String]) -> AcknowledgementInput {
        AcknowledgementInput(
            refused: form["refused"] == "on", opinion: form["opinion"] ?? "", representative: form["representative"] ?? "", sealed: form["sealed"] == "on",
            refusalNote: form["refusalNote"] ?? ""
        )
    }

    /// A kept form back as the page's field values, for correcting it.
    static func values(of form: InspectionRecordForm) -> [String: String] {
        var values = ["other": form.other, "problems": form.problems]
        for answer in form.items {
            values["r\(answer.number)"] = answer.record
            values["c\(answer.number)"] = answer.conclusion.rawValue
            values["n\(answer.number)"] = answer.note
            for detail in answer.details { values["d\(answer.number)_\(detail)"] = "on" }
        }
        return values.merging(acknowledgementValues(form.enterprise), uniquingKeysWith: { first, _ in first })
    }

    static func values(of form: EquipmentForm) -> [String: String] {
        var values: [String: String] = [:]
        for (index, device) in form.devices.enumerated() {
            values["kind\(index)"] = device.kind.rawValue
            values["name\(index)"] = device.name
            values["model\(index)"] = device.model
            values["found\(index)"] = device.found
        }
        return values.merging(acknowledgementValues(form.enterprise), uniquingKeysWith: { first, _ in first })
    }

    private static func acknowledgementValues(_ acknowledgement: EnterpriseAcknowledgement) -> [String: String] {
        [
            "opinion": acknowledgement.opinion, "representative": acknowledgement.representative, "refusalNote": acknowledgement.refusalNote,
            "refused": acknowledgement.refused ? "on" : "", "sealed": acknowledgement.sealed ? "on" : "",
        ]
    }

    private static func render(
        _ req: Request, _ kind: TaskFormKind, view: InspectionTaskView, values: [String: String], errors: [String], status: HTTPResponseStatus
    ) async throws -> Response {
        let language = req.language
        let number = view.task.caseNumber.description
        guard view.mayFill else { throw InspectionTaskRefusal.notOnTeam }
        func options(_ name: String, _ choices: [(String, Bilingual)]) -> [Option] {
            choices.map { Option(name: name, value: $0.0, label: $0.1.text(language), checked: values[name] == $0.0) }
        }
        let items = kind == .record ? InspectionChecklist.items.map { item in
            ItemView(
                number: item.number, text: item.text.text(language), records: options("r\(item.number)", item.records.map { ($0.key, $0.name) }),
                details: item.details.map {
                    Option(name: "d\(item.number)_\($0.key)", value: "on", label: $0.name.text(language), checked: values["d\(item.number)_\($0.key)"] == "on")
                },
                conclusions: options("c\(item.number)", item.conclusions.map { ($0.rawValue, $0.name) }), noteName: "n\(item.number)",
                note: values["n\(item.number)"] ?? ""
            )
        } : []
        let devices = kind == .equipment ? (0..<deviceRows).map { index in
            DeviceRow(
                index: index, kinds: options("kind\(index)", EquipmentEntry.Kind.allCases.map { ($0.rawValue, $0.name) }),
                name: values["name\(index)"] ?? "", model: values["model\(index)"] ?? "", found: values["found\(index)"] ?? ""
            )
        } : []
        let action = kind == .record ? InspectionTaskURL.recordForm(.value(number)).path : InspectionTaskURL.equipmentForm(.value(number)).path
        let content = Content(
            w: words[language] ?? [:], title: kind.name.text(language), caseNumber: number, enterprise: view.task.enterpriseName, action: action,
            back: InspectionTaskURL.task(.value(number)).path, items: items, devices: devices, values: values,
            conclusions: options("conclusion", InspectionConclusion.formCases.map { ($0.rawValue, $0.name) }),
            refused: values["refused"] == "on", sealed: values["sealed"] == "on", errors: errors
        )
        return try await Page(title: "\(kind.name.text(language)) · \(number)", content: content, request: req)
            .render(on: req, template: kind == .record ? "inspection-record-form" : "inspection-equipment-form", status: status)
    }
}
