import Foundation

/// Why a task refused an action: typed, mapped to a problem by the server.
public enum InspectionTaskRefusal: Error, Hashable, Sendable {
    /// Dispatching a plan not drawn yet.
    case notDrawn
    case alreadyDispatched
    /// Matched inspectors whose certificate no inspector account is linked to:
    /// their tasks could reach no one (certificate numbers).
    case inspectorsWithoutAccount([String])
    /// Only the matched inspectors fill in and sign the task's forms.
    case notOnTeam
    /// RND-8: the declaration comes before the forms.
    case notDeclared
    case alreadyDeclared
    /// Both the commitment and the certificate shown must be affirmed.
    case declarationIncomplete
    /// Every inspector signed this form: it is the record now.
    case formFinal(TaskFormKind)
    case noForm(TaskFormKind)
    /// The form changed since the signer read it.
    case formChanged(TaskFormKind)
    case alreadySigned(TaskFormKind)
    /// Reporting while a form lacks signatures (names of those missing).
    case unsigned(TaskFormKind, [String])
    /// The equipment form needs the devices' photos on its node first.
    case photosMissing
    case alreadyReported
    case invalid(InspectionFormRefusal)
    /// A task's case is opened by dispatch and moved on by its declarations,
    /// forms and report, never by the general case forms.
    case settledByOwnSteps

    /// Refuses the general case routes on the random-inspection process.
    public static func checkGeneral(_ process: ProcessID) throws(InspectionTaskRefusal) {
        if process == RandomInspectionNodes.process { throw .settledByOwnSteps }
    }
}

/// The rules of a task's life, apart from who may see it: pure, so each
/// refusal is tested without a database.
public enum InspectionTaskRules {
    /// The tasks a drawn plan dispatches: one per matched enterprise, its
    /// inspectors' accounts as the team. Refused as a whole when any matched
    /// inspector has no account, so no task goes out short of an inspector.
    public static func dispatch(
        _ plan: InspectionPlan, accounts: [String: TaskInspector], names: [String: String], existing: Int
    ) throws(InspectionTaskRefusal) -> [(match: EnterpriseMatch, team: [TaskInspector], name: String)] {
        guard let draw = plan.draw else { throw .notDrawn }
        guard existing == 0 else { throw .alreadyDispatched }
        let missing = Set(draw.matching.flatMap(\.inspectors)).filter { accounts[$0] == nil }.sorted()
        guard missing.isEmpty else { throw .inspectorsWithoutAccount(missing) }
        return draw.matching.map { match in
            (match, match.inspectors.compactMap { accounts[$0] }, names[match.enterprise] ?? match.enterprise)
        }
    }

    public static func declare(
        _ task: InspectionTask, by user: UserID, integrityCommitment: Bool, certificateShown: Bool, at now: Date
    ) throws(InspectionTaskRefusal) -> InspectionTask {
        let member = try open(task, user)
        guard !task.hasDeclared(member.certificate) else { throw .alreadyDeclared }
        guard integrityCommitment, certificateShown else { throw .declarationIncomplete }
        var next = task
        next.declarations.append(TaskDeclaration(certificate: member.certificate, integrityCommitment: true, certificateShown: true, at: now))
        return next
    }

    /// A new version of the record form, signed by whoever submits it.
    public static func submit(
        _ form: InspectionRecordForm, digest: String, to task: InspectionTask, by user: UserID, at now: Date
    ) throws(InspectionTaskRefusal) -> InspectionTask {
        let member = try filler(task, user, .record)
        var next = task
        next.recordForm = SignedForm(body: form, digest: digest, submittedAt: now, signatures: [signature(member, now)])
        return settle(next, at: now)
    }

    public static func submit(
        _ form: EquipmentForm, digest: String, to task: InspectionTask, by user: UserID, photos: Int, at now: Date
    ) throws(InspectionTaskRefusal) -> InspectionTask {
        let member = try filler(task, user, .equipment)
        guard photos > 0 else { throw .photosMissing }
        var next = task
        next.equipmentForm = SignedForm(body: form, digest: digest, submittedAt: now, signatures: [signature(member, now)])
        return settle(next, at: now)
    }

