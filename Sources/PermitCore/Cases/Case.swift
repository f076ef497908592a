import Foundation

public typealias CaseID = Identifier<Case>
public typealias CaseRecordID = Identifier<CaseRecord>

/// 案件 — one unit of administrative work under one number (一案一号,
/// ARC-1), moving through the nodes of the process version it was opened
/// under.
public struct Case: Hashable, Sendable {
    public var id: CaseID
    public var number: CaseNumber
    public var process: ProcessID
    public var processVersion: Int
    public var subject: CaseSubject
    /// The district the case belongs to, for access by district; nil for a
    /// city-level case (CMA is the city bureau's).
    public var district: DistrictCode?
    public var team: [CaseMember]
    /// 审查机构 — the review agency whose reviewers carry out the case, by
    /// credit code, where one is assigned.
    public var agency: UnifiedSocialCreditCode?
    public var openedAt: Date
    public var openedBy: ActorReference
    public var clock: CaseClock
    public var nodes: [CaseNode]
    public var records: [CaseRecord]
    public var closedAt: Date?

    public init(
        id: CaseID, number: CaseNumber, process: ProcessID, processVersion: Int, subject: CaseSubject,
        district: DistrictCode?, team: [CaseMember], agency: UnifiedSocialCreditCode? = nil, openedAt: Date, openedBy: ActorReference,
        clock: CaseClock = CaseClock(), nodes: [CaseNode], records: [CaseRecord] = [], closedAt: Date? = nil
    ) {
        self.id = id
        self.number = number
        self.process = process
        self.processVersion = processVersion
        self.subject = subject
        self.district = district
        self.team = team
        self.agency = agency
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.clock = clock
        self.nodes = nodes
        self.records = records
        self.closedAt = closedAt
    }

    public var isClosed: Bool { closedAt != nil }
    public var openedOn: CivilDate { CivilDate(openedAt) }

    public func node(_ key: NodeKey) -> CaseNode? { nodes.first { $0.key == key } }

    /// The records of `node` that stand: those no later record supersedes.
    public func standingRecords(of node: NodeKey) -> [CaseRecord] {
        let superseded = Set(records.compactMap(\.supersedes))
        return records.filter { $0.node == node && !superseded.contains($0.id) }
    }
}

/// Whose case it is: an enterprise or an agency, by credit code, with the
/// name it had when the case was opened.
public struct CaseSubject: Hashable, Sendable, Codable {
    public var kind: SubjectKind
    public var creditCode: UnifiedSocialCreditCode
    public var name: String

    public init(kind: SubjectKind, creditCode: UnifiedSocialCreditCode, name: String) {
        self.kind = kind
        self.creditCode = creditCode
        self.name = name
    }
}

/// 办案人员 — someone assigned to the case: its team, or a review agency's
/// reviewer. Membership grants access to this case beyond role and district.
public struct CaseMember: Hashable, Sendable, Codable {
    public var user: UserID
    public var username: Username
    public var displayName: String

    public init(user: UserID, username: Username, displayName: String) {
        self.user = user
        self.username = username
        self.displayName = displayName
    }
}

/// Where a node of a case stands.
public enum NodeStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Not yet settled: records may be added.
    case open
    /// Every required record is there.
    case complete
    /// Completed with audio-visual recording replaced by a written
    /// statement (REC-8).
    case exempted
    /// 如有 — the node did not happen in this case, with the reason.
    case notApplicable = "not_applicable"

    public var isSettled: Bool { self != .open }
}

public struct CaseNode: Hashable, Sendable {
    public var key: NodeKey
    public var status: NodeStatus
    /// The written statement that replaces the node's audio-visual records.
    public var exemption: Exemption?
    public var notApplicableReason: String?
    public var settledAt: Date?
    public var settledBy: ActorReference?

    public init(
        key: NodeKey, status: NodeStatus = .open, exemption: Exemption? = nil, notApplicableReason: String? = nil,
        settledAt: Date? = nil, settledBy: ActorReference? = nil
    ) {
        self.key = key
        self.status = status
        self.exemption = exemption
        self.notApplicableReason = notApplicableReason
        self.settledAt = settledAt
        self.settledBy = settledBy
    }
}

/// REC-8: why a node was not recorded on camera, and the written statement
/// made instead.
public struct Exemption: Hashable, Sendable {
    public enum Ground: String, Hashable, Sendable, Codable, CaseIterable {
        /// 涉及国家秘密、商业秘密或者个人隐私
        case secrecyOrPrivacy = "secrecy_or_privacy"
        /// 情况紧急无法使用
        case emergency
        /// 因实验场所安全要求、设备故障等客观原因无法使用
        case safetyOrFailure = "safety_or_failure"

        public var name: Bilingual {
            switch self {
            case .secrecyOrPrivacy: Bilingual("涉及国家秘密、商业秘密或者个人隐私", en: "State secret, trade secret or privacy")
            case .emergency: Bilingual("情况紧急无法使用", en: "Emergency")
            case .safetyOrFailure: Bilingual("场所安全要求、设备故障等客观原因", en: "Site safety or equipment failure")
            }
        }
    }

    public var ground: Ground
    public var statement: String
    public var recordedAt: Date
    public var recordedBy: ActorReference

    public init(ground: Ground, statement: String, recordedAt: Date, recordedBy: ActorReference) {
        self.ground = ground
        self.statement = statement
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

/// 记录 — one record of a node: a text written in the system now; photos,
/// videos and scans arrive with the evidence capability. A correction is a
/// new record naming the one it supersedes, and both stay (REC-9).
public struct CaseRecord: Hashable, Sendable {
    public var id: CaseRecordID
    public var node: NodeKey
    public var form: RecordForm
    public var label: String
    public var text: String?
    /// SHA-256 of the stored evidence, for forms other than text.
    public var sha256: String?
    public var supersedes: CaseRecordID?
    public var recordedAt: Date
    public var recordedBy: ActorReference
    /// For an original: what was read from it when it was recorded.
    public var evidence: RecordEvidence?
    /// For a text filled in on a prescribed form (REC-6, REC-11).
    public var textForm: TextForm?

    public init(
        id: CaseRecordID, node: NodeKey, form: RecordForm, label: String, text: String? = nil, sha256: String? = nil,
        supersedes: CaseRecordID? = nil, recordedAt: Date, recordedBy: ActorReference, evidence: RecordEvidence? = nil
    ) {
        self.evidence = evidence
        self.id = id
        self.node = node
        self.form = form
        self.label = label
        self.text = text
        self.sha256 = sha256
        self.supersedes = supersedes
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}
