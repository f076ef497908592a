import Foundation
import PermitCore
import PermitStore

/// 双随机一公开 tasks (RND-4…8): once a plan is drawn, an officer who may
/// plan its districts dispatches it — each matched enterprise becomes a
/// `random-inspection` case whose team is its inspectors. Dispatch is a
/// command of its own rather than part of the draw's write: the draw is
/// made by entering the last random source, which must never fail because
/// an inspector has no account yet; dispatch reports that instead, and the
/// officer links the account and dispatches again.
///
/// The inspectors then declare (RND-8), fill in and sign both forms, and
/// report the result, which publishes it (PUB-1). Every step writes the
/// task and moves its case in one transaction.
public enum InspectionTaskCommands {
    /// 关联账号: the account a register inspector signs in with, set by an
    /// officer of the inspector's district (or the city).
    public static func linkAccount(certificate: String, username: String, in context: CommandContext) async throws -> TaskInspector {
        let user = try context.requireUser()
        let (now, actor) = (context.now, context.actor.reference)
        guard let number = EnforcementCertificateNumber(rawValue: certificate.trimmingWhitespace()) else { throw CommandError.notFound }
        return try await context.store.write { transaction in
            guard let inspector = try await transaction.inspector(holding: number) else { throw CommandError.notFound }
            try context.requireBureauOfficer(user, for: inspector.district)
            guard let name = Username(rawValue: username.trimmingWhitespace()), let account = try await transaction.user(named: name) else {
                throw InvalidInput([FieldIssue(field: "username", problem: .unknownValue(username))])
            }
            // The account must be an active inspector's of the same district:
            // the draw only sends a district's inspectors to its enterprises.
            guard account.isActive, account.role == .inspector, account.district == inspector.district else {
                throw InvalidInput([FieldIssue(field: "username", problem: .notAllowed)])
            }
            try await transaction.linkInspector(number.rawValue, to: account.id, district: inspector.district, by: actor, at: now)
            return TaskInspector(certificate: number.rawValue, user: account.id, username: account.username, name: inspector.name)
        }
    }

