import Fluent
import Foundation
import PermitCore

/// One row per case: who it concerns, under which process version, its
/// team and clock. Nodes and records are rows of their own, so each change
/// rewrites one small row and the ledger entry covering it.
final class CaseRow: Model, @unchecked Sendable {
    static let schema = "cases"

    @ID(key: .id) var id: UUID?
    @Field(key: "number") var number: String
    @Field(key: "process_id") var processID: String
    @Field(key: "process_version") var processVersion: Int
    @Field(key: "subject_kind") var subjectKind: String
    @Field(key: "subject_credit_code") var subjectCreditCode: String
    @Field(key: "subject_name") var subjectName: String
    @OptionalField(key: "district_code") var districtCode: String?
    @OptionalField(key: "agency_code") var agencyCode: String?
    /// The team as JSON: a short list read and written whole.
    @Field(key: "team") var team: String
    /// The clock's pauses as JSON, for the same reason.
    @Field(key: "clock") var clock: String
    @Field(key: "opened_at") var openedAt: Date
    @Field(key: "opened_by") var openedBy: String
    @OptionalField(key: "closed_at") var closedAt: Date?

    init() {}

    init(_ subject: Case) throws {
        id = subject.id.rawValue
        number = subject.number.description
        processID = subject.process.rawValue
        processVersion = subject.processVersion
        subjectKind = subject.subject.kind.rawValue
        subjectCreditCode = subject.subject.creditCode.rawValue
        subjectName = subject.subject.name
        districtCode = subject.district?.rawValue
        agencyCode = subject.agency?.rawValue
        openedAt = LedgerTime.normalized(subject.openedAt)
        openedBy = subject.openedBy.rawValue
        team = try CaseJSON.encode(subject.team)
        try update(from: subject)
    }

    /// The parts of a case that change after it is opened.
    func update(from subject: Case) throws {
        clock = try CaseJSON.encode(subject.clock)
        closedAt = subject.closedAt.map(LedgerTime.normalized)
    }

    /// The case without its nodes and records, which the repository adds.
    func domain() throws -> Case {
        let corrupt = StoreError.corruptRow(table: Self.schema, id: number)
        guard let id, let caseNumber = try? CaseNumber(parsing: number), let process = ProcessID(rawValue: processID),
              let kind = SubjectKind(rawValue: subjectKind),
              let creditCode = try? UnifiedSocialCreditCode(validating: subjectCreditCode),
              let team = try? CaseJSON.decode([CaseMember].self, team),
              let clock = try? CaseJSON.decode(CaseClock.self, clock)
        else { throw corrupt }
        let district = try districtCode.map { code in
            guard let district = DistrictCode(rawValue: code) else { throw corrupt }
            return district
        }
        let agency = try agencyCode.map { code in
            guard let agency = try? UnifiedSocialCreditCode(validating: code) else { throw corrupt }
            return agency
        }
        return Case(
            id: CaseID(rawValue: id), number: caseNumber, process: process, processVersion: processVersion,
            subject: CaseSubject(kind: kind, creditCode: creditCode, name: subjectName), district: district, team: team,
            agency: agency, openedAt: openedAt, openedBy: ActorReference(rawValue: openedBy), clock: clock, nodes: [],
            closedAt: closedAt
        )
    }
}

final class CaseNodeRow: Model, @unchecked Sendable {
    static let schema = "case_nodes"

    /// `<case number>/<node key>`: the node's ledger subject.
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "node_key") var nodeKey: String
    @Field(key: "status") var status: String
    @OptionalField(key: "exemption_ground") var exemptionGround: String?
    @OptionalField(key: "exemption_statement") var exemptionStatement: String?
    @OptionalField(key: "exemption_at") var exemptionAt: Date?
    @OptionalField(key: "exemption_by") var exemptionBy: String?
    @OptionalField(key: "not_applicable_reason") var notApplicableReason: String?
    @OptionalField(key: "settled_at") var settledAt: Date?
    @OptionalField(key: "settled_by") var settledBy: String?

    init() {}

    init(_ node: CaseNode, of subject: Case, position: Int) {
        id = Self.subjectID(subject.number, node.key)
        caseID = subject.id.rawValue
        self.position = position
        nodeKey = node.key.rawValue
        update(from: node)
    }

    static func subjectID(_ number: CaseNumber, _ key: NodeKey) -> String { "\(number)/\(key)" }

    func update(from node: CaseNode) {
        status = node.status.rawValue
        exemptionGround = node.exemption?.ground.rawValue
        exemptionStatement = node.exemption?.statement
        exemptionAt = node.exemption.map { LedgerTime.normalized($0.recordedAt) }
        exemptionBy = node.exemption?.recordedBy.rawValue
        notApplicableReason = node.notApplicableReason
        settledAt = node.settledAt.map(LedgerTime.normalized)
        settledBy = node.settledBy?.rawValue
    }

    func domain() throws -> CaseNode {
        guard let key = NodeKey(rawValue: nodeKey), let status = NodeStatus(rawValue: status) else {
            throw StoreError.corruptRow(table: Self.schema, id: id ?? "")
        }
        var exemption: Exemption?
        if let ground = exemptionGround {
            guard let ground = Exemption.Ground(rawValue: ground), let statement = exemptionStatement, let at = exemptionAt,
                  let by = exemptionBy
            else { throw StoreError.corruptRow(table: Self.schema, id: id ?? "") }
            exemption = Exemption(ground: ground, statement: statement, recordedAt: at, recordedBy: ActorReference(rawValue: by))
        }
        return CaseNode(
            key: key, status: status, exemption: exemption, notApplicableReason: notApplicableReason, settledAt: settledAt,
            settledBy: settledBy.map(ActorReference.init(rawValue:))
        )
    }
}

