import Foundation

/// 工业产品生产许可证 — one per enterprise (一企一证), one number per
/// certificate (一证一号), listing every licensed product. It shows what 156号
/// 第39条 asks: 企业名称, 住所, 生产地址, 产品名称, 证书编号, 有效期, 发证日期
/// and the issuing authority; validity is five years (条例 第25条).
public struct Certificate: Hashable, Sendable {
    public static let validityYears = 5

    public var number: LicenseNumber
    /// One more on each reissue (change, merge); the identifier carries it.
    public var version: Int
    public var identifier: ElectronicCertificateIdentifier
    public var holderName: String
    public var holderCreditCode: UnifiedSocialCreditCode
    /// 住所.
    public var residence: String
    public var productionAddress: String
    public var products: [CertifiedProduct]
    public var issuedOn: CivilDate
    public var validUntil: CivilDate
    public var issuer: String
    public var status: CertificateStatus
    /// The application case it was granted in.
    public var caseNumber: CaseNumber
    /// 送达: when it reached the enterprise's inbox in the system.
    public var servedAt: Date

    public init(
        number: LicenseNumber, version: Int, identifier: ElectronicCertificateIdentifier, holderName: String,
        holderCreditCode: UnifiedSocialCreditCode, residence: String, productionAddress: String, products: [CertifiedProduct],
        issuedOn: CivilDate, validUntil: CivilDate, issuer: String, status: CertificateStatus, caseNumber: CaseNumber, servedAt: Date
    ) {
        self.number = number
        self.version = version
        self.identifier = identifier
        self.holderName = holderName
        self.holderCreditCode = holderCreditCode
        self.residence = residence
        self.productionAddress = productionAddress
        self.products = products
        self.issuedOn = issuedOn
        self.validUntil = validUntil
        self.issuer = issuer
        self.status = status
        self.caseNumber = caseNumber
        self.servedAt = servedAt
    }

    /// The last day of validity for a certificate issued on `issuedOn`.
    public static func validUntil(issuedOn: CivilDate) -> CivilDate {
        issuedOn.addingYears(validityYears).adding(days: -1)
    }

    /// What the public page says on `today`: the recorded status, or
    /// expired once the last day of validity has passed.
    public func standing(on today: CivilDate) -> CertificateStatus {
        status == .valid && today > validUntil ? .expired : status
    }
}

public struct CertifiedProduct: Hashable, Sendable, Codable {
    public var unit: ProductUnitID
    public var name: String
    public var category: String

    public init(unit: ProductUnitID, name: String, category: String) {
        self.unit = unit
        self.name = name
        self.category = category
    }
}

public enum CertificateStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case valid
    case expired
    /// 暂扣.
    case suspended
    /// 撤销 / 撤回 / 吊销.
    case revoked
    /// 注销.
    case cancelled
    /// 合并换证 (LIC-8): its products now on the holder's one certificate.
    case merged

    public var name: Bilingual {
        switch self {
        case .valid: Bilingual("有效", en: "Valid")
        case .expired: Bilingual("已过期", en: "Expired")
        case .suspended: Bilingual("暂扣", en: "Suspended")
        case .revoked: Bilingual("已撤销", en: "Revoked")
        case .cancelled: Bilingual("已注销", en: "Cancelled")
        case .merged: Bilingual("已合并换发至本企业现行证书", en: "Merged into the holder's current certificate")
        }
    }
}

/// The machine-readable certificate: the text a C2SP signed note carries.
/// Line-oriented `key: value`, in a fixed order, so the signed bytes are
/// the same wherever they are made; the ledger line names the entry that
/// recorded the issue, for an inclusion check against a checkpoint.
public enum CertificateText {
    public static let header = "permittrail certificate v1"

    public static func text(of certificate: Certificate, ledgerSubject: String) -> String {
        var lines = [
            header,
            "number: \(certificate.number)",
            "identifier: \(certificate.identifier)",
            "version: \(certificate.version)",
            "holder: \(certificate.holderName)",
            "credit-code: \(certificate.holderCreditCode.rawValue)",
            "residence: \(certificate.residence)",
            "production-address: \(certificate.productionAddress)",
        ]
        lines += certificate.products.map { "product: \($0.category) / \($0.name)" }
        lines += [
            "issued-on: \(certificate.issuedOn)",
            "valid-until: \(certificate.validUntil)",
            "issuer: \(certificate.issuer)",
            "case: \(certificate.caseNumber)",
            "ledger: \(ledgerSubject)",
        ]
        // A note's text allows no control characters; a stray newline in a
        // name must not add a line of its own.
        return lines.map { $0.filter { !$0.isNewline && $0 != "\t" } }.joined(separator: "\n") + "\n"
    }

    /// The `key: value` fields of a note's text, in order, for checking.
    public static func fields(of text: String) -> [(String, String)] {
        text.split(separator: "\n").dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingWhitespace())
        }
    }
}
