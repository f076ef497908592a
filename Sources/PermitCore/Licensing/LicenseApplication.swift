import Foundation

/// 许可申请 — an enterprise's online application for a production licence
/// under the simplified procedure (LIC-2): 一单一书一照 — the application form
/// (申请单), the quality-safety commitment (承诺书), the business licence —
/// and a test report for each product unit (LIC-3). It is a draft until
/// submitted; then its case (一案一号, the same number) runs on the recording
/// engine, and this value follows what the bureau decided.
public struct LicenseApplication: Hashable, Sendable {
    public var number: CaseNumber
    public var applicant: CaseSubject
    public var district: DistrictCode
    public var units: [ProductUnitID]
    public var form: ApplicationForm
    /// 承诺书: who signed it for the enterprise, and when; nil until signed.
    public var commitment: Commitment?
    public var reports: [TestReport]
    public var status: ApplicationStatus
    /// 首问负责制: the officer answering for the application since first contact.
    public var responsibleOfficer: Username?
    /// 补正: what the bureau asked to be corrected, once (一次性告知).
    public var correction: String?
    /// Why acceptance or the licence was refused.
    public var refusalReason: String?
    public var createdAt: Date
    public var createdBy: ActorReference
    /// 延续 (LIC-10): the certificate renewed, with what the reduced path asks.
    public var renewal: Renewal?
    /// 变更、补领 (LIC-11): the certificate concerned and what changed.
    public var change: CertificateChange?
    /// 营业执照 and other attachments, in the order added.
    public var attachments: [ApplicationAttachment]

    /// The certificate an application is about, for a renewal or a change.
    public var certificateConcerned: LicenseNumber? { renewal?.certificate ?? change?.certificate }

    /// The process its case runs on.
    public var process: ProcessDefinition {
        if let change { return change.kind.process }
        return renewal == nil ? .licenseApplication : .licenseRenewal
    }

    public init(
        number: CaseNumber, applicant: CaseSubject, district: DistrictCode, units: [ProductUnitID], form: ApplicationForm,
        commitment: Commitment? = nil, reports: [TestReport] = [], status: ApplicationStatus = .draft, responsibleOfficer: Username? = nil,
        correction: String? = nil, refusalReason: String? = nil, createdAt: Date, createdBy: ActorReference, renewal: Renewal? = nil,
        change: CertificateChange? = nil, attachments: [ApplicationAttachment] = []
    ) {
        self.attachments = attachments
        self.number = number
        self.applicant = applicant
        self.district = district
        self.units = units
        self.form = form
        self.commitment = commitment
        self.reports = reports
        self.status = status
        self.responsibleOfficer = responsibleOfficer
        self.correction = correction
        self.refusalReason = refusalReason
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.renewal = renewal
        self.change = change
    }
}

/// 延续: an application to renew a certificate before it expires. The
/// reduced path (seed 003 二(三)5) takes the holder's word that production
/// conditions did not change and its proof of no violation during validity,
/// applied at least 30 working days before expiry: granted and reissued
/// directly, no on-site review. Otherwise the renewal follows the normal
/// path, with the on-site review after the grant.
public struct Renewal: Hashable, Sendable {
    public static let reducedPathWorkingDays = 30

    public var certificate: LicenseNumber
    public var conditionsUnchanged: Bool
    /// 无违法行为证明材料: what the holder submits as proof.
    public var noViolationProof: String

    public init(certificate: LicenseNumber, conditionsUnchanged: Bool, noViolationProof: String) {
        self.certificate = certificate
        self.conditionsUnchanged = conditionsUnchanged
        self.noViolationProof = noViolationProof
    }

    /// Whether a renewal applied for on `appliedOn` of a certificate valid
    /// until `validUntil` may take the reduced path.
    public func isReduced(appliedOn: CivilDate, validUntil: CivilDate, calendar: WorkingDayCalendar) -> Bool {
        guard conditionsUnchanged, !noViolationProof.trimmingWhitespace().isEmpty else { return false }
        if let latest = try? calendar.addWorkingDays(from: appliedOn, count: Self.reducedPathWorkingDays) { return latest <= validUntil }
        // Beyond the years the calendar holds: thirty working days never
        // span more than sixty calendar days, whatever the holidays.
        return appliedOn.days(to: validUntil) >= 60
    }
}

/// 全国工业产品生产许可证申请单 — what the form asks beyond the registry.
public struct ApplicationForm: Hashable, Sendable, Codable {
    public var productionAddress: String
    public var contactPerson: String
    public var contactPhone: String

    public init(productionAddress: String, contactPerson: String, contactPhone: String) {
        self.productionAddress = productionAddress
        self.contactPerson = contactPerson
        self.contactPhone = contactPhone
    }
}

/// 保证质量安全承诺书, signed online.
public struct Commitment: Hashable, Sendable, Codable {
    public var signatory: String
    public var signedAt: Date

    public init(signatory: String, signedAt: Date) {
        self.signatory = signatory
        self.signedAt = signedAt
    }
}

public enum ApplicationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case draft
    /// Submitted, waiting for the decision on acceptance.
    case submitted
    /// 补正: the clock stands until the enterprise submits again.
    case correctionRequested = "correction-requested"
    /// 受理: under formal review (形式审查).
    case accepted
    /// 不予受理.
    case acceptanceRefused = "acceptance-refused"
    /// 准予行政许可: a certificate was issued.
    case granted
    /// 不予行政许可.
    case refused

    public var name: Bilingual {
        switch self {
        case .draft: Bilingual("草稿", en: "Draft")
        case .submitted: Bilingual("已提交，待受理", en: "Submitted, awaiting acceptance")
        case .correctionRequested: Bilingual("待补正", en: "Correction requested")
        case .accepted: Bilingual("已受理，审查中", en: "Accepted, under review")
        case .acceptanceRefused: Bilingual("不予受理", en: "Acceptance refused")
        case .granted: Bilingual("准予许可", en: "Granted")
        case .refused: Bilingual("不予许可", en: "Refused")
        }
    }

    public var isSettled: Bool { self == .acceptanceRefused || self == .granted || self == .refused }
}
