/// 案件类别 — what a case is, as encoded in its case number.
///
/// Every unit of administrative work gets one case number (一案一号, ARC-1);
/// the kind's two-letter code (pinyin initials of the Chinese label) is the
/// first part of that number, so an officer can tell an application from a
/// revocation at a glance and numbers of different kinds never collide.
///
/// The raw value is the stable identifier stored in databases and APIs; the
/// `code` is what appears in numbers. Neither may change once used.
public enum CaseKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// 许可申请 — first application for a production licence (LIC-2).
    case application
    /// 延续 — renewal before expiry (LIC-10).
    case renewal
    /// 变更 — change of licence particulars (LIC-11).
    case change
    /// 补领 — reissue of a lost or damaged certificate (LIC-11).
    case reissue
    /// 现场审查 — post-licence on-site review (证后监督性现场审查, LIC-9).
    case onSiteReview
    /// 监督检查 — supervision inspection, including "double random" ones (RND, SUP-8).
    case inspection
    /// 监督抽查 — supervision sampling and testing (监督检验, SUP-10).
    case sampling
    /// 撤回 — withdrawal of a licence (LIC-12).
    case withdrawal
    /// 撤销 — revocation of a licence (LIC-12).
    case revocation
    /// 吊销 — revocation as an administrative penalty (LIC-12).
    case penaltyRevocation
    /// 注销 — cancellation after production stopped or expiry (LIC-12).
    case cancellation
    /// 资质认定 — inspection and testing agency qualification (CMA).
    case qualification
    /// 约谈 — interview of a legal representative (SUP-13).
    case interview

    /// Two capital ASCII letters used in case numbers; unique per kind.
    public var code: String {
        switch self {
        case .application: "SQ"
        case .renewal: "YX"
        case .change: "BG"
        case .reissue: "BL"
        case .onSiteReview: "XC"
        case .inspection: "JC"
        case .sampling: "CC"
        case .withdrawal: "CH"
        case .revocation: "CX"
        case .penaltyRevocation: "DX"
        case .cancellation: "ZX"
        case .qualification: "ZR"
        case .interview: "YT"
        }
    }

    /// Short Chinese label for lists, documents and the display form of a
    /// case number.
    public var chineseLabel: String {
        switch self {
        case .application: "许可申请"
        case .renewal: "延续"
        case .change: "变更"
        case .reissue: "补领"
        case .onSiteReview: "现场审查"
        case .inspection: "监督检查"
        case .sampling: "监督抽查"
        case .withdrawal: "撤回"
        case .revocation: "撤销"
        case .penaltyRevocation: "吊销"
        case .cancellation: "注销"
        case .qualification: "资质认定"
        case .interview: "约谈"
        }
    }

    /// The kind whose `code` is exactly `code` (case-sensitive).
    public init?(code: String) {
        guard let kind = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = kind
    }
}
