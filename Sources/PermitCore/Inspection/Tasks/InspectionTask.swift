import Foundation

public typealias InspectionTaskID = Identifier<InspectionTask>

/// 检查任务 — one drawn enterprise of a plan, dispatched to its matched
/// inspectors (RND-4) as a `random-inspection` case: the two forms, each
/// inspector's declaration (RND-8), and the result once reported, which is
/// when it is published (PUB-1).
public struct InspectionTask: Hashable, Sendable {
    public var id: InspectionTaskID
    public var plan: InspectionPlanID
    public var planIdentifier: String
    public var caseNumber: CaseNumber
    public var enterprise: UnifiedSocialCreditCode
    public var enterpriseName: String
    /// The supervising (production) district the matching drew from.
    public var district: DistrictCode
    /// The matched inspectors, in matching order.
    public var team: [TaskInspector]
    /// 现场检查截止日期 — the plan's end date for on-site checks (RND-6).
    public var checksDueOn: CivilDate
    public var dispatchedAt: Date
    public var declarations: [TaskDeclaration]
    public var recordForm: SignedForm<InspectionRecordForm>?
    public var equipmentForm: SignedForm<EquipmentForm>?
    /// The day the second form was signed by the whole team: the on-site
    /// check's day, from which the 20 working days to publish run.
    public var checkedOn: CivilDate?
    public var report: TaskReport?

    public init(
        id: InspectionTaskID, plan: InspectionPlanID, planIdentifier: String, caseNumber: CaseNumber, enterprise: UnifiedSocialCreditCode,
        enterpriseName: String, district: DistrictCode, team: [TaskInspector], checksDueOn: CivilDate, dispatchedAt: Date,
        declarations: [TaskDeclaration] = [], recordForm: SignedForm<InspectionRecordForm>? = nil, equipmentForm: SignedForm<EquipmentForm>? = nil,
        checkedOn: CivilDate? = nil, report: TaskReport? = nil
    ) {
        self.id = id
        self.plan = plan
        self.planIdentifier = planIdentifier
        self.caseNumber = caseNumber
        self.enterprise = enterprise
        self.enterpriseName = enterpriseName
        self.district = district
        self.team = team
        self.checksDueOn = checksDueOn
        self.dispatchedAt = dispatchedAt
        self.declarations = declarations
        self.recordForm = recordForm
        self.equipmentForm = equipmentForm
        self.checkedOn = checkedOn
        self.report = report
    }

    public func member(_ user: UserID) -> TaskInspector? { team.first { $0.user == user } }

    public func hasDeclared(_ certificate: String) -> Bool { declarations.contains { $0.certificate == certificate } }

    public func isFinal(_ kind: TaskFormKind) -> Bool {
        switch kind {
        case .record: recordForm?.isSigned(by: team) ?? false
        case .equipment: equipmentForm?.isSigned(by: team) ?? false
        }
    }

    /// Who has not signed the standing version of a form yet.
    public func unsigned(_ kind: TaskFormKind) -> [TaskInspector] {
        let signed = switch kind {
        case .record: recordForm?.signatures.map(\.certificate) ?? []
        case .equipment: equipmentForm?.signatures.map(\.certificate) ?? []
        }
        return team.filter { !signed.contains($0.certificate) }
    }

    public var isChecked: Bool { checkedOn != nil }
    public var isPublished: Bool { report != nil }
}

/// A matched inspector with the account they sign in with.
public struct TaskInspector: Codable, Hashable, Sendable {
    /// 执法证号, as the draw published it.
    public var certificate: String
    public var user: UserID
    public var username: Username
    public var name: String

    public init(certificate: String, user: UserID, username: Username, name: String) {
        self.certificate = certificate
        self.user = user
        self.username = username
        self.name = name
    }
}

/// RND-8: made by each inspector for this task before filling in a form.
public struct TaskDeclaration: Codable, Hashable, Sendable {
    public var certificate: String
    /// 廉洁承诺: not to disturb production, take money or goods, or seek any benefit (seed 002 七(二)).
    public var integrityCommitment: Bool
    /// 出示执法证件 (seed 002 六(一)2).
    public var certificateShown: Bool
    public var at: Date

    public init(certificate: String, integrityCommitment: Bool, certificateShown: Bool, at: Date) {
        self.certificate = certificate
        self.integrityCommitment = integrityCommitment
        self.certificateShown = certificateShown
        self.at = at
    }

    public static let commitment = Bilingual(
        "本人承诺：检查中不妨碍企业正常的生产经营活动，不索取或收受企业的财物，不谋取其他利益；已向被检查企业出示执法证件。",
        en: "I will not disturb the enterprise's production or business, ask for or accept its money or goods, or seek any other benefit; I have shown my enforcement certificate."
    )
}

/// A form as submitted, with the digest of the bytes kept and the team's
/// signatures on exactly that version: a resubmission is a new version
/// and needs everyone's signature again.
public struct SignedForm<Body: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var body: Body
    /// SHA-256 of the form's canonical JSON.
    public var digest: String
    public var submittedAt: Date
    public var signatures: [FormSignature]

    public init(body: Body, digest: String, submittedAt: Date, signatures: [FormSignature]) {
        self.body = body
        self.digest = digest
        self.submittedAt = submittedAt
        self.signatures = signatures
    }

    public func isSigned(by team: [TaskInspector]) -> Bool {
        team.allSatisfy { member in signatures.contains { $0.certificate == member.certificate } }
    }

    /// The day the last signature made the form final.
    public var signedOn: CivilDate? { signatures.map(\.at).max().map { CivilDate($0) } }
}

/// 检查组组员（签名）.
public struct FormSignature: Codable, Hashable, Sendable {
    public var certificate: String
    public var name: String
    public var at: Date

    public init(certificate: String, name: String, at: Date) {
        self.certificate = certificate
        self.name = name
        self.at = at
    }
}

/// 上报检查结果: reported and, by this installation's choice, published at once.
public struct TaskReport: Codable, Hashable, Sendable {
    public var conclusion: InspectionConclusion
    public var problems: String
    public var reportedAt: Date
    /// `ActorReference.rawValue` of who reported.
    public var reportedBy: String
    /// Set when the enterprise was not checked; `conclusion` is then `.notChecked`.
    public var notChecked: TaskNotChecked?

    public init(conclusion: InspectionConclusion, problems: String, reportedAt: Date, reportedBy: String, notChecked: TaskNotChecked? = nil) {
        self.conclusion = conclusion
        self.problems = problems
        self.reportedAt = reportedAt
        self.reportedBy = reportedBy
        self.notChecked = notChecked
    }

    public var publishedOn: CivilDate { CivilDate(reportedAt) }
}
