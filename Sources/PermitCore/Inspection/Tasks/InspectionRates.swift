import Foundation

/// 任务完成率 and 结果公示率 (RND-6, seed 002 七(三): both to reach 100%),
/// per district and for the city, with the items past their dates named.
public struct InspectionRates: Hashable, Sendable {
    /// What is late about a task.
    public enum Lateness: String, Hashable, Sendable {
        /// Not checked, and the plan's end date has passed.
        case checkOverdue = "check-overdue"
        /// Checked, not published, 20 working days gone.
        case publicationOverdue = "publication-overdue"
        /// Checked after the end date.
        case checkedLate = "checked-late"
        /// Published after its 20 working days.
        case publishedLate = "published-late"

        public var name: Bilingual {
            switch self {
            case .checkOverdue: Bilingual("逾期未检查", en: "Check overdue")
            case .publicationOverdue: Bilingual("逾期未公示", en: "Publication overdue")
            case .checkedLate: Bilingual("超期完成检查", en: "Checked late")
            case .publishedLate: Bilingual("超期公示", en: "Published late")
            }
        }
    }

    public struct Late: Hashable, Sendable {
        public var task: InspectionTask
        public var lateness: Lateness
        public var due: CivilDate
    }

    public struct Row: Hashable, Sendable {
        /// Nil for the city as a whole.
        public var district: DistrictCode?
        public var tasks = 0
        public var checked = 0
        public var published = 0
        public var late: [Late] = []

        /// Percent, rounded down so 100 means every task; nil with no tasks.
        public var completionRate: Int? { tasks == 0 ? nil : checked * 100 / tasks }
        public var publicationRate: Int? { tasks == 0 ? nil : published * 100 / tasks }
    }

    public var districts: [Row]
    public var city: Row

    /// The result's due date: 20 working days after the check; nil when the
    /// calendar does not cover the days yet.
    public static func publicationDue(of task: InspectionTask, calendar: WorkingDayCalendar) -> CivilDate? {
        guard let checked = task.checkedOn else { return nil }
        return try? Deadline(rule: RandomInspectionNodes.reporting, startedOn: checked).standing(clock: CaseClock(), calendar: calendar).dueDate
    }

    public init(tasks: [InspectionTask], calendar: WorkingDayCalendar, today: CivilDate) {
        var rows: [DistrictCode: Row] = [:]
        var city = Row(district: nil)
        for task in tasks {
            var row = rows[task.district] ?? Row(district: task.district)
            var late: [Late] = []
            if let checked = task.checkedOn {
                if checked > task.checksDueOn { late.append(Late(task: task, lateness: .checkedLate, due: task.checksDueOn)) }
                if let due = Self.publicationDue(of: task, calendar: calendar) {
                    if let report = task.report {
                        if report.publishedOn > due { late.append(Late(task: task, lateness: .publishedLate, due: due)) }
                    } else if today > due {
                        late.append(Late(task: task, lateness: .publicationOverdue, due: due))
                    }
                }
            } else if !task.isHandled, today > task.checksDueOn {
                late.append(Late(task: task, lateness: .checkOverdue, due: task.checksDueOn))
            }
            for target in [0, 1] {
                var counted = target == 0 ? row : city
                counted.tasks += 1
                // Found stopped or converted counts as done (RND-6 targets 100%).
                if task.isHandled { counted.checked += 1 }
                if task.isPublished { counted.published += 1 }
                counted.late += late
                if target == 0 { row = counted } else { city = counted }
            }
            rows[task.district] = row
        }
        districts = rows.values.sorted { ($0.district?.rawValue ?? "") < ($1.district?.rawValue ?? "") }
        self.city = city
    }
}
