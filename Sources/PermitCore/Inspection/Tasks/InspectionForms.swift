import Foundation

/// 一企两表 — the two forms of each inspection task (RND-4, RND-5): the
/// inspection record form of seed 002's attachment and the key production
/// equipment form (关键生产设备表). Both carry the enterprise's confirmation
/// (签字盖章) or the recorded fact that it refused to sign (seed 002 六(一)2).
public enum TaskFormKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// 监督检查记录表
    case record
    /// 关键生产设备表
    case equipment

    public var name: Bilingual {
        switch self {
        case .record: Bilingual("“双随机一公开”监督检查表", en: "Random inspection record form")
        case .equipment: Bilingual("关键生产设备表", en: "Key production equipment form")
        }
    }

    /// The case node the form is recorded at.
    public var node: NodeKey {
        switch self {
        case .record: RandomInspectionNodes.recordForm
        case .equipment: RandomInspectionNodes.equipmentForm
        }
    }
}

/// One item's answer as checked: the record ticked, the bracketed details,
/// the item conclusion and the remark (备注).
public struct ItemAnswer: Codable, Hashable, Sendable {
    public var number: Int
    public var record: String
    public var details: [String]
    public var conclusion: ItemConclusion
    public var note: String

    public init(number: Int, record: String, details: [String] = [], conclusion: ItemConclusion, note: String = "") {
        self.number = number
        self.record = record
        self.details = details
        self.conclusion = conclusion
        self.note = note
    }
}

/// 企业意见 and 企业负责人/代表（签名）with the seal, or the fact that the
/// enterprise refused to sign, recorded as it happened.
public struct EnterpriseAcknowledgement: Codable, Hashable, Sendable {
    public var refused: Bool
    public var opinion: String
    public var representative: String
    /// 盖章 — the enterprise's seal was put on the paper copy.
    public var sealed: Bool
    /// What the inspectors recorded of the refusal.
    public var refusalNote: String

    public init(refused: Bool = false, opinion: String = "", representative: String = "", sealed: Bool = false, refusalNote: String = "") {
        self.refused = refused
        self.opinion = opinion
        self.representative = representative
        self.sealed = sealed
        self.refusalNote = refusalNote
    }

    public var wording: Bilingual {
        if refused { return Bilingual("企业拒绝签字：\(refusalNote)", en: "The enterprise refused to sign: \(refusalNote)") }
        return Bilingual(
            "企业意见：\(opinion)\n企业负责人/代表（签名）：\(representative)（已盖章）",
            en: "Enterprise's opinion: \(opinion)\nSigned by \(representative) (sealed)"
        )
    }
}

/// The inspection record form as submitted and accepted.
public struct InspectionRecordForm: Codable, Hashable, Sendable {
    /// Items 1–11, in order.
    public var items: [ItemAnswer]
    /// Item 12, 其他需要检查的项目.
    public var other: String
    /// 现场检查发现的问题汇总.
    public var problems: String
    /// Computed by the attachment's rule, never taken from the submitter.
    public var conclusion: InspectionConclusion
    public var enterprise: EnterpriseAcknowledgement

    public init(items: [ItemAnswer], other: String, problems: String, conclusion: InspectionConclusion, enterprise: EnterpriseAcknowledgement) {
        self.items = items
        self.other = other
        self.problems = problems
        self.conclusion = conclusion
        self.enterprise = enterprise
    }

    /// The text kept as the node's record, as printed.
    public var text: String {
        var lines = items.map { answer -> String in
            let item = InspectionChecklist.item(answer.number)
            let record = item?.records.first { $0.key == answer.record }?.name.zhHans ?? answer.record
            let details = answer.details.compactMap { key in item?.details.first { $0.key == key }?.name.zhHans }
            var line = "\(answer.number). \(item?.text.zhHans ?? "")：检查记录 \(record)"
            if !details.isEmpty { line += "（\(details.joined(separator: "、"))）" }
            line += "；单项结论 \(answer.conclusion.name.zhHans)"
            if !answer.note.isEmpty { line += "；备注 \(answer.note)" }
            return line
        }
        lines.append("12. \(InspectionChecklist.otherItem.zhHans)：\(other.isEmpty ? "无" : other)")
        lines.append("现场检查发现的问题汇总：\(problems.isEmpty ? "无" : problems)")
        lines.append("检查结论：\(conclusion.name.zhHans)")
        lines.append(enterprise.wording.zhHans)
        return lines.joined(separator: "\n")
    }
}

/// 关键生产设备表: the key production and inspection devices seen and what
/// was found; their photos are evidence records of the form's node.
public struct EquipmentForm: Codable, Hashable, Sendable {
    public var devices: [EquipmentEntry]
    public var enterprise: EnterpriseAcknowledgement

    public init(devices: [EquipmentEntry], enterprise: EnterpriseAcknowledgement) {
        self.devices = devices
        self.enterprise = enterprise
    }

    public var text: String {
        var lines = devices.enumerated().map { index, device in
            "\(index + 1). \(device.kind.name.zhHans) \(device.name)\(device.model.isEmpty ? "" : "（\(device.model)）")：\(device.found)"
        }
        lines.append(enterprise.wording.zhHans)
        return lines.joined(separator: "\n")
    }
}

public struct EquipmentEntry: Codable, Hashable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Hashable, Sendable {
        /// 关键生产设备
        case production
        /// 关键检验设备
        case inspection

        public var name: Bilingual {
            switch self {
            case .production: Bilingual("生产设备", en: "Production")
            case .inspection: Bilingual("检验设备", en: "Inspection")
            }
        }
    }

    public var kind: Kind
    public var name: String
    /// 规格型号
    public var model: String
    /// 检查情况 — what was found.
    public var found: String

    public init(kind: Kind, name: String, model: String = "", found: String) {
        self.kind = kind
        self.name = name
        self.model = model
        self.found = found
    }
}
