import Foundation

public typealias RectificationOrderID = Identifier<RectificationOrder>

/// 责令限期整改 — an order, made on an inspection's findings, to put the
/// problems right by a date, after which the district re-checks (复查) on a
/// return visit (第二十七条).
public struct RectificationOrder: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable, Codable {
        /// The re-check found the rectification done.
        case rectified
        case notRectified = "not-rectified"
    }

    public var id: RectificationOrderID
    /// The inspection that found the problems.
    public var inspection: CaseNumber
    public var creditCode: UnifiedSocialCreditCode
    public var enterpriseName: String
    public var district: DistrictCode
    public var requirements: String
    public var deadline: CivilDate
    public var orderedOn: CivilDate
    /// The return visit that re-checks it, once opened.
    public var recheck: CaseNumber?
    /// Why a re-check came before the deadline.
    public var earlyReason: String?
    public var outcome: Outcome?

    public init(
        id: RectificationOrderID, inspection: CaseNumber, creditCode: UnifiedSocialCreditCode, enterpriseName: String, district: DistrictCode,
        requirements: String, deadline: CivilDate, orderedOn: CivilDate, recheck: CaseNumber? = nil, earlyReason: String? = nil, outcome: Outcome? = nil
    ) {
        self.id = id
        self.inspection = inspection
        self.creditCode = creditCode
        self.enterpriseName = enterpriseName
        self.district = district
        self.requirements = requirements
        self.deadline = deadline
        self.orderedOn = orderedOn
        self.recheck = recheck
        self.earlyReason = earlyReason
        self.outcome = outcome
    }

    /// The deadline has passed (the re-check is due) on `today`: 期限到期后复查.
    public func isDue(on today: CivilDate) -> Bool { today > deadline }

    /// Due and no return visit opened yet: what the deadline job opens.
    public func awaitsRecheck(on today: CivilDate) -> Bool { recheck == nil && isDue(on: today) }

    /// The text of the order, kept as the inspection's record.
    public var text: String {
        "整改要求：\(requirements)\n整改期限：\(deadline) 前完成整改；期限届满后区级市场监管局进行复查（第二十七条）。"
    }
}

/// The rules of an order and its re-check, pure.
public enum RectificationRules {
    /// Validates the order's input against the inspection's record: a
    /// deadline after the check, requirements written, and problems found.
    public static func order(
        requirements: String?, deadline: String?, record: InspectionRecord
    ) throws(OversightRefusal) -> (requirements: String, deadline: CivilDate) {
        var issues: [FieldIssue] = []
        let text = OversightText.read(requirements, field: "rectification.requirements", into: &issues)
        let date = OversightText.date(deadline, field: "rectification.deadline", into: &issues)
        if let date, date <= record.checkedOn { issues.append(FieldIssue(field: "rectification.deadline", problem: .notAllowed)) }
        try InvalidInput.checkOversight(issues)
        guard record.foundProblems else { throw .rectificationWithoutProblem }
        return (text, date!)
    }

    /// A re-check may come once the deadline has passed; before it only
    /// with a written reason (e.g. the enterprise reports it has finished),
    /// which is returned trimmed. An order re-checked already is refused.
    public static func recheck(_ order: RectificationOrder, on today: CivilDate, reason: String?) throws(OversightRefusal) -> String? {
        if let recheck = order.recheck { throw .recheckExists(recheck) }
        if order.isDue(on: today) { return nil }
        var issues: [FieldIssue] = []
        let text = OversightText.read(reason, field: "reason", into: &issues)
        guard issues.isEmpty else {
            if text.isEmpty { throw .recheckBeforeDeadline(order.deadline) }
            throw .invalid(issues)
        }
        return text
    }
}

/// 移交行政执法 — a matter calling for an administrative penalty handed to
/// the bureau's enforcement department, with the evidence (第二十八条).
public struct EnforcementReferral: Hashable, Sendable {
    public var matter: String
    public var evidence: String

    public init(matter: String?, evidence: String?) throws(OversightRefusal) {
        var issues: [FieldIssue] = []
        self.matter = OversightText.read(matter, field: "referral.matter", into: &issues)
        self.evidence = OversightText.read(evidence, field: "referral.evidence", into: &issues)
        try InvalidInput.checkOversight(issues)
    }

    public var text: String {
        "移交事项：\(matter)\n移交证据：\(evidence)\n移交本机关行政执法部门按相关规定处理（第二十八条）。"
    }
}

extension InvalidInput {
    /// The oversight rules' own spelling of `check`: one refusal type.
    static func checkOversight(_ issues: [FieldIssue]) throws(OversightRefusal) {
        if !issues.isEmpty { throw .invalid(issues) }
    }
}
