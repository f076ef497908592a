import Foundation

/// 文书格式 — the written records seed 000 prescribes a form for (REC-6,
/// REC-11): meeting minutes hold time, place, people and content; the
/// on-site plan, its notice and the check record follow 沪质技监监〔2017〕346号.
/// Filled in field by field and kept as one text, so the ledger's digest
/// covers exactly what is printed.
public enum TextForm: String, CaseIterable, Hashable, Sendable, Codable {
    case meetingMinutes = "meeting-minutes"
    case onSitePlan = "onsite-plan"
    case planNotice = "plan-notice"
    case checkRecord = "check-record"

    public struct Field: Hashable, Sendable {
        public let key: String
        public let name: Bilingual
    }

    public var name: Bilingual {
        switch self {
        case .meetingMinutes: Bilingual("会议记录", en: "Meeting minutes")
        case .onSitePlan: Bilingual("企业现场核查计划", en: "On-site check plan")
        case .planNotice: Bilingual("企业现场核查计划通知书", en: "Notice of the on-site check plan")
        case .checkRecord: Bilingual("企业现场核查记录", en: "On-site check record")
        }
    }

    public var fields: [Field] {
        switch self {
        case .meetingMinutes:
            [field("time", "时间", "Time"), field("place", "地点", "Place"), field("people", "参加人员", "People present"), field("content", "会议内容", "Content")]
        case .onSitePlan:
            [field("dates", "核查日期", "Dates"), field("team", "审查组成员", "Review team"), field("scope", "核查内容及依据", "Scope and basis"),
             field("schedule", "日程安排", "Schedule")]
        case .planNotice:
            [field("enterprise", "企业名称", "Enterprise"), field("dates", "核查日期", "Dates"), field("team", "审查组成员", "Review team"),
             field("requests", "请企业配合事项", "What the enterprise is asked to prepare")]
        case .checkRecord:
            [field("items", "核查项目及情况", "Items checked and findings"), field("conclusion", "核查结论", "Conclusion"),
             field("improvements", "改进要求", "Improvement requests")]
        }
    }

    /// The text kept and printed: one `名称：值` paragraph per field, in order.
    /// Every field is required; the keys of those left empty are returned
    /// instead, for the form to point at.
    public func render(_ values: [String: String]) -> Result<String, MissingFields> {
        let missing = fields.filter { (values[$0.key] ?? "").trimmingWhitespace().isEmpty }.map(\.key)
        guard missing.isEmpty else { return .failure(MissingFields(keys: missing)) }
        return .success(fields.map { "\($0.name.zhHans)：\(values[$0.key]!.trimmingWhitespace())" }.joined(separator: "\n"))
    }

    /// Reads a kept text back into its fields, for the printed page.
    public func fields(of text: String) -> [(Field, String)] {
        var values: [String: [String]] = [:]
        var current: String?
        for line in text.components(separatedBy: "\n") {
            if let field = fields.first(where: { line.hasPrefix("\($0.name.zhHans)：") }) {
                current = field.key
                values[field.key] = [String(line.dropFirst(field.name.zhHans.count + 1))]
            } else if let current {
                // A value written over several lines continues until the next field.
                values[current, default: []].append(line)
            }
        }
        return fields.map { ($0, values[$0.key]?.joined(separator: "\n") ?? "") }
    }

    /// The form a node of the on-site review writes its record on.
    public static func prescribed(for node: NodeKey) -> TextForm? {
        switch node.rawValue {
        case "first-meeting", "final-meeting": .meetingMinutes
        case "onsite-plan": .onSitePlan
        case "onsite-notice": .planNotice
        case "production-equipment", "inspection-equipment": .checkRecord
        default: nil
        }
    }

    public struct MissingFields: Error, Hashable, Sendable {
        public let keys: [String]

        public init(keys: [String]) {
            self.keys = keys
        }
    }

    private func field(_ key: String, _ zh: String, _ en: String) -> Field {
        Field(key: key, name: Bilingual(zh, en: en))
    }
}
