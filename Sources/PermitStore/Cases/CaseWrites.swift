import Fluent
import Foundation
import PermitCore

extension WriteTransaction {
    /// The case as it stands inside this transaction, which holds the
    /// ledger's lock: no other writer changes it before this one commits.
    public func `case`(_ number: CaseNumber) async throws -> Case? {
        try await CaseReads.find(number, on: db)
    }

    /// The definition a case was opened under, shipped or published.
    public func process(_ id: ProcessID, version: Int) async throws -> ProcessDefinition? {
        if let shipped = ProcessDefinition.shipped.first(where: { $0.id == id && $0.version == version }) { return shipped }
        return try await ProcessVersionRow.find("\(id)@\(version)", on: db)?.domain()
    }

    /// The latest version of a process.
    public func currentProcess(_ id: ProcessID) async throws -> ProcessDefinition? {
        let published = try await ProcessVersionRow.query(on: db).filter(\.$processID == id.rawValue).sort(\.$version, .descending).first()
        return try published?.domain() ?? ProcessDefinition.shipped.first { $0.id == id }
    }

    /// The next case number of `kind` in `year`, taken only if this
    /// transaction commits (一案一号, ARC-1).
    public func nextCaseNumber(_ kind: CaseKind, year: Int) async throws -> CaseNumber {
        try CaseNumber(kind: kind, year: year, sequence: try await NumberCounter.next(in: NumberCounter.caseScope(kind, year: year), on: sql))
    }

    /// Writes a newly opened case and each of its nodes, each with its entry.
    public func open(_ subject: Case, by actor: ActorReference, at now: Date) async throws {
        let row = try CaseRow(subject)
        try await insert(row, event(.caseOpened, row, actor, now))
        for (position, node) in subject.nodes.enumerated() {
            let nodeRow = CaseNodeRow(node, of: subject, position: position)
            try await insert(nodeRow, event(.caseNodeOpened, nodeRow, actor, now))
        }
    }

    /// Writes what a command changed, one entry per change.
    public func save(_ subject: Case, _ changes: [CaseChange], by actor: ActorReference, at now: Date) async throws {
        for change in changes {
            switch change {
            case .opened:
                try await open(subject, by: actor, at: now)
            case .recordAdded(let id):
                guard let record = subject.records.first(where: { $0.id == id }) else { continue }
                let row = try CaseRecordRow(record, of: subject)
                try await insert(row, event(.caseRecordAdded, row, actor, now))
            case .exemptionRecorded(let key):
                try await updateNode(key, of: subject, .caseExemptionRecorded, actor, now)
            case .nodeSettled(let key):
                let kind: DomainEvent.Kind = switch subject.node(key)?.status {
                case .notApplicable?: .caseNodeNotApplicable
                case .exempted?: .caseNodeExempted
                default: .caseNodeCompleted
                }
                try await updateNode(key, of: subject, kind, actor, now)
            case .clockPaused:
                try await updateCase(subject, .caseClockPaused, actor, now)
            case .clockResumed:
                try await updateCase(subject, .caseClockResumed, actor, now)
            case .closed:
                try await updateCase(subject, .caseClosed, actor, now)
            }
        }
    }

    public func publish(_ definition: ProcessDefinition, by actor: ActorReference, at now: Date) async throws {
        let row = try ProcessVersionRow(definition, at: now)
        try await insert(row, event(.processPublished, row, actor, now))
    }

    private func updateNode(_ key: NodeKey, of subject: Case, _ kind: DomainEvent.Kind, _ actor: ActorReference, _ now: Date) async throws {
        guard let node = subject.node(key),
              let row = try await CaseNodeRow.find(CaseNodeRow.subjectID(subject.number, key), on: db)
        else { throw StoreError.corruptRow(table: CaseNodeRow.schema, id: CaseNodeRow.subjectID(subject.number, key)) }
        row.update(from: node)
        try await update(row, event(kind, row, actor, now))
    }

    private func updateCase(_ subject: Case, _ kind: DomainEvent.Kind, _ actor: ActorReference, _ now: Date) async throws {
        guard let row = try await CaseRow.find(subject.id.rawValue, on: db) else {
            throw StoreError.corruptRow(table: CaseRow.schema, id: subject.number.description)
        }
        try row.update(from: subject)
        try await update(row, event(kind, row, actor, now))
    }

    private func event<R: LedgerCovered>(_ kind: DomainEvent.Kind, _ row: R, _ actor: ActorReference, _ now: Date) -> DomainEvent {
        DomainEvent(kind: kind, actor: actor, subject: .init(kind: R.subjectKind, id: row.subjectID), occurredAt: now, fields: [:])
    }
}

extension DomainEvent.Kind {
    public static let caseOpened = Self(rawValue: "case.opened")
    public static let caseNodeOpened = Self(rawValue: "case.node_opened")
    public static let caseRecordAdded = Self(rawValue: "case.record_added")
    public static let caseExemptionRecorded = Self(rawValue: "case.exemption_recorded")
    public static let caseNodeCompleted = Self(rawValue: "case.node_completed")
    public static let caseNodeExempted = Self(rawValue: "case.node_exempted")
    public static let caseNodeNotApplicable = Self(rawValue: "case.node_not_applicable")
    public static let caseClockPaused = Self(rawValue: "case.clock_paused")
    public static let caseClockResumed = Self(rawValue: "case.clock_resumed")
    public static let caseClosed = Self(rawValue: "case.closed")
    public static let processPublished = Self(rawValue: "process.published")
}