/// A record of a node. Rows are only ever inserted: a correction is a new
/// row naming the one it supersedes (REC-9).
final class CaseRecordRow: Model, @unchecked Sendable {
    static let schema = "case_records"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "node_key") var nodeKey: String
    @Field(key: "form") var form: String
    @Field(key: "label") var label: String
    @OptionalField(key: "text") var text: String?
    @OptionalField(key: "sha256") var sha256: String?
    @OptionalField(key: "supersedes") var supersedes: UUID?
    @Field(key: "recorded_at") var recordedAt: Date
    @Field(key: "recorded_by") var recordedBy: String
    /// `RecordEvidence` as JSON with sorted keys, for originals.
    @OptionalField(key: "evidence") var evidence: String?
    @OptionalField(key: "text_form") var textForm: String?

    init() {}

    init(_ record: CaseRecord, of subject: Case) throws {
        evidence = try record.evidence.map(Self.encode)
        textForm = record.textForm?.rawValue
        id = record.id.rawValue
        caseID = subject.id.rawValue
        caseNumber = subject.number.description
        nodeKey = record.node.rawValue
        form = record.form.rawValue
        label = record.label
        text = record.text
        sha256 = record.sha256
        supersedes = record.supersedes?.rawValue
        recordedAt = LedgerTime.normalized(record.recordedAt)
        recordedBy = record.recordedBy.rawValue
    }

    func domain() throws -> CaseRecord {
        guard let id, let key = NodeKey(rawValue: nodeKey), let form = RecordForm(rawValue: form) else {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
        var record = CaseRecord(
            id: CaseRecordID(rawValue: id), node: key, form: form, label: label, text: text, sha256: sha256,
            supersedes: supersedes.map(CaseRecordID.init(rawValue:)), recordedAt: recordedAt,
            recordedBy: ActorReference(rawValue: recordedBy),
            evidence: try evidence.map(Self.decode)
        )
        record.textForm = textForm.flatMap(TextForm.init(rawValue:))
        return record
    }

    private static func encode(_ evidence: RecordEvidence) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(evidence), as: UTF8.self)
    }

    private static func decode(_ text: String) throws -> RecordEvidence {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(RecordEvidence.self, from: Data(text.utf8))
    }
}

/// A process version an administrator published; the shipped versions
/// live in code (`ProcessDefinition.shipped`) and need no row.
final class ProcessVersionRow: Model, @unchecked Sendable {
    static let schema = "process_versions"

    /// `<process id>@<version>`: the version's ledger subject.
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "process_id") var processID: String
    @Field(key: "version") var version: Int
    @Field(key: "definition") var definition: String
    @Field(key: "published_at") var publishedAt: Date

    init() {}

    init(_ definition: ProcessDefinition, at now: Date) throws {
        id = Self.subjectID(definition)
        processID = definition.id.rawValue
        version = definition.version
        self.definition = try CaseJSON.encode(definition)
        publishedAt = LedgerTime.normalized(now)
    }

    static func subjectID(_ definition: ProcessDefinition) -> String { "\(definition.id)@\(definition.version)" }

    func domain() throws -> ProcessDefinition {
        guard let definition = try? CaseJSON.decode(ProcessDefinition.self, definition) else {
            throw StoreError.corruptRow(table: Self.schema, id: id ?? "")
        }
        return definition
    }
}

/// JSON for the few columns that hold a small structure whole, with sorted
/// keys so the same value is always the same text (the ledger compares it).
enum CaseJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
