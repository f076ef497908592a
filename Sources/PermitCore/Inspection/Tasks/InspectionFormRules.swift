import Foundation

/// A form as typed on the phone or sent to the API, before any check: every
/// value a string, so what the attachment does not allow can be named.
public struct RecordFormInput: Sendable {
    public struct Item: Sendable {
        public var record: String?
        public var details: [String]
        public var conclusion: String?
        public var note: String

        public init(record: String?, details: [String] = [], conclusion: String?, note: String = "") {
            self.record = record
            self.details = details
            self.conclusion = conclusion
            self.note = note
        }
    }

    /// Item number → answer.
    public var items: [Int: Item]
    public var other: String
    public var problems: String
    /// 检查结论 as the inspectors ticked it; optional, but refused when it
    /// contradicts the items.
    public var conclusion: String?
    public var enterprise: AcknowledgementInput

    public init(items: [Int: Item], other: String = "", problems: String = "", conclusion: String? = nil, enterprise: AcknowledgementInput) {
        self.items = items
        self.other = other
        self.problems = problems
        self.conclusion = conclusion
        self.enterprise = enterprise
    }
}

/// The enterprise's part as typed: the acknowledgement's own fields, not yet
/// trimmed nor checked for the signature, seal or refusal note.
public typealias AcknowledgementInput = EnterpriseAcknowledgement

public struct EquipmentFormInput: Sendable {
    public struct Device: Sendable {
        public var kind: String
        public var name: String
        public var model: String
        public var found: String

        public init(kind: String, name: String, model: String = "", found: String) {
            self.kind = kind
            self.name = name
            self.model = model
            self.found = found
        }
    }

    public var devices: [Device]
    public var enterprise: AcknowledgementInput

    public init(devices: [Device], enterprise: AcknowledgementInput) {
        self.devices = devices
        self.enterprise = enterprise
    }
}

/// What is wrong with a submitted form, item by item, so the inspector puts
/// everything right in one go. Nothing is written when a form is refused.
public struct InspectionFormRefusal: Error, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// An item left without its record or conclusion.
        case unanswered(item: Int)
        /// A record choice, detail or conclusion the attachment does not print for the item.
        case notAllowed(item: Int, value: String)
        /// 有 ticked without saying what (items 10 and 11), or a detail without 有.
        case detailsMismatch(item: Int)
        /// The conclusion ticked is not the one the items give (note 2).
        case contradictingConclusion(submitted: InspectionConclusion, computed: InspectionConclusion)
        case unknownConclusion(String)
        /// A non-conforming item, but no problem summarised.
        case problemsMissing
        /// Neither the representative's signature with the seal nor a recorded refusal.
        case enterpriseSignatureMissing
        case sealMissing
        case refusalNoteMissing
        case noDevices
        case deviceIncomplete(index: Int)
        case unknownDeviceKind(index: Int, value: String)
        case tooLong(field: String, maximum: Int)
        case tooMany(field: String, maximum: Int)
    }

    public struct Issue: Hashable, Sendable {
        /// The field's path in the API body, e.g. `items.3.conclusion`.
        public var field: String
        public var reason: Reason
    }

    public var issues: [Issue]

    public init(_ issues: [Issue]) {
        self.issues = issues
    }
}

/// The rules of the two forms: pure, tested without a database.
public enum InspectionFormRules {
    public static let noteLimit = 500
    public static let textLimit = 2_000
    public static let nameLimit = 100
    public static let maximumDevices = 100

