import Foundation
import PermitCore
import PermitStore

/// 后续处置 of a task reported 不合格 (RND-7), by an officer of the task's
/// district. An interview opens a 约谈 case and a rectification an ad hoc
/// inspection (临时检查) that re-checks by the deadline — the oversight
/// processes, not copies of them — each in the same write as the follow-up.
/// A referral and a proposal to revoke or cancel are recorded with their
/// matter and evidence: revocation is the issuing authority's decision, so
/// the proposal does not open the exit procedure itself; the authority
/// opens it with `ExitCommands.open` on the certificate.
public enum InspectionFollowUpCommands {
    public struct Input: Sendable {
        public var kind: String
        public var matter: String?
        public var evidence: String?
        public var deadline: String?
        /// Usernames of the officials who interview or re-check; the task's
        /// inspectors when empty.
        public var team: [String]

        public init(kind: String, matter: String?, evidence: String?, deadline: String?, team: [String] = []) {
            self.kind = kind
            self.matter = matter
            self.evidence = evidence
            self.deadline = deadline
            self.team = team
        }
    }

    public static func record(_ number: String, _ input: Input, in context: CommandContext) async throws -> InspectionFollowUp {
        let user = try context.requireUser()
        try context.require(.openCases)
        guard let caseNumber = try? CaseNumber(parsing: number), let found = try await context.store.inspectionTasks.task(caseNumber) else {
            throw CommandError.notFound
        }
        try context.requireBureauOfficer(user, for: found.district)
        let (kind, matter, evidence, deadline) = try InspectionFollowUpRules.check(
            kind: input.kind, matter: input.matter, evidence: input.evidence, deadline: input.deadline, today: CivilDate(context.now)
        )
        try InspectionFollowUpRules.requireFailed(found)
        let opens = kind == .interview || kind == .rectification
        let team = opens
            ? try await OversightSteps.team(input.team.isEmpty ? found.team.map(\.username.rawValue) : input.team, district: found.district, in: context)
            : []
        let (now, actor, id) = (context.now, context.actor.reference, context.ids.next(InspectionFollowUpID.self))
        return try await context.store.write { transaction in
            guard let task = try await transaction.inspectionTask(caseNumber) else { throw CommandError.notFound }
            try InspectionFollowUpRules.requireFailed(task)
            var opened: CaseNumber?
            if opens {
                let subject = CaseSubject(kind: .enterprise, creditCode: task.enterprise, name: task.enterpriseName)
                let basis = InspectionFollowUpRules.basis(kind, task: task, matter: matter, deadline: deadline)
                let definition: ProcessDefinition = kind == .interview ? .supervisionInterview : InspectionKind.adHoc.process
                opened = try await OversightSteps.open(
                    definition, subject: subject, district: task.district, team: team, basis: basis,
                    label: kind == .interview ? "约谈事由" : "检查依据", in: transaction, context: context
                ).number
            }
            let followUp = InspectionFollowUp(
                id: id, task: caseNumber, enterprise: task.enterprise, district: task.district, kind: kind, opened: opened, deadline: deadline,
                matter: matter, evidence: evidence, recordedAt: now, recordedBy: actor.rawValue
            )
            try await transaction.record(followUp, by: actor, at: now)
            return followUp
        }
    }

    /// A task's follow-ups, for whoever may read the task.
    public static func list(_ number: String, in context: CommandContext) async throws -> (InspectionTask, [InspectionFollowUp]) {
        let view = try await InspectionTaskCommands.view(number, in: context)
        return (view.task, try await context.store.inspectionFollowUps.followUps(of: view.task.caseNumber))
    }

    /// Failed tasks of the user's districts (all for the city) that have no
    /// follow-up yet: the dashboard's and the district home's attention list.
    public static func awaiting(in context: CommandContext) async throws -> [InspectionTask] {
        let user = try context.requireUser()
        guard user.role == .cityOfficer || user.role == .districtOfficer || user.role == .auditor else { return [] }
        let districts = user.role == .districtOfficer ? user.district.map { [$0] } ?? [] : nil
        let tasks = try await context.store.inspectionTasks.tasks(in: districts)
        let followUps = try await context.store.inspectionFollowUps.followUps(in: districts)
        return tasks.filter { InspectionFollowUpRules.needsFollowUp($0, followUps: followUps) }
    }
}
