import Foundation

/// 待办 — what waits for someone: the open nodes they carry out whose
/// predecessors are settled, and the filing of closed cases, earliest
/// deadline first.
public struct WorkItem: Hashable, Sendable {
    /// How long a closed case stays with those who work on it, for its
    /// filing task (立卷归档, 30 days) and well past it. Until archiving marks
    /// a case filed, this bounds what every worklist and the deadline job
    /// load: without it they read every case ever closed (seconds per page
    /// at 100,000 licences; past PostgreSQL's bind limit for the city).
    public static let closedCaseHorizonDays = 90

    public enum Task: Hashable, Sendable {
        case node(NodeKey)
        /// 立卷归档 (ARC-2).
        case filing
        /// REC-7: the on-site check's recordings are due in the system 24
        /// hours after it ended; these nodes still have none.
        case saveRecordings(due: Date, nodes: [NodeKey])

        /// How the API, alerts and the ledger name the task: the node's
        /// key, `filing` or `save-recordings`.
        public var key: String {
            switch self {
            case .node(let node): node.rawValue
            case .filing: "filing"
            case .saveRecordings: "save-recordings"
            }
        }
    }

    public var caseNumber: CaseNumber
    public var process: ProcessID
    public var subjectName: String
    public var task: Task
    public var name: Bilingual
    /// Nil when the task has no period; paused while the clock stands.
    public var standing: Deadline.Standing?
    /// The task has a period, but its dates fall in a year the working-day
    /// calendar does not cover yet.
    public var undetermined = false

    public func isOverdue(today: CivilDate) -> Bool {
        standing?.dueDate.map { $0 < today } ?? false
    }

    /// Overdue at `now`: a day-counted period after its last day, the
    /// recordings' 24 hours to the minute.
    public func isOverdue(at now: Date) -> Bool {
        if case .saveRecordings(let due, _) = task { return now > due }
        return isOverdue(today: CivilDate(now))
    }
}

public enum Worklist {
    /// The filing task's name, shared by every process that has one.
    public static let filingName = Bilingual("立卷归档", en: "File the case")
    public static let saveRecordingsName = Bilingual("上传现场核查音像记录", en: "Upload the on-site check's recordings")

    /// The work waiting for `user` in `cases`, each with the definition it
    /// was opened under and the team's statement of its on-site check where
    /// there is one. A case whose deadline cannot be computed (a year
    /// missing from the calendar) is listed without a date rather than lost.
    public static func items(
        for user: User, in cases: [(Case, ProcessDefinition)], calendar: WorkingDayCalendar,
        checks: [CaseNumber: OnSiteCheck] = [:]
    ) -> [WorkItem] {
        var items: [WorkItem] = []
        for (subject, definition) in cases where CaseAccess.of(user, on: subject) == .act {
            let machine = CaseMachine(definition: definition)
            let item = { (task: WorkItem.Task, name: Bilingual, deadline: Deadline?) in
                let standing = deadline.flatMap { try? $0.standing(clock: subject.clock, calendar: calendar) }
                return WorkItem(
                    caseNumber: subject.number, process: definition.id, subjectName: subject.subject.name, task: task,
                    name: name, standing: standing, undetermined: deadline != nil && standing == nil
                )
            }
            if subject.isClosed {
                if let filing = machine.filingDeadline(of: subject), user.role.files {
                    items.append(item(.filing, filingName, filing))
                }
                continue
            }
            // The recordings are the team's to save, whoever else may act.
            if subject.team.contains(where: { $0.user == user.id }), let due = checks[subject.number]?.recordingsDue {
                let awaited = EvidenceReview.recordingsAwaited(in: subject, definition: definition)
                if !awaited.isEmpty {
                    var saving = item(.saveRecordings(due: due, nodes: awaited), saveRecordingsName, nil)
                    saving.standing = .due(CivilDate(due))
                    items.append(saving)
                }
            }
            for node in definition.nodes where node.performers.contains(user.role) || subject.team.contains(where: { $0.user == user.id }) {
                guard subject.node(node.id)?.status == .open, machine.isReady(node.id, in: subject) else { continue }
                items.append(item(.node(node.id), node.name, machine.deadline(of: node.id, in: subject)))
            }
        }
        return items.sorted(by: earlierFirst)
    }

    /// Dated items by date, then paused ones, then those without a period;
    /// ties by case number, so the order is the same on every call.
    static func earlierFirst(_ a: WorkItem, _ b: WorkItem) -> Bool {
        func rank(_ item: WorkItem) -> (Int, Int) {
            switch item.standing {
            case .due(let date)?: (0, date.daysSinceEpoch)
            case .paused?: (1, 0)
            case nil: (2, 0)
            }
        }
        let (ra, rb) = (rank(a), rank(b))
        if ra != rb { return ra < rb }
        return (a.caseNumber.description, a.name.zhHans) < (b.caseNumber.description, b.name.zhHans)
    }
}

extension Role {
    /// 立卷归档 is the bureau's: its officers keep the case files.
    var files: Bool { self == .cityOfficer || self == .districtOfficer }
}
