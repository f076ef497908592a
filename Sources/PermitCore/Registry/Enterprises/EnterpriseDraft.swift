import Foundation

/// What was typed or imported for one enterprise, before any check. Every
/// field is text, as it comes from a form, JSON or a CSV row.
public struct EnterpriseDraft: Hashable, Sendable {
    public var name: String
    public var creditCode: String
    public var registeredAddress: String
    public var registeredDistrict: String
    public var productionAddress: String
    public var productionDistrict: String
    /// Production sites beyond the first (SUP-11: each one's district
    /// supervises and sees the enterprise).
    public var otherProductionSites: [ProductionSiteDraft]
    public var legalRepresentative: String
    public var phone: String
    public var licenseNumber: String
    public var licenseIssuedOn: String
    public var licenseValidUntil: String
    public var productScope: String

    public init(
        name: String = "", creditCode: String = "", registeredAddress: String = "", registeredDistrict: String = "",
        productionAddress: String = "", productionDistrict: String = "", legalRepresentative: String = "", phone: String = "",
        licenseNumber: String = "", licenseIssuedOn: String = "", licenseValidUntil: String = "", productScope: String = "",
        otherProductionSites: [ProductionSiteDraft] = []
    ) {
        self.name = name
        self.creditCode = creditCode
        self.registeredAddress = registeredAddress
        self.registeredDistrict = registeredDistrict
        self.productionAddress = productionAddress
        self.productionDistrict = productionDistrict
        self.legalRepresentative = legalRepresentative
        self.phone = phone
        self.licenseNumber = licenseNumber
        self.licenseIssuedOn = licenseIssuedOn
        self.licenseValidUntil = licenseValidUntil
        self.productScope = productScope
        self.otherProductionSites = otherProductionSites
    }
}

/// A production site as typed: an address and a district code.
public struct ProductionSiteDraft: Hashable, Sendable {
    public var address: String
    public var district: String

    public init(address: String, district: String) {
        self.address = address
        self.district = district
    }
}

extension EnterpriseDraft {
    /// The form an enterprise is edited in: every production site, and its
    /// first licence, as the API's draft carries them.
    public init(editing enterprise: Enterprise) {
        let site = enterprise.productionSites.first
        let license = enterprise.licenses.first
        self.init(
            name: enterprise.name, creditCode: enterprise.creditCode.rawValue, registeredAddress: enterprise.registeredAddress,
            registeredDistrict: enterprise.registeredDistrict.rawValue, productionAddress: site?.address ?? "",
            productionDistrict: site?.district.rawValue ?? "", legalRepresentative: enterprise.legalRepresentative,
            phone: enterprise.phone, licenseNumber: license?.number ?? "", licenseIssuedOn: license?.issuedOn.description ?? "",
            licenseValidUntil: license?.validUntil.description ?? "", productScope: license?.productScope ?? "",
            otherProductionSites: enterprise.productionSites.dropFirst().map {
                ProductionSiteDraft(address: $0.address, district: $0.district.rawValue)
            }
        )
    }
}
