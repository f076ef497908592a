/// 变更、补领 (LIC-11): an application about a certificate already held.
/// A change of name or residence keeps the expiry date (156号 第30条); a
/// reissue after loss keeps everything; a change of production conditions
/// (address moved, capacity, key process or key equipment) is re-reviewed on
/// site after the grant (第29条). Both kinds of change are due within one
/// month of the change; a later application is flagged, not refused.
public struct CertificateChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// 名称、住所变更.
        case particulars
        /// 补领: the certificate lost or damaged.
        case reissue
        /// 生产条件变化: re-reviewed on site.
        case conditions

        public var caseKind: CaseKind { self == .reissue ? .reissue : .change }
        public var process: ProcessDefinition { self == .reissue ? .licenseReissue : .licenseChange }
        public var isReviewedOnSite: Bool { self == .conditions }

        public var name: Bilingual {
            switch self {
            case .particulars: Bilingual("名称、住所变更", en: "change of name or residence")
            case .reissue: Bilingual("证书补领", en: "reissue")
            case .conditions: Bilingual("生产条件变化（重新审查）", en: "change of production conditions (re-review)")
            }
        }
    }

    public var kind: Kind
    public var certificate: LicenseNumber
    /// When the change happened; nil for a reissue.
    public var changedOn: CivilDate?
    /// The new name and residence, for a change of particulars; empty keeps them.
    public var holderName: String
    public var residence: String

    public init(kind: Kind, certificate: LicenseNumber, changedOn: CivilDate?, holderName: String = "", residence: String = "") {
        self.kind = kind
        self.certificate = certificate
        self.changedOn = changedOn
        self.holderName = holderName
        self.residence = residence
    }

    /// Applied for more than one month after the change (156号 第29、30条).
    public func isLate(appliedOn: CivilDate) -> Bool {
        guard kind != .reissue, let changedOn else { return false }
        return appliedOn > changedOn.addingMonths(1)
    }
}

extension CivilDate {
    /// The same day `months` later; a day the month lacks becomes its last.
    public func addingMonths(_ months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let (target, targetMonth) = (index / 12, index % 12 + 1)
        guard let date = try? CivilDate(year: target, month: targetMonth, day: min(day, CivilDate.daysInMonth(year: target, month: targetMonth))) else {
            preconditionFailure("year \(target) is outside the calendar")
        }
        return date
    }
}
