import Foundation

/// 审核 — the technical review agency's check of an audio-visual record
/// its reviewers did not make themselves (REC-10): approved, or returned
/// with the reason. The latest review stands; earlier ones stay.
public struct RecordReview: Hashable, Sendable {
    public enum Decision: String, CaseIterable, Hashable, Sendable, Codable {
        case approved
        case returned

        public var name: Bilingual {
            switch self {
            case .approved: Bilingual("审查机构已认可", en: "approved by the review agency")
            case .returned: Bilingual("审查机构退回", en: "returned by the review agency")
            }
        }
    }

    public var record: CaseRecordID
    public var decision: Decision
    public var reason: String?
    public var reviewer: ActorReference
    public var reviewedAt: Date

    public init(record: CaseRecordID, decision: Decision, reason: String?, reviewer: ActorReference, reviewedAt: Date) {
        self.record = record
        self.decision = decision
        self.reason = reason
        self.reviewer = reviewer
        self.reviewedAt = reviewedAt
    }

    /// Who may review: a reviewer (审查机构人员) who acts on the case.
    public static func mayReview(_ user: User, on subject: Case) -> Bool {
        user.role == .reviewer && CaseAccess.of(user, on: subject) == .act
    }
}