    /// The record form checked against the attachment: every item 1–11
    /// answered with exactly the choices it prints, the overall conclusion
    /// computed by note 2 (a submitted one must agree), a summary of
    /// problems when any item fails, and the enterprise's signature with
    /// its seal or its refusal recorded.
    public static func record(_ input: RecordFormInput) throws(InspectionFormRefusal) -> InspectionRecordForm {
        var issues: [InspectionFormRefusal.Issue] = []
        func issue(_ field: String, _ reason: InspectionFormRefusal.Reason) { issues.append(.init(field: field, reason: reason)) }
        var answers: [ItemAnswer] = []
        for number in input.items.keys.sorted() where InspectionChecklist.item(number) == nil {
            issue("items.\(number)", .notAllowed(item: number, value: String(number)))
        }
        for item in InspectionChecklist.items {
            let field = "items.\(item.number)"
            guard let given = input.items[item.number] else {
                issue(field, .unanswered(item: item.number))
                continue
            }
            let record = given.record?.trimmingWhitespace() ?? ""
            let conclusionText = given.conclusion?.trimmingWhitespace() ?? ""
            if record.isEmpty { issue("\(field).record", .unanswered(item: item.number)) }
            else if !item.records.contains(where: { $0.key == record }) { issue("\(field).record", .notAllowed(item: item.number, value: record)) }
            var conclusion: ItemConclusion?
            if conclusionText.isEmpty { issue("\(field).conclusion", .unanswered(item: item.number)) }
            else if let value = ItemConclusion(rawValue: conclusionText), item.conclusions.contains(value) { conclusion = value }
            else { issue("\(field).conclusion", .notAllowed(item: item.number, value: conclusionText)) }
            let details = given.details.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            for detail in details where !item.details.contains(where: { $0.key == detail }) {
                issue("\(field).details", .notAllowed(item: item.number, value: detail))
            }
            if !item.details.isEmpty, !record.isEmpty {
                let opened = record == InspectionItem.detailedRecord
                let countFits = item.multipleDetails ? !details.isEmpty : details.count == 1
                if opened ? !countFits : !details.isEmpty { issue("\(field).details", .detailsMismatch(item: item.number)) }
            } else if item.details.isEmpty, !details.isEmpty {
                issue("\(field).details", .detailsMismatch(item: item.number))
            }
            let note = given.note.trimmingWhitespace()
            if note.textLength > noteLimit { issue("\(field).note", .tooLong(field: "\(field).note", maximum: noteLimit)) }
            if let conclusion { answers.append(ItemAnswer(number: item.number, record: record, details: details, conclusion: conclusion, note: note)) }
        }
        let other = input.other.trimmingWhitespace()
        let problems = input.problems.trimmingWhitespace()
        if other.textLength > textLimit { issue("other", .tooLong(field: "other", maximum: textLimit)) }
        if problems.textLength > textLimit { issue("problems", .tooLong(field: "problems", maximum: textLimit)) }
        let computed = InspectionConclusion.of(answers.map(\.conclusion))
        if let text = input.conclusion?.trimmingWhitespace(), !text.isEmpty {
            if let submitted = InspectionConclusion(rawValue: text), InspectionConclusion.formCases.contains(submitted) {
                // Only against a complete set of items: a missing one is named on its own.
                if answers.count == InspectionChecklist.items.count, submitted != computed {
                    issue("conclusion", .contradictingConclusion(submitted: submitted, computed: computed))
                }
            } else {
                issue("conclusion", .unknownConclusion(text))
            }
        }
        if computed == .fail, problems.isEmpty { issue("problems", .problemsMissing) }
        let enterprise = acknowledgement(input.enterprise, &issues)
        guard issues.isEmpty, let enterprise else { throw InspectionFormRefusal(issues) }
        return InspectionRecordForm(items: answers, other: other, problems: problems, conclusion: computed, enterprise: enterprise)
    }

    /// The equipment form: at least one device, each named with its kind
    /// and what was found; the enterprise's signature or refusal.
    public static func equipment(_ input: EquipmentFormInput) throws(InspectionFormRefusal) -> EquipmentForm {
        var issues: [InspectionFormRefusal.Issue] = []
        if input.devices.isEmpty { issues.append(.init(field: "devices", reason: .noDevices)) }
        if input.devices.count > maximumDevices { issues.append(.init(field: "devices", reason: .tooMany(field: "devices", maximum: maximumDevices))) }
        var devices: [EquipmentEntry] = []
        for (index, device) in input.devices.prefix(maximumDevices).enumerated() {
            let field = "devices.\(index)"
            let (name, model, found) = (device.name.trimmingWhitespace(), device.model.trimmingWhitespace(), device.found.trimmingWhitespace())
            guard let kind = EquipmentEntry.Kind(rawValue: device.kind.trimmingWhitespace()) else {
                issues.append(.init(field: "\(field).kind", reason: .unknownDeviceKind(index: index, value: device.kind)))
                continue
            }
            if name.isEmpty || found.isEmpty { issues.append(.init(field: name.isEmpty ? "\(field).name" : "\(field).found", reason: .deviceIncomplete(index: index))) }
            for (key, value, limit) in [("name", name, nameLimit), ("model", model, nameLimit), ("found", found, noteLimit)] where value.textLength > limit {
                issues.append(.init(field: "\(field).\(key)", reason: .tooLong(field: "\(field).\(key)", maximum: limit)))
            }
            devices.append(EquipmentEntry(kind: kind, name: name, model: model, found: found))
        }
        let enterprise = acknowledgement(input.enterprise, &issues)
        guard issues.isEmpty, let enterprise else { throw InspectionFormRefusal(issues) }
        return EquipmentForm(devices: devices, enterprise: enterprise)
    }

