import Foundation

public typealias EnterpriseID = Identifier<Enterprise>

/// 生产地址 — a production site. The district where an enterprise produces
/// supervises it (SUP-11, 生产地监管), so each site names its district.
public struct ProductionSite: Hashable, Codable, Sendable {
    public var address: String
    public var district: DistrictCode

    public init(address: String, district: DistrictCode) {
        self.address = address
        self.district = district
    }
}

/// A production licence an enterprise holds: number, issue date, validity
/// and the products it covers.
public struct LicenseHolding: Hashable, Codable, Sendable {
    public var number: String
    public var issuedOn: CivilDate
    public var validUntil: CivilDate
    /// 产品范围 — the licensed products as printed on the certificate.
    public var productScope: String

    public init(number: String, issuedOn: CivilDate, validUntil: CivilDate, productScope: String) {
        self.number = number
        self.issuedOn = issuedOn
        self.validUntil = validUntil
        self.productScope = productScope
    }
}

/// An enterprise of the 企业名录库 (RND-1): who it is, where it is registered
/// and where it produces, and the licences it holds. Risk tier and class are
/// filled later by supervision.
public struct Enterprise: Hashable, Sendable {
    public var id: EnterpriseID
    public var name: String
    /// 统一社会信用代码 — unique per enterprise, validated by GB 32100.
    public var creditCode: UnifiedSocialCreditCode
    public var registeredAddress: String
    public var registeredDistrict: DistrictCode
    public var productionSites: [ProductionSite]
    /// 法定代表人 — legal representative.
    public var legalRepresentative: String
    public var phone: String
    public var licenses: [LicenseHolding]
    /// 风险等级 — set by risk-based supervision; nil until then.
    public var riskTier: String?
    /// 企业分类 — AA/A/B/C, set by classification; nil until then.
    public var classification: String?

    public init(
        id: EnterpriseID, name: String, creditCode: UnifiedSocialCreditCode, registeredAddress: String,
        registeredDistrict: DistrictCode, productionSites: [ProductionSite], legalRepresentative: String, phone: String,
        licenses: [LicenseHolding] = [], riskTier: String? = nil, classification: String? = nil
    ) {
        self.id = id
        self.name = name
        self.creditCode = creditCode
        self.registeredAddress = registeredAddress
        self.registeredDistrict = registeredDistrict
        self.productionSites = productionSites
        self.legalRepresentative = legalRepresentative
        self.phone = phone
        self.licenses = licenses
        self.riskTier = riskTier
        self.classification = classification
    }

    /// Every district that sees this enterprise: where it is registered and
    /// where it produces (SUP-11).
    public var districts: Set<DistrictCode> {
        Set([registeredDistrict] + productionSites.map(\.district))
    }

    /// The districts that supervise it: those of its production sites.
    public var supervisingDistricts: Set<DistrictCode> {
        Set(productionSites.map(\.district))
    }
}
