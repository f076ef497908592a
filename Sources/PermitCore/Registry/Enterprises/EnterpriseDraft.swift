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
    public var legalRepresentative: String
    public var phone: String
    public var licenseNumber: String
    public var licenseIssuedOn: String
    public var licenseValidUntil: String
    public var productScope: String

    public init(
        name: String = "", creditCode: String = "", registeredAddress: String = "", registeredDistrict: String = "",
        productionAddress: String = "", productionDistrict: String = "", legalRepresentative: String = "", phone: String = "",
        licenseNumber: String = "", licenseIssuedOn: String = "", licenseValidUntil: String = "", productScope: String = ""
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
    }

}

extension EnterpriseDraft {
    /// The form an enterprise is edited in: its first production site and
    /// licence, as the API's draft carries them.
    public init(editing enterprise: Enterprise) {
        let site = enterprise.productionSites.first
        let license = enterprise.licenses.first
        self.init(
            name: enterprise.name, creditCode: enterprise.creditCode.rawValue, registeredAddress: enterprise.registeredAddress,
            registeredDistrict: enterprise.registeredDistrict.rawValue, productionAddress: site?.address ?? "",
            productionDistrict: site?.district.rawValue ?? "", legalRepresentative: enterprise.legalRepresentative,
            phone: enterprise.phone, licenseNumber: license?.number ?? "", licenseIssuedOn: license?.issuedOn.description ?? "",
            licenseValidUntil: license?.validUntil.description ?? "", productScope: license?.productScope ?? ""
        )
    }
}