    private static func acknowledgement(_ input: AcknowledgementInput, _ issues: inout [InspectionFormRefusal.Issue]) -> EnterpriseAcknowledgement? {
        let (opinion, representative, note) = (input.opinion.trimmingWhitespace(), input.representative.trimmingWhitespace(), input.refusalNote.trimmingWhitespace())
        let before = issues.count
        for (field, value, limit) in [("enterprise.opinion", opinion, textLimit), ("enterprise.representative", representative, nameLimit),
                                      ("enterprise.refusalNote", note, textLimit)] where value.textLength > limit {
            issues.append(.init(field: field, reason: .tooLong(field: field, maximum: limit)))
        }
        if input.refused {
            if note.isEmpty { issues.append(.init(field: "enterprise.refusalNote", reason: .refusalNoteMissing)) }
        } else {
            if representative.isEmpty { issues.append(.init(field: "enterprise.representative", reason: .enterpriseSignatureMissing)) }
            if !input.sealed { issues.append(.init(field: "enterprise.sealed", reason: .sealMissing)) }
        }
        guard issues.count == before else { return nil }
        return input.refused
            ? EnterpriseAcknowledgement(refused: true, refusalNote: note)
            : EnterpriseAcknowledgement(opinion: opinion, representative: representative, sealed: true)
    }
}

extension InspectionFormRefusal.Reason {
    /// What the inspector reads, naming the item as the paper form does.
    public var wording: Bilingual {
        switch self {
        case .unanswered(let item): Bilingual("第 \(item) 项未填写完整（检查记录和单项检查结论均须勾选）", en: "Item \(item) is not answered (record and conclusion)")
        case .notAllowed(let item, let value): Bilingual("第 \(item) 项不能选“\(value)”：检查表未列此选项", en: "Item \(item) does not allow “\(value)”")
        case .detailsMismatch(let item):
            Bilingual("第 \(item) 项勾选“有”时须注明具体情形，未勾选“有”时不能注明", en: "Item \(item): the details go with “yes” and only with it")
        case .contradictingConclusion(let submitted, let computed):
            Bilingual(
                "检查结论“\(submitted.name.zhHans)”与各单项结论矛盾：按判定原则应为“\(computed.name.zhHans)”（未发现不符合项为合格，否则为不合格）",
                en: "The conclusion “\(submitted.name.en)” contradicts the items: by the rule it is “\(computed.name.en)”"
            )
        case .unknownConclusion(let value): Bilingual("检查结论只能是合格或不合格，不能是“\(value)”", en: "The conclusion is pass or fail, not “\(value)”")
        case .problemsMissing: Bilingual("有不符合项，须填写现场检查发现的问题汇总", en: "An item does not conform: summarise the problems found")
        case .enterpriseSignatureMissing:
            Bilingual("缺少企业负责人/代表签名；企业拒绝签字的，须如实记录", en: "The enterprise's representative has not signed; record a refusal if they refused")
        case .sealMissing: Bilingual("企业签字须盖章确认", en: "The enterprise's signature needs its seal")
        case .refusalNoteMissing: Bilingual("企业拒绝签字的，须如实记录拒签情况", en: "Record how the enterprise refused to sign")
        case .noDevices: Bilingual("关键生产设备表至少列一台关键生产或检验设备", en: "List at least one key production or inspection device")
        case .deviceIncomplete(let index): Bilingual("第 \(index + 1) 台设备须填写名称和检查情况", en: "Device \(index + 1) needs a name and what was found")
        case .unknownDeviceKind(let index, let value):
            Bilingual("第 \(index + 1) 台设备类别“\(value)”无效（生产设备或检验设备）", en: "Device \(index + 1): unknown kind “\(value)”")
        case .tooLong(let field, let maximum): Bilingual("\(field) 超过 \(maximum) 字", en: "\(field) is longer than \(maximum) characters")
        case .tooMany(let field, let maximum): Bilingual("\(field) 超过 \(maximum) 项", en: "\(field) has more than \(maximum) entries")
        }
    }
}
