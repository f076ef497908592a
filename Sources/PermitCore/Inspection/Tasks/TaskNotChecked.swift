import Foundation

/// 因停产、转产等原因未实施检查 (seed 002 七(五)): the enterprise was found
/// stopped or converted, so there was nothing to check. It is recorded with
/// the reason instead of the two forms, published as the task's result, and
/// the enterprise is followed up in the districts' next plan.
public struct TaskNotChecked: Codable, Hashable, Sendable {
    public enum Ground: String, Codable, CaseIterable, Hashable, Sendable {
        /// 停产
        case stoppedProduction = "stopped-production"
        /// 转产
        case converted

        public var name: Bilingual {
            switch self {
            case .stoppedProduction: Bilingual("停产", en: "Production stopped")
            case .converted: Bilingual("转产", en: "Converted to other products")
            }
        }
    }

    public var ground: Ground
    public var reason: String
    /// The day the inspectors found it so.
    public var foundOn: CivilDate

    public init(ground: Ground, reason: String, foundOn: CivilDate) {
        self.ground = ground
        self.reason = reason
        self.foundOn = foundOn
    }

    public static let reasonLimit = 2000

    /// Checks the input as typed; every bad field is named at once.
    public static func parse(ground: String?, reason: String?, foundOn: String?, today: CivilDate) throws(InvalidInput) -> TaskNotChecked {
        var issues: [FieldIssue] = []
        let groundText = ground?.trimmingWhitespace() ?? ""
        let parsedGround = Ground(rawValue: groundText)
        if parsedGround == nil { issues.append(FieldIssue(field: "ground", problem: groundText.isEmpty ? .missing : .unknownValue(groundText))) }
        let reasonText = reason?.trimmingWhitespace() ?? ""
        if reasonText.isEmpty { issues.append(FieldIssue(field: "reason", problem: .missing)) }
        if reasonText.textLength > reasonLimit { issues.append(FieldIssue(field: "reason", problem: .tooLong(maximum: reasonLimit))) }
        let dateText = foundOn?.trimmingWhitespace() ?? ""
        let date = try? CivilDate(parsing: dateText)
        if dateText.isEmpty {
            issues.append(FieldIssue(field: "foundOn", problem: .missing))
        } else if date == nil {
            issues.append(FieldIssue(field: "foundOn", problem: .invalidFormat))
        } else if let date, date > today {
            // Found on a day not come yet cannot be a finding.
            issues.append(FieldIssue(field: "foundOn", problem: .notAllowed))
        }
        guard issues.isEmpty, let parsedGround, let date else { throw InvalidInput(issues) }
        return TaskNotChecked(ground: parsedGround, reason: reasonText, foundOn: date)
    }
}

extension InspectionTaskRules {
    /// 未检查（停产/转产）: reported and published at once, in place of the
    /// forms; refused once the task has a result.
    public static func notChecked(_ task: InspectionTask, _ record: TaskNotChecked, by actor: ActorReference, at now: Date)
        throws(InspectionTaskRefusal) -> InspectionTask
    {
        guard task.report == nil else { throw .alreadyReported }
        var next = task
        next.report = TaskReport(
            conclusion: .notChecked, problems: "\(record.ground.name.zhHans)：\(record.reason)", reportedAt: now, reportedBy: actor.rawValue,
            notChecked: record
        )
        return next
    }

    /// The finding's text, kept on the case as the result and as why the
    /// forms did not happen.
    public static func notCheckedText(_ record: TaskNotChecked) -> String {
        "检查结论：\(InspectionConclusion.notChecked.name.zhHans)\n原因：\(record.ground.name.zhHans)，\(record.reason)\n发现日期：\(record.foundOn)"
    }
}

extension InspectionTask {
    /// Handled for the rates (RND-6): checked, or found not checkable.
    public var isHandled: Bool { isChecked || report?.notChecked != nil }
}
