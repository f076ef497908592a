import Foundation

/// 上期未检查，本期继续跟进 (seed 002 七(五): 严格跟踪，并开展后续监督检查):
/// the enterprises of a plan's districts whose latest task in an earlier
/// plan ended not checked. They are listed beside the plan, apart from
/// its draw: the RFC 3797 pools stay exactly as frozen.
public enum CarryOver {
    /// The earlier not-checked tasks, one per enterprise, by case number.
    /// Plans are ordered by creation day, then number; an enterprise checked
    /// in a later plan since is no longer carried.
    public static func carried(into plan: InspectionPlan, plans: [InspectionPlan], tasks: [InspectionTask]) -> [InspectionTask] {
        let order = Dictionary(plans.map { ($0.id, ($0.createdOn, $0.identifier)) }, uniquingKeysWith: { first, _ in first })
        let current = (plan.createdOn, plan.identifier)
        var latest: [UnifiedSocialCreditCode: (key: (CivilDate, String), task: InspectionTask)] = [:]
        for task in tasks where plan.districts.contains(task.district) {
            guard let key = order[task.plan], key < current else { continue }
            if let seen = latest[task.enterprise], seen.key >= key { continue }
            latest[task.enterprise] = (key, task)
        }
        return latest.values.map(\.task).filter { $0.report?.notChecked != nil }.sorted { $0.caseNumber.description < $1.caseNumber.description }
    }
}