    /// 派发: one task per matched enterprise, all or none.
    public static func dispatch(_ identifier: String, in context: CommandContext) async throws -> [InspectionTask] {
        let user = try context.requireUser()
        let (now, actor, ids) = (context.now, context.actor.reference, context.ids)
        return try await context.store.write { transaction in
            guard let plan = try await transaction.inspectionPlan(identifier: identifier) else { throw CommandError.notFound }
            for district in plan.districts { try context.requireBureauOfficer(user, for: district) }
            let certificates = Array(Set(plan.draw?.matching.flatMap(\.inspectors) ?? [])).sorted()
            let links = try await transaction.inspectorAccounts(certificates)
            let users = try await transaction.users(Array(links.values))
            let registered = Dictionary(
                try await transaction.inspectors(inAnyOf: plan.districts).map { ($0.certificateNumber.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first }
            )
            var accounts: [String: TaskInspector] = [:]
            for (certificate, id) in links {
                guard let account = users[id], account.isActive else { continue }
                accounts[certificate] = TaskInspector(
                    certificate: certificate, user: account.id, username: account.username, name: registered[certificate] ?? account.displayName
                )
            }
            var names: [String: String] = [:]
            for code in plan.draw?.matching.map(\.enterprise) ?? [] {
                if let credit = try? UnifiedSocialCreditCode(validating: code) { names[code] = try await transaction.enterprise(creditCode: credit)?.name }
            }
            let existing = try await transaction.inspectionTasks(of: plan.id).count
            let planned = try InspectionTaskRules.dispatch(plan, accounts: accounts, names: names, existing: existing)
            guard let definition = try await transaction.currentProcess(RandomInspectionNodes.process) else { throw CommandError.notFound }
            var tasks: [InspectionTask] = []
            for (match, team, name) in planned {
                guard let code = try? UnifiedSocialCreditCode(validating: match.enterprise), let district = DistrictCode(rawValue: match.district) else {
                    throw CommandError.notFound
                }
                let number = try await transaction.nextCaseNumber(definition.caseKind, year: CivilDate(now).year)
                let opened = CaseMachine(definition: definition).open(
                    id: ids.next(CaseID.self), number: number, subject: CaseSubject(kind: .enterprise, creditCode: code, name: name), district: district,
                    team: team.map { CaseMember(user: $0.user, username: $0.username, displayName: $0.name) }, agency: nil, by: actor, at: now
                )
                try await transaction.open(opened, by: actor, at: now)
                let task = InspectionTask(
                    id: ids.next(InspectionTaskID.self), plan: plan.id, planIdentifier: plan.identifier, caseNumber: number, enterprise: code,
                    enterpriseName: name, district: district, team: team, checksDueOn: plan.checksEndOn, dispatchedAt: now
                )
                try await transaction.dispatch(task, by: actor, at: now)
                tasks.append(task)
            }
            return tasks
        }
    }

    /// RND-8: the inspector's declaration, a record of the `declaration`
    /// node, settled once the whole team has declared.
    public static func declare(_ number: String, integrityCommitment: Bool, certificateShown: Bool, in context: CommandContext) async throws -> InspectionTask {
        try await change(number, .inspectionTaskDeclared, in: context) { task, _, user, now in
            let next = try InspectionTaskRules.declare(task, by: user.id, integrityCommitment: integrityCommitment, certificateShown: certificateShown, at: now)
            guard let member = next.member(user.id) else { throw InspectionTaskRefusal.notOnTeam }
            var steps = [CaseSteps.document(
                InspectionTaskRules.declarationText(member), titled: "廉洁承诺及出示执法证件", at: RandomInspectionNodes.declaration.rawValue,
                ids: context.ids, by: context.actor.reference, at: now
            )]
            if next.team.allSatisfy({ next.hasDeclared($0.certificate) }) { steps.append(.complete(RandomInspectionNodes.declaration)) }
            return (next, steps)
        }
    }

    public static func submitRecord(_ number: String, _ input: RecordFormInput, in context: CommandContext) async throws -> InspectionTask {
        let form: InspectionRecordForm
        do { form = try InspectionFormRules.record(input) } catch { throw InspectionTaskRefusal.invalid(error) }
        let digest = try InspectionFormDigest.of(form)
        return try await change(number, .inspectionFormSubmitted, in: context) { task, _, user, now in
            let next = try InspectionTaskRules.submit(form, digest: digest, to: task, by: user.id, at: now)
            return (next, steps(after: next, .record, context: context, now: now))
        }
    }

    public static func submitEquipment(_ number: String, _ input: EquipmentFormInput, in context: CommandContext) async throws -> InspectionTask {
        let form: EquipmentForm
        do { form = try InspectionFormRules.equipment(input) } catch { throw InspectionTaskRefusal.invalid(error) }
        let digest = try InspectionFormDigest.of(form)
        return try await change(number, .inspectionFormSubmitted, in: context) { task, subject, user, now in
            let photos = subject.standingRecords(of: RandomInspectionNodes.equipmentForm).filter { $0.form == .photo }.count
            let next = try InspectionTaskRules.submit(form, digest: digest, to: task, by: user.id, photos: photos, at: now)
            return (next, steps(after: next, .equipment, context: context, now: now))
        }
    }

    /// 签名 on the version the inspector read.
    public static func sign(_ number: String, form kind: TaskFormKind, digest: String, in context: CommandContext) async throws -> InspectionTask {
        try await change(number, .inspectionFormSigned, in: context) { task, _, user, now in
            let next = try InspectionTaskRules.sign(kind, of: task, digest: digest, by: user.id, at: now)
            return (next, steps(after: next, kind, context: context, now: now))
        }
    }

    /// 上报并公示: by a team member or an officer of the task's district.
    /// Follow-up of a failure (RND-7: interview, rectification, re-check,
    /// referral) is not opened here: it hooks in after this write, on a
    /// reported task whose `report.conclusion == .fail`, with the task's case
    /// number as the finding's origin.
    public static func report(_ number: String, in context: CommandContext) async throws -> InspectionTask {
        try await change(number, .inspectionResultPublished, in: context, officersToo: true) { task, _, _, now in
            let next = try InspectionTaskRules.report(task, by: context.actor.reference, at: now)
            return (next, [
                CaseSteps.document(
                    InspectionTaskRules.resultText(next), titled: "检查结果", at: RandomInspectionNodes.result.rawValue, ids: context.ids,
                    by: context.actor.reference, at: now
                ),
                .complete(RandomInspectionNodes.result),
            ])
        }
    }

    /// 未检查（停产/转产）: by a team member or an officer of the task's
    /// district, in place of the forms. The nodes not reached are marked not
    /// applicable with the reason, so the case closes on the published result.
    public static func notChecked(
        _ number: String, ground: String?, reason: String?, foundOn: String?, in context: CommandContext
    ) async throws -> InspectionTask {
        let record = try TaskNotChecked.parse(ground: ground, reason: reason, foundOn: foundOn, today: CivilDate(context.now))
        return try await change(number, .inspectionTaskNotChecked, in: context, officersToo: true) { task, subject, _, now in
            let next = try InspectionTaskRules.notChecked(task, record, by: context.actor.reference, at: now)
            let skipped = [RandomInspectionNodes.declaration, RandomInspectionNodes.recordForm, RandomInspectionNodes.equipmentForm]
                .filter { subject.node($0)?.status.isSettled == false }
            let text = InspectionTaskRules.notCheckedText(record)
            return (next, skipped.map { CaseCommand.markNotApplicable($0, reason: text) } + [
                CaseSteps.document(text, titled: "检查结果", at: RandomInspectionNodes.result.rawValue, ids: context.ids, by: context.actor.reference, at: now),
                .complete(RandomInspectionNodes.result),
            ])
        }
    }

    /// A form that became final is kept as its node's text record, and the node settled.
    private static func steps(after task: InspectionTask, _ kind: TaskFormKind, context: CommandContext, now: Date) -> [CaseCommand] {
        guard task.isFinal(kind) else { return [] }
        let text = switch kind {
        case .record: task.recordForm?.body.text ?? ""
        case .equipment: task.equipmentForm?.body.text ?? ""
        }
        let signatures = kind == .record ? task.recordForm?.signatures ?? [] : task.equipmentForm?.signatures ?? []
        let signed = "\n检查组组员（签名）：" + signatures.map { "\($0.name)（\($0.certificate)）" }.joined(separator: "、")
        return [
            CaseSteps.document(text + signed, titled: kind.name.zhHans, at: kind.node.rawValue, ids: context.ids, by: context.actor.reference, at: now),
            .complete(kind.node),
        ]
    }

    /// Loads task and case under the ledger lock, checks who acts, applies
    /// the rule and writes the task and the case's steps together.
    private static func change(
        _ number: String, _ kind: DomainEvent.Kind, in context: CommandContext, officersToo: Bool = false,
        _ rule: @escaping @Sendable (InspectionTask, Case, User, Date) throws -> (InspectionTask, [CaseCommand])
    ) async throws -> InspectionTask {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number) else { throw CommandError.notFound }
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let task = try await transaction.inspectionTask(caseNumber), let subject = try await transaction.case(caseNumber) else {
                throw CommandError.notFound
            }
            let access = CaseAccess.of(user, on: subject)
            guard access > .none else { throw CommandError.notFound }
            let officer = officersToo && (user.role == .cityOfficer || user.role == .districtOfficer) && access == .act
            if !officer, task.member(user.id) == nil { throw InspectionTaskRefusal.notOnTeam }
            let (next, steps) = try rule(task, subject, user, now)
            try await transaction.save(next, kind, by: actor, at: now)
            if !steps.isEmpty { try await CaseSteps.run(steps, on: caseNumber, in: transaction, by: actor, at: now) }
            return next
        }
    }
}