    /// 签名: a team member signs the version they read (`digest`).
    public static func sign(
        _ kind: TaskFormKind, of task: InspectionTask, digest: String, by user: UserID, at now: Date
    ) throws(InspectionTaskRefusal) -> InspectionTask {
        let member = try open(task, user)
        guard task.hasDeclared(member.certificate) else { throw .notDeclared }
        var next = task
        switch kind {
        case .record:
            guard var form = task.recordForm else { throw .noForm(kind) }
            try check(form, kind: kind, digest: digest, member: member)
            form.signatures.append(signature(member, now))
            next.recordForm = form
        case .equipment:
            guard var form = task.equipmentForm else { throw .noForm(kind) }
            try check(form, kind: kind, digest: digest, member: member)
            form.signatures.append(signature(member, now))
            next.equipmentForm = form
        }
        return settle(next, at: now)
    }

    /// 上报: both forms signed by the whole team; the result is the record
    /// form's conclusion, published as it is reported.
    public static func report(_ task: InspectionTask, by actor: ActorReference, at now: Date) throws(InspectionTaskRefusal) -> InspectionTask {
        guard task.report == nil else { throw .alreadyReported }
        for kind in TaskFormKind.allCases {
            let missing = task.unsigned(kind).map(\.name)
            guard !missing.isEmpty else { continue }
            let present = kind == .record ? task.recordForm != nil : task.equipmentForm != nil
            throw present ? .unsigned(kind, missing) : .noForm(kind)
        }
        guard let form = task.recordForm else { throw .noForm(.record) }
        var next = task
        next.report = TaskReport(conclusion: form.body.conclusion, problems: form.body.problems, reportedAt: now, reportedBy: actor.rawValue)
        return next
    }

    /// The result's text, kept as the `result` node's record.
    public static func resultText(_ task: InspectionTask) -> String {
        guard let report = task.report else { return "" }
        return "检查结论：\(report.conclusion.name.zhHans)\n现场检查发现的问题汇总：\(report.problems.isEmpty ? "无" : report.problems)\n"
            + "检查日期：\(task.checkedOn?.description ?? "")\n检查人员：" + task.team.map { "\($0.name)（\($0.certificate)）" }.joined(separator: "、")
    }

    /// The declaration's text, kept as a record of the `declaration` node.
    public static func declarationText(_ member: TaskInspector) -> String {
        "\(member.name)（执法证号 \(member.certificate)）：\(TaskDeclaration.commitment.zhHans)"
    }

    private static func open(_ task: InspectionTask, _ user: UserID) throws(InspectionTaskRefusal) -> TaskInspector {
        guard let member = task.member(user) else { throw .notOnTeam }
        guard task.report == nil else { throw .alreadyReported }
        return member
    }

    private static func filler(_ task: InspectionTask, _ user: UserID, _ kind: TaskFormKind) throws(InspectionTaskRefusal) -> TaskInspector {
        let member = try open(task, user)
        guard task.hasDeclared(member.certificate) else { throw .notDeclared }
        guard !task.isFinal(kind) else { throw .formFinal(kind) }
        return member
    }

    private static func check<Body>(_ form: SignedForm<Body>, kind: TaskFormKind, digest: String, member: TaskInspector) throws(InspectionTaskRefusal) {
        guard form.digest == digest else { throw .formChanged(kind) }
        guard !form.signatures.contains(where: { $0.certificate == member.certificate }) else { throw .alreadySigned(kind) }
    }

    private static func signature(_ member: TaskInspector, _ now: Date) -> FormSignature {
        FormSignature(certificate: member.certificate, name: member.name, at: now)
    }

    /// The check's day is the day both forms stand signed by everyone.
    private static func settle(_ task: InspectionTask, at now: Date) -> InspectionTask {
        var next = task
        if next.checkedOn == nil, next.isFinal(.record), next.isFinal(.equipment) { next.checkedOn = CivilDate(now) }
        return next
    }
}
