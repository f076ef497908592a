import Foundation

/// The rules of the enterprise database; pure, so every branch is tested
/// without a database. Whether a district exists and a code is free is for
/// the store to answer inside the transaction that writes.
public enum EnterpriseRules {
    public static let nameLength = 2...100
    public static let addressLength = 2...200
    public static let personLength = 1...40
    public static let scopeLength = 1...200

    /// Checks every field of a draft and reports all problems at once.
    public static func validate(_ draft: EnterpriseDraft, id: EnterpriseID) throws(InvalidInput) -> Enterprise {
        var issues: [FieldIssue] = []
        func text(_ value: String, _ field: String, _ allowed: ClosedRange<Int>) -> String {
            let trimmed = value.trimmingWhitespaceAndNewlines()
            if let problem = TextRules.lengthProblem(trimmed, allowed: allowed) { issues.append(FieldIssue(field: field, problem: problem)) }
            return trimmed
        }
        func district(_ value: String, _ field: String) -> DistrictCode? {
            let trimmed = value.trimmingWhitespace()
            guard !trimmed.isEmpty else {
                issues.append(FieldIssue(field: field, problem: .missing))
                return nil
            }
            guard let code = DistrictCode(rawValue: trimmed) else {
                issues.append(FieldIssue(field: field, problem: .invalidFormat))
                return nil
            }
            return code
        }
        let name = text(draft.name, "name", nameLength)
        var code: UnifiedSocialCreditCode?
        let codeText = UnifiedSocialCreditCode.normalizedInput(draft.creditCode)
        if codeText.isEmpty {
            issues.append(FieldIssue(field: "creditCode", problem: .missing))
        } else {
            do { code = try UnifiedSocialCreditCode(validating: codeText) } catch {
                issues.append(FieldIssue(field: "creditCode", problem: .creditCode(error)))
            }
        }
        let registeredAddress = text(draft.registeredAddress, "registeredAddress", addressLength)
        let registeredDistrict = district(draft.registeredDistrict, "registeredDistrict")
        let productionAddress = text(draft.productionAddress, "productionAddress", addressLength)
        let productionDistrict = district(draft.productionDistrict, "productionDistrict")
        let person = text(draft.legalRepresentative, "legalRepresentative", personLength)
        let phone = draft.phone.trimmingWhitespace()
        if phone.isEmpty {
            issues.append(FieldIssue(field: "phone", problem: .missing))
        } else if !isPhone(phone) {
            issues.append(FieldIssue(field: "phone", problem: .invalidFormat))
        }
        var sites = productionDistrict.map { [ProductionSite(address: productionAddress, district: $0)] } ?? []
        for (position, other) in draft.otherProductionSites.enumerated() {
            let field = otherSiteField(position)
            let address = text(other.address, field + ".address", addressLength)
            guard let district = district(other.district, field + ".district") else { continue }
            let site = ProductionSite(address: address, district: district)
            if sites.contains(site) { issues.append(FieldIssue(field: field + ".address", problem: .duplicate(line: nil))) }
            sites.append(site)
        }
        let licenses = validateLicense(draft, &issues)
        try InvalidInput.check(issues)
        return Enterprise(
            id: id, name: name, creditCode: code!, registeredAddress: registeredAddress,
            registeredDistrict: registeredDistrict!,
            productionSites: sites,
            legalRepresentative: person, phone: phone, licenses: licenses
        )
    }

    /// The field path of a production site beyond the first, as the API's
    /// draft names it: `otherProductionSites[0]` is the second site.
    public static func otherSiteField(_ position: Int) -> String {
        "otherProductionSites[\(position)]"
    }

    /// A licence is optional, but once its number is given every part of it
    /// is required, and the validity must end after the issue date.
    private static func validateLicense(_ draft: EnterpriseDraft, _ issues: inout [FieldIssue]) -> [LicenseHolding] {
        let number = draft.licenseNumber.trimmingWhitespace()
        guard !number.isEmpty else { return [] }
        if (try? LicenseNumber(parsing: number)) == nil {
            issues.append(FieldIssue(field: "licenseNumber", problem: .invalidFormat))
        }
        func date(_ value: String, _ field: String) -> CivilDate? {
            let trimmed = value.trimmingWhitespace()
            guard !trimmed.isEmpty else {
                issues.append(FieldIssue(field: field, problem: .missing))
                return nil
            }
            guard let date = try? CivilDate(parsing: trimmed) else {
                issues.append(FieldIssue(field: field, problem: .invalidFormat))
                return nil
            }
            return date
        }
        let issued = date(draft.licenseIssuedOn, "licenseIssuedOn")
        let until = date(draft.licenseValidUntil, "licenseValidUntil")
        if let issued, let until, until <= issued {
            issues.append(FieldIssue(field: "licenseValidUntil", problem: .notAllowed))
        }
        let scope = draft.productScope.trimmingWhitespaceAndNewlines()
        if let problem = TextRules.lengthProblem(scope, allowed: scopeLength) { issues.append(FieldIssue(field: "productScope", problem: problem)) }
        guard let issued, let until else { return [] }
        return [LicenseHolding(number: number, issuedOn: issued, validUntil: until, productScope: scope)]
    }

    /// Mainland mobile (11 digits from 1) or a landline with optional area
    /// code and extension; separators as people type them.
    static func isPhone(_ text: String) -> Bool {
        PhoneSyntax.matches(text)
    }

    /// The ledger fields of an enterprise: everything that defines it, in
    /// text, so fsck can compare the table with the ledger.
    public static func ledgerFields(of enterprise: Enterprise) -> [String: String] {
        var fields = [
            "name": enterprise.name,
            "creditCode": enterprise.creditCode.rawValue,
            "registeredAddress": enterprise.registeredAddress,
            "registeredDistrict": enterprise.registeredDistrict.rawValue,
            "legalRepresentative": enterprise.legalRepresentative,
            "phone": enterprise.phone,
            "riskTier": enterprise.riskTier ?? "",
            "classification": enterprise.classification ?? "",
        ]
        for (position, site) in enterprise.productionSites.enumerated() {
            fields["productionSites[\(position)].address"] = site.address
            fields["productionSites[\(position)].district"] = site.district.rawValue
        }
        for (position, license) in enterprise.licenses.enumerated() {
            fields["licenses[\(position)].number"] = license.number
            fields["licenses[\(position)].issuedOn"] = license.issuedOn.description
            fields["licenses[\(position)].validUntil"] = license.validUntil.description
            fields["licenses[\(position)].productScope"] = license.productScope
        }
        return fields
    }
}

/// Why an enterprise change is refused, beyond the form of its fields.
public enum EnterpriseError: Error, Hashable, Sendable {
    case creditCodeTaken(UnifiedSocialCreditCode)
    case licenseNumberTaken(String)
    case unknownDistrict(DistrictCode)
    case unknownEnterprise(String)
    /// The change touches a part another district keeps (`EnterpriseEditRights`).
    case keptByAnotherDistrict(EnterpriseEditRights.Part, keeper: DistrictCode)
}

extension DomainEvent.Kind {
    public static let enterpriseRegistered = Self(rawValue: "enterprise.registered")
    public static let enterpriseUpdated = Self(rawValue: "enterprise.updated")
}
