/// What someone asks of an open case. Opening one is `CaseMachine.open`.
public enum CaseCommand: Hashable, Sendable {
    /// Adds a record to a node; the id comes from the caller's identifier source.
    case addRecord(CaseRecord)
    /// REC-8: replaces the node's audio-visual records with a written statement.
    case exempt(NodeKey, ground: Exemption.Ground, statement: String)
    /// 如有: the node did not happen in this case.
    case markNotApplicable(NodeKey, reason: String)
    /// Settles a node whose required records are all there.
    case complete(NodeKey)
    /// 补正 — a request for correction stops the case's clock.
    case pauseClock(reason: String)
    case resumeClock
}

/// What a command changed, for the store to write and the ledger to record:
/// each names the row it touched.
public enum CaseChange: Hashable, Sendable {
    case opened
    case recordAdded(CaseRecordID)
    case exemptionRecorded(NodeKey)
    case nodeSettled(NodeKey)
    case clockPaused
    case clockResumed
    /// Every node settled; any filing deadline starts.
    case closed
}

/// Why a case refused a command: typed, with what the person needs to put
/// it right. The server maps each to a problem; none is a server fault.
public enum CaseRefusal: Error, Hashable, Sendable {
    case caseClosed
    case unknownNode(String)
    case nodeSettled(NodeKey, NodeStatus)
    /// The node still lacks these records.
    case recordsMissing(NodeKey, [RecordRequirement])
    /// The node follows others not yet settled: no node is skipped (REC-2).
    case waitingFor(NodeKey, [NodeKey])
    /// Only a node marked 如有 may be not applicable.
    case notOptional(NodeKey)
    /// The node requires no audio-visual record to exempt.
    case nothingToExempt(NodeKey)
    case alreadyExempted(NodeKey)
    /// The superseded record is not one of this node's.
    case unknownRecord(CaseRecordID)
    case clockAlreadyPaused
    case clockNotPaused
    /// A required text was empty or too long.
    case invalid([FieldIssue])
}
