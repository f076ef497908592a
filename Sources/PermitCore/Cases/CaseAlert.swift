/// 提醒 / 超期 — what falls due, raised once per task and kind, so a reminder
/// or an overdue flag is recorded exactly once however often the job runs
/// and however many servers run it.
public struct CaseAlert: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The due date is within `CaseAlert.reminderDays` calendar days.
        case reminder
        /// The due date has passed with the task still open.
        case overdue
    }

    public var caseNumber: CaseNumber
    public var task: WorkItem.Task
    public var kind: Kind
    public var due: CivilDate

    /// How early a reminder comes.
    public static let reminderDays = 2

    /// `XC-2026-00001/first-meeting/overdue`: one alert's identity.
    public var key: String {
        "\(caseNumber)/\(task.key)/\(kind.rawValue)"
    }

    /// Every alert the open tasks of `cases` call for on `today`; which of
    /// them were raised before is the store's to say.
    public static func due(
        in cases: [(Case, ProcessDefinition)], today: CivilDate, calendar: WorkingDayCalendar
    ) -> [CaseAlert] {
        var alerts: [CaseAlert] = []
        for (subject, definition) in cases {
            let machine = CaseMachine(definition: definition)
            var tasks: [(WorkItem.Task, Deadline?)] = []
            if subject.isClosed {
                tasks.append((.filing, machine.filingDeadline(of: subject)))
            } else {
                for node in definition.nodes where subject.node(node.id)?.status == .open {
                    tasks.append((.node(node.id), machine.deadline(of: node.id, in: subject)))
                }
            }
            for case let (task, deadline?) in tasks {
                guard case .due(let date)? = try? deadline.standing(clock: subject.clock, calendar: calendar) else { continue }
                if date < today {
                    alerts.append(CaseAlert(caseNumber: subject.number, task: task, kind: .overdue, due: date))
                } else if today.days(to: date) <= reminderDays {
                    alerts.append(CaseAlert(caseNumber: subject.number, task: task, kind: .reminder, due: date))
                }
            }
        }
        return alerts
    }
}
