import Foundation

/// The rules of every case, whatever its process: pure, so what a command
/// does to a case is decided here and tested without a database. The store
/// writes the returned case and records each change in the ledger.
public struct CaseMachine: Sendable {
    public let definition: ProcessDefinition

    /// Statements and reasons are free text, bounded so a page shows them whole.
    public static let textLimit = 5_000

    public init(definition: ProcessDefinition) {
        self.definition = definition
    }

    /// A new case of this process, every node open.
    public func open(
        id: CaseID, number: CaseNumber, subject: CaseSubject, district: DistrictCode?, team: [CaseMember],
        agency: UnifiedSocialCreditCode?, by actor: ActorReference, at now: Date
    ) -> Case {
        Case(
            id: id, number: number, process: definition.id, processVersion: definition.version, subject: subject,
            district: district, team: team, agency: agency, openedAt: now, openedBy: actor,
            nodes: definition.nodes.map { CaseNode(key: $0.id) }
        )
    }

    public func apply(
        _ command: CaseCommand, to current: Case, by actor: ActorReference, at now: Date
    ) throws(CaseRefusal) -> (Case, [CaseChange]) {
        guard !current.isClosed else { throw .caseClosed }
        var next = current
        var changes: [CaseChange]
        switch command {
        case .addRecord(let record):
            let node = try openNode(record.node, of: current)
            if let superseded = record.supersedes, !current.records.contains(where: { $0.id == superseded && $0.node == node.id }) {
                throw .unknownRecord(superseded)
            }
            if record.form == .text { try Self.check(record.text ?? "", field: "text") }
            try Self.check(record.label, field: "label", required: false, limit: 200)
            next.records.append(record)
            changes = [.recordAdded(record.id)]
        case .exempt(let key, let ground, let statement):
            let node = try openNode(key, of: current)
            guard node.requirements.contains(where: \.isAudioVisual) else { throw .nothingToExempt(key) }
            guard current.node(key)?.exemption == nil else { throw .alreadyExempted(key) }
            try Self.check(statement, field: "statement")
            next.update(key) { $0.exemption = Exemption(ground: ground, statement: statement, recordedAt: now, recordedBy: actor) }
            changes = [.exemptionRecorded(key)]
        case .markNotApplicable(let key, let reason):
            let node = try openNode(key, of: current)
            guard node.whereApplicable else { throw .notOptional(key) }
            try Self.check(reason, field: "reason")
            next.update(key) { $0.settle(.notApplicable, by: actor, at: now, reason: reason) }
            changes = [.nodeSettled(key)]
        case .complete(let key):
            let node = try openNode(key, of: current)
            let waiting = definition.predecessors(of: node).filter { current.node($0)?.status.isSettled != true }
            guard waiting.isEmpty else { throw .waitingFor(key, waiting) }
            let missing = missingRecords(of: key, in: current)
            guard missing.isEmpty else { throw .recordsMissing(key, missing) }
            let exempted = current.node(key)?.exemption != nil
            next.update(key) { $0.settle(exempted ? .exempted : .complete, by: actor, at: now) }
            changes = [.nodeSettled(key)]
        case .pauseClock(let reason):
            guard !current.clock.isPaused else { throw .clockAlreadyPaused }
            try Self.check(reason, field: "reason")
            next.clock.pauses.append(CaseClock.Pause(from: CivilDate(now), reason: reason))
            changes = [.clockPaused]
        case .resumeClock:
            guard current.clock.isPaused else { throw .clockNotPaused }
            next.clock.pauses[next.clock.pauses.count - 1].until = CivilDate(now)
            changes = [.clockResumed]
        }
        if next.nodes.allSatisfy(\.status.isSettled) {
            next.closedAt = now
            changes.append(.closed)
        }
        return (next, changes)
    }

    /// The requirements of `key` no standing record meets; audio-visual ones
    /// are waived once an exemption is recorded.
    public func missingRecords(of key: NodeKey, in current: Case) -> [RecordRequirement] {
        guard let node = definition.node(key), let state = current.node(key), !state.status.isSettled else { return [] }
        let forms = current.standingRecords(of: key).map(\.form)
        return node.requirements.filter { requirement in
            if state.exemption != nil, requirement.isAudioVisual { return false }
            return !forms.contains(where: requirement.isMet(by:))
        }
    }

    /// Whether every node `key` follows is settled, so it can be completed.
    public func isReady(_ key: NodeKey, in current: Case) -> Bool {
        guard let node = definition.node(key) else { return false }
        return definition.predecessors(of: node).allSatisfy { current.node($0)?.status.isSettled == true }
    }

    /// The node's deadline, once it has started: a node counting from its
    /// predecessors starts when the last of them settled.
    public func deadline(of key: NodeKey, in current: Case) -> Deadline? {
        guard let node = definition.node(key), let rule = node.deadline else { return nil }
        switch rule.start {
        case .caseOpened:
            return Deadline(rule: rule, startedOn: current.openedOn)
        case .previousSettled:
            let settled = definition.predecessors(of: node).map { current.node($0)?.settledAt }
            guard !settled.contains(nil) else { return nil }
            return Deadline(rule: rule, startedOn: CivilDate(settled.compactMap { $0 }.max() ?? current.openedAt))
        case .caseClosed:
            return current.closedAt.map { Deadline(rule: rule, startedOn: CivilDate($0)) }
        }
    }

    /// 立卷归档: the filing deadline, once the case has closed (ARC-2).
    public func filingDeadline(of current: Case) -> Deadline? {
        guard let rule = definition.filing, let closed = current.closedAt else { return nil }
        return Deadline(rule: rule, startedOn: CivilDate(closed))
    }

    private func openNode(_ key: NodeKey, of current: Case) throws(CaseRefusal) -> NodeDefinition {
        guard let node = definition.node(key), let state = current.node(key) else { throw .unknownNode(key.rawValue) }
        guard !state.status.isSettled else { throw .nodeSettled(key, state.status) }
        return node
    }

    private static func check(_ text: String, field: String, required: Bool = true, limit: Int = textLimit) throws(CaseRefusal) {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        if required, trimmed.isEmpty { throw .invalid([FieldIssue(field: field, problem: .missing)]) }
        if trimmed.textLength > limit { throw .invalid([FieldIssue(field: field, problem: .tooLong(maximum: limit))]) }
    }
}

extension Case {
    fileprivate mutating func update(_ key: NodeKey, _ change: (inout CaseNode) -> Void) {
        guard let index = nodes.firstIndex(where: { $0.key == key }) else { return }
        change(&nodes[index])
    }
}

extension CaseNode {
    fileprivate mutating func settle(_ status: NodeStatus, by actor: ActorReference, at now: Date, reason: String? = nil) {
        self.status = status
        settledAt = now
        settledBy = actor
        notApplicableReason = reason
    }
}
