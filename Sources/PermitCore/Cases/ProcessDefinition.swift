/// 流程 — a process as data: the nodes a case of it passes, in order, with
/// the records each requires (REC-1). Definitions are versioned; a case
/// keeps the version it was opened under, so a bureau can adjust a process
/// without changing what running cases must do.
public struct ProcessDefinition: Hashable, Sendable, Codable {
    /// A stable name such as `license-onsite-review`, used in the API.
    public var id: ProcessID
    public var version: Int
    public var name: Bilingual
    /// What the case number says the case is (一案一号, ARC-1).
    public var caseKind: CaseKind
    /// Whose case it is: an enterprise for licensing, an agency for CMA.
    public var subject: SubjectKind
    public var nodes: [NodeDefinition]
    /// 立卷归档 — filing once the case closes (ARC-2), if the process has it.
    public var filing: DeadlineRule?

    public init(
        id: ProcessID, version: Int, name: Bilingual, caseKind: CaseKind, subject: SubjectKind,
        nodes: [NodeDefinition], filing: DeadlineRule? = nil
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.caseKind = caseKind
        self.subject = subject
        self.nodes = nodes
        self.filing = filing
    }

    public func node(_ id: NodeKey) -> NodeDefinition? {
        nodes.first { $0.id == id }
    }

    /// The nodes `node` waits for: those named in its `after`, or else the
    /// one before it — a process is a sequence unless it says otherwise.
    public func predecessors(of node: NodeDefinition) -> [NodeKey] {
        if let after = node.after { return after }
        guard let index = nodes.firstIndex(of: node), index > 0 else { return [] }
        return [nodes[index - 1].id]
    }
}

public struct ProcessID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Lower-case ASCII words joined by hyphens, at most 48 characters.
    public init?(rawValue: String) {
        guard (1...48).contains(rawValue.utf8.count), NodeKey.isSlug(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Whose case it is.
public enum SubjectKind: String, Hashable, Sendable, Codable {
    /// A licensed or applying enterprise, found by credit code in the registry.
    case enterprise
    /// 检验检测机构 — an inspection and testing agency (CMA).
    case testingAgency
}

/// A node's name within its process, e.g. `first-meeting`.
public struct NodeKey: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard (1...48).contains(rawValue.utf8.count), Self.isSlug(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    static func isSlug(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
    }
}

/// 记录节点 — one step of a process and what must be recorded at it.
public struct NodeDefinition: Hashable, Sendable, Codable {
    public var id: NodeKey
    /// 许可流程 / 检查形式 — the stage of the process the node belongs to, e.g. 后置现场审查.
    public var stage: Bilingual
    public var name: Bilingual
    /// The records the node requires, each met by at least one record.
    public var requirements: [RecordRequirement]
    /// 如有 — the node happens only where it applies; otherwise it is marked
    /// not applicable with a reason.
    public var whereApplicable: Bool
    /// 网站公示 — the node's outcome is disclosed on the public site (REC-12).
    public var disclosed: Bool
    public var deadline: DeadlineRule?
    /// The roles that carry the node out, whose worklists it appears on.
    public var performers: Set<Role>
    /// The nodes this one waits for; nil means the node before it.
    public var after: [NodeKey]?

    public init(
        _ id: String, stage: Bilingual, name: Bilingual, requires requirements: [RecordRequirement], whereApplicable: Bool = false,
        disclosed: Bool = false, deadline: DeadlineRule? = nil, performers: Set<Role>, after: [NodeKey]? = nil
    ) {
        guard let key = NodeKey(rawValue: id) else { preconditionFailure("not a node key: \(id)") }
        self.id = key
        self.stage = stage
        self.name = name
        self.requirements = requirements
        self.whereApplicable = whereApplicable
        self.disclosed = disclosed
        self.deadline = deadline
        self.performers = performers
        self.after = after
    }
}

/// One record a node requires: of one form, or of any of several where the
/// rule lets the recorder choose (风险监控: "采用照片或视频拍摄").
public struct RecordRequirement: Hashable, Sendable, Codable, CustomStringConvertible {
    public let forms: [RecordForm]

    public static func one(_ form: RecordForm) -> Self { Self(forms: [form]) }
    public static func either(_ forms: RecordForm...) -> Self { Self(forms: forms.sorted()) }

    public func isMet(by form: RecordForm) -> Bool { forms.contains(form) }

    /// `photo`, or `photo|video` for a choice: the API's spelling.
    public var description: String { forms.map(\.rawValue).joined(separator: "|") }

    public var name: Bilingual {
        Bilingual(forms.map(\.name.zhHans).joined(separator: "或"), en: forms.map(\.name.en).joined(separator: " or "))
    }

    public var isAudioVisual: Bool { forms.allSatisfy(\.isAudioVisual) }
}
