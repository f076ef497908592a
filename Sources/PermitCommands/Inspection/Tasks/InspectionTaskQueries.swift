import Foundation
import PermitCore
import PermitStore

/// A task as its reader may see it, with its case beside it.
public struct InspectionTaskView: Sendable {
    public let task: InspectionTask
    public let `case`: Case
    public let access: CaseAccess
    /// The signed-in user's place on the team, if any.
    public let member: TaskInspector?
    /// The equipment form's photos (evidence records of its node).
    public let photos: [CaseRecord]
    public let reportDue: CivilDate?

    public var mayFill: Bool { member != nil && task.report == nil }
    public var mayReport: Bool { access == .act && task.report == nil && task.isChecked }
    /// 未检查（停产/转产） is offered until the check happened.
    public var mayRecordNotChecked: Bool { access == .act && task.report == nil && !task.isChecked }
}

/// A plan's tasks for the officers who dispatch them, with which matched
/// inspectors still lack an account.
public struct PlanTasks: Sendable {
    public let plan: InspectionPlan
    public let tasks: [InspectionTask]
    /// Matched certificates without a linked account.
    public let unlinked: [String]
    public let mayDispatch: Bool
    /// Earlier plans' tasks not checked (停产/转产), followed up in this one.
    public let carriedOver: [InspectionTask]
}

/// One published result (PUB-1).
public struct PublishedResult: Sendable {
    public let enterpriseName: String
    public let creditCode: String
    public let district: DistrictCode
    public let checkedOn: CivilDate?
    public let report: TaskReport
}

extension InspectionTaskCommands {
    public static func view(_ number: String, in context: CommandContext) async throws -> InspectionTaskView {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number), let task = try await context.store.inspectionTasks.task(caseNumber),
              let subject = try await context.store.cases.find(caseNumber)
        else { throw CommandError.notFound }
        let access = CaseAccess.of(user, on: subject)
        // Same as a case: what one may not see is answered as absent.
        guard access >= .read else { throw CommandError.notFound }
        let calendar = try await context.store.calendar.calendar()
        return InspectionTaskView(
            task: task, case: subject, access: access, member: task.member(user.id),
            photos: subject.standingRecords(of: RandomInspectionNodes.equipmentForm).filter { $0.form == .photo },
            reportDue: InspectionRates.publicationDue(of: task, calendar: calendar)
        )
    }

    /// The tasks the signed-in inspector is on, open ones first.
    public static func mine(in context: CommandContext) async throws -> [InspectionTask] {
        let user = try context.requireUser()
        guard let district = user.district else { return [] }
        return try await context.store.inspectionTasks.tasks(in: [district]).filter { $0.member(user.id) != nil }
            .sorted { ($0.isPublished ? 1 : 0, $0.caseNumber.description) < ($1.isPublished ? 1 : 0, $1.caseNumber.description) }
    }

    /// A plan's tasks, for the bureau's officers and the auditor.
    public static func planTasks(_ identifier: String, in context: CommandContext) async throws -> PlanTasks {
        let user = try context.requireUser()
        guard let plan = try await context.store.inspection.plan(identifier: identifier) else { throw CommandError.notFound }
        let planner = InspectionPlanCommands.mayPlan(plan.districts, in: context)
        guard planner || user.role == .auditor || user.role == .cityOfficer else { throw CommandError.denied(.roleNotPermitted(user.role)) }
        let tasks = try await context.store.inspectionTasks.tasks(of: plan.id)
        let matched = Array(Set(plan.draw?.matching.flatMap(\.inspectors) ?? [])).sorted()
        let linked = try await context.store.inspectionTasks.accounts(matched)
        let carried = CarryOver.carried(
            into: plan, plans: try await context.store.inspection.plans(), tasks: try await context.store.inspectionTasks.tasks(in: plan.districts)
        )
        return PlanTasks(
            plan: plan, tasks: tasks, unlinked: matched.filter { linked[$0] == nil }, mayDispatch: planner && plan.draw != nil && tasks.isEmpty,
            carriedOver: carried
        )
    }

    /// The rates of `district`, or of every district with the city's sum.
    /// The city's officers and the auditor see any district; a district's
    /// staff see their own.
    public static func rates(district: String?, in context: CommandContext) async throws -> (InspectionRates, [DistrictCode: String]) {
        let user = try context.requireUser()
        var scope: [DistrictCode]?
        switch user.role {
        case .cityOfficer, .auditor:
            if let text = district, !text.isEmpty {
                guard let code = DistrictCode(rawValue: text) else { throw InvalidInput([FieldIssue(field: "district", problem: .invalidFormat)]) }
                scope = [code]
            }
        case .districtOfficer, .inspector:
            guard let own = user.district else { throw CommandError.denied(.roleNotPermitted(user.role)) }
            if let text = district, !text.isEmpty, text != own.rawValue { throw CommandError.denied(.roleNotPermitted(user.role)) }
            scope = [own]
        default:
            throw CommandError.denied(.roleNotPermitted(user.role))
        }
        let tasks = try await context.store.inspectionTasks.tasks(in: scope)
        let rates = InspectionRates(tasks: tasks, calendar: try await context.store.calendar.calendar(), today: CivilDate(context.now))
        let names = Dictionary(try await context.store.accounts.districts().map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        return (rates, names)
    }

    /// 抽查结果公示: the reported results of a plan, for anyone.
    public static func published(_ identifier: String, in context: CommandContext) async throws -> (InspectionPlan, [PublishedResult]) {
        guard let plan = try await context.store.inspection.plan(identifier: identifier) else { throw CommandError.notFound }
        let results = try await context.store.inspectionTasks.tasks(of: plan.id).compactMap { task in
            task.report.map {
                PublishedResult(enterpriseName: task.enterpriseName, creditCode: task.enterprise.rawValue, district: task.district, checkedOn: task.checkedOn, report: $0)
            }
        }
        return (plan, results)
    }
}
