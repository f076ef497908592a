import Foundation

/// 到期提醒 (LIC-10): from six months before a certificate expires — when
/// the national rules ask the holder to apply for renewal (条例 第25条,
/// 156号 第27条) — the holder and the bureau are reminded, until a renewal
/// is applied for. After expiry without renewal the licence is to be
/// cancelled (注销, 156号 第35条), and the reminder says so.
public struct RenewalReminder: Hashable, Sendable {
    public enum Stage: String, Hashable, Sendable {
        /// Within six months of expiry, the reduced path still open.
        case due
        /// Fewer than 30 working days left: renewal only on the normal path.
        case reducedPathClosed = "reduced-path-closed"
        /// Expired and not renewed.
        case expired
    }

    public static let windowMonths = 6

    public let certificate: LicenseNumber
    public let holderName: String
    public let holderCreditCode: UnifiedSocialCreditCode
    public let validUntil: CivilDate
    /// The day the window opened: six months before expiry.
    public let applyFrom: CivilDate
    /// The last day to apply on the reduced path (seed 003: 30 working
    /// days before expiry).
    public let reducedPathBy: CivilDate
    public let stage: Stage

    /// The reminder for `certificate` on `today`, or nil when none is due:
    /// not yet in the window, already ended (revoked, cancelled), or a
    /// renewal is under way.
    public static func of(_ certificate: Certificate, on today: CivilDate, calendar: WorkingDayCalendar, renewalUnderWay: Bool) -> RenewalReminder? {
        guard !renewalUnderWay, certificate.status == .valid else { return nil }
        let applyFrom = certificate.validUntil.addingMonths(-windowMonths)
        guard today >= applyFrom else { return nil }
        let reducedPathBy = (try? calendar.addWorkingDays(from: certificate.validUntil, count: -Renewal.reducedPathWorkingDays))
            // Beyond the calendar's years, as `Renewal.isReduced` counts.
            ?? certificate.validUntil.adding(days: -60)
        let stage: Stage = today > certificate.validUntil ? .expired : today > reducedPathBy ? .reducedPathClosed : .due
        return RenewalReminder(
            certificate: certificate.number, holderName: certificate.holderName, holderCreditCode: certificate.holderCreditCode,
            validUntil: certificate.validUntil, applyFrom: applyFrom, reducedPathBy: reducedPathBy, stage: stage
        )
    }

    /// What the reminder says, to the holder and the bureau alike.
    public var text: Bilingual {
        switch stage {
        case .due:
            Bilingual(
                "证书 \(certificate) 将于 \(validUntil) 到期，请申请延续；\(reducedPathBy) 前申请且条件未变的，可免于现场审查直接换证",
                en: "Certificate \(certificate) expires on \(validUntil): apply for renewal; by \(reducedPathBy) the reduced path is open"
            )
        case .reducedPathClosed:
            Bilingual(
                "证书 \(certificate) 将于 \(validUntil) 到期，已不足 30 个工作日，延续须按一般程序办理",
                en: "Certificate \(certificate) expires on \(validUntil), under 30 working days away: renewal takes the normal path"
            )
        case .expired:
            Bilingual(
                "证书 \(certificate) 已于 \(validUntil) 到期且未延续，应依法办理注销",
                en: "Certificate \(certificate) expired on \(validUntil) without renewal and is to be cancelled"
            )
        }
    }
}
