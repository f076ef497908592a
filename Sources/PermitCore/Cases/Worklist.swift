import Foundation

/// 待办 — what waits for someone: the open nodes they carry out whose
/// predecessors are settled, and the filing of closed cases, earliest
/// deadline first.
public struct WorkItem: Hashable, Sendable {
    public enum Task: Hashable, Sendable {
        case node(NodeKey)
        /// 立卷归档 (ARC-2).
        case filing
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
}

public enum Worklist {
    /// The filing task's name, shared by every process that has one.
    public static let filingName = Bilingual("立卷归档", en: "File the case")

    /// The work waiting for `user` in `cases`, each with the definition it
    /// was opened under. A case whose deadline cannot be computed (a year
    /// missing from the calendar) is listed without a date rather than lost.
    public static func items(
        for user: User, in cases: [(Case, ProcessDefinition)], calendar: WorkingDayCalendar
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
