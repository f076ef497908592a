import Foundation

public typealias InspectionFollowUpID = Identifier<InspectionFollowUp>

/// 后续处置 — what the district does about a task reported 不合格 (RND-7,
/// seed 002 七(四)). Each follow-up names what it opened: the interview's
/// or the rectification re-check's case, or, for a referral or a proposal
/// to the issuing authority, the matter and evidence recorded here.
public struct InspectionFollowUp: Hashable, Sendable {
    public var id: InspectionFollowUpID
    /// The failed task's case number.
    public var task: CaseNumber
    public var enterprise: UnifiedSocialCreditCode
    public var district: DistrictCode
    public var kind: FollowUpKind
    /// The case the follow-up opened (约谈 or 整改复查), if it opened one.
    public var opened: CaseNumber?
    /// 整改期限 of a rectification.
    public var deadline: CivilDate?
    public var matter: String
    public var evidence: String
    public var recordedAt: Date
    /// `ActorReference.rawValue` of who recorded it.
    public var recordedBy: String

    public init(
        id: InspectionFollowUpID, task: CaseNumber, enterprise: UnifiedSocialCreditCode, district: DistrictCode, kind: FollowUpKind, opened: CaseNumber?,
        deadline: CivilDate?, matter: String, evidence: String, recordedAt: Date, recordedBy: String
    ) {
        self.id = id
        self.task = task
        self.enterprise = enterprise
        self.district = district
        self.kind = kind
        self.opened = opened
        self.deadline = deadline
        self.matter = matter
        self.evidence = evidence
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

public enum FollowUpKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// 约谈
    case interview
    /// 责令整改并复查 — opens an ad hoc inspection that re-checks by the deadline.
    case rectification
    /// 移送稽查执法
    case referral
    /// 建议发证机关吊销/撤销/注销许可
    case revocationProposal = "revocation-proposal"

    public var name: Bilingual {
        switch self {
        case .interview: Bilingual("约谈", en: "Interview")
        case .rectification: Bilingual("责令整改并复查", en: "Rectification and re-check")
        case .referral: Bilingual("移送稽查执法", en: "Referral to enforcement")
        case .revocationProposal: Bilingual("建议发证机关吊销或注销许可", en: "Proposal to revoke or cancel the licence")
        }
    }
}

/// Why a follow-up is refused, before anything is written.
public enum FollowUpRefusal: Error, Equatable, Sendable {
    /// Only a task reported 不合格 is followed up.
    case notFailed
}

public enum InspectionFollowUpRules {
    public static let textLimit = 2000

    /// The checked input: kind, matter, evidence and, for a rectification,
    /// a deadline after today.
    public static func check(
        kind text: String, matter: String?, evidence: String?, deadline: String?, today: CivilDate
    ) throws(InvalidInput) -> (FollowUpKind, String, String, CivilDate?) {
        var issues: [FieldIssue] = []
        let kind = FollowUpKind(rawValue: text)
        if kind == nil { issues.append(FieldIssue(field: "kind", problem: text.isEmpty ? .missing : .unknownValue(text))) }
        let matter = (matter ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let evidence = (evidence ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if matter.isEmpty { issues.append(FieldIssue(field: "matter", problem: .missing)) }
        if matter.count > textLimit { issues.append(FieldIssue(field: "matter", problem: .tooLong(maximum: textLimit))) }
        if evidence.count > textLimit { issues.append(FieldIssue(field: "evidence", problem: .tooLong(maximum: textLimit))) }
        // A referral hands the matter over with what proves it.
        if kind == .referral, evidence.isEmpty { issues.append(FieldIssue(field: "evidence", problem: .missing)) }
        var due: CivilDate?
        let dateText = (deadline ?? "").trimmingCharacters(in: .whitespaces)
        switch (kind, dateText.isEmpty) {
        case (.rectification, true): issues.append(FieldIssue(field: "deadline", problem: .missing))
        case (.rectification, false):
            if let date = try? CivilDate(parsing: dateText), date > today { due = date } else {
                issues.append(FieldIssue(field: "deadline", problem: .invalidFormat))
            }
        case (_, false): issues.append(FieldIssue(field: "deadline", problem: .notAllowed))
        case (_, true): break
        }
        try InvalidInput.check(issues)
        return (kind!, matter, evidence, due)
    }

    public static func requireFailed(_ task: InspectionTask) throws(FollowUpRefusal) {
        guard task.report?.conclusion == .fail else { throw .notFailed }
    }

    /// A reported failure with no follow-up yet is what the district must attend to.
    public static func needsFollowUp(_ task: InspectionTask, followUps: [InspectionFollowUp]) -> Bool {
        task.report?.conclusion == .fail && !followUps.contains { $0.task == task.caseNumber }
    }

    /// The text the opened case keeps as its basis.
    public static func basis(_ kind: FollowUpKind, task: InspectionTask, matter: String, deadline: CivilDate?) -> String {
        var lines = [
            "依据：双随机抽查任务 \(task.caseNumber)（\(task.planIdentifier)）检查结论不合格",
            "处置方式：\(kind.name.zhHans)",
            "事由：\(matter)",
        ]
        if let problems = task.report?.problems, !problems.isEmpty { lines.insert("发现的问题：\(problems)", at: 1) }
        if let deadline { lines.append("整改期限：\(deadline)") }
        return lines.joined(separator: "\n")
    }
}
