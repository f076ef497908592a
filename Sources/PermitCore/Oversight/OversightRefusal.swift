/// Why a supervision inspection, sampling or interview was refused: typed,
/// carrying what the person needs to put it right. Mapped to a problem by
/// the server; none is a server fault.
public enum OversightRefusal: Error, Hashable, Sendable {
    case invalid([FieldIssue])
    /// Fewer than two officials on the team (第二十四条).
    case teamTooSmall(Int)
    /// A re-check before the rectification deadline, without a reason.
    case recheckBeforeDeadline(CivilDate)
    /// The order has its return visit already.
    case recheckExists(CaseNumber)
    /// Rectification is ordered on problems found; every item conformed.
    case rectificationWithoutProblem
    /// The case is not of the kind the step belongs to.
    case notThisKind(CaseNumber)
    /// 一式二份 (第四十七条).
    case reportCopies(Int)
    /// Samples are sent after they were taken, not before, nor in the future.
    case dispatchDate(sampledOn: CivilDate)
    /// An inspection's, sampling's or interview's case is opened and moved
    /// on by its own steps, which hold the two officials, the article-25
    /// record and the sample's dates, never by the general case forms.
    case settledByOwnSteps

    /// Refuses the general case routes on the oversight processes.
    public static func checkGeneral(_ process: ProcessID) throws(OversightRefusal) {
        if ProcessDefinition.supervision.contains(where: { $0.id == process }) { throw .settledByOwnSteps }
    }
}
