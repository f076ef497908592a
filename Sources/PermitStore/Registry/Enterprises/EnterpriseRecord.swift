import Fluent
import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// One enterprise. Production sites and licences are kept as canonical JSON
/// in the row, so the row alone is what the ledger vouches for; the
/// district and licence tables beside it are indexes derived from it.
final class EnterpriseRecord: Model, @unchecked Sendable {
    static let schema = "enterprises"

    // managed fields
    @ID(key: .id) var id: UUID?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "registered_address") var registeredAddress: String
    @Field(key: "registered_district") var registeredDistrict: String
    @Field(key: "production_sites") var productionSites: String
    @Field(key: "legal_representative") var legalRepresentative: String
    @Field(key: "phone") var phone: String
    @Field(key: "licenses") var licenses: String
    @OptionalField(key: "risk_tier") var riskTier: String?
    @OptionalField(key: "classification") var classification: String?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func update(from enterprise: Enterprise, at now: Date) {
        name = enterprise.name
        creditCode = enterprise.creditCode.rawValue
        registeredAddress = enterprise.registeredAddress
        registeredDistrict = enterprise.registeredDistrict.rawValue
        productionSites = enterprise.productionSitesJSON
        legalRepresentative = enterprise.legalRepresentative
        phone = enterprise.phone
        licenses = enterprise.licensesJSON
        riskTier = enterprise.riskTier
        classification = enterprise.classification
        updatedAt = now
    }

    func domain() throws -> Enterprise {
        let decoder = JSONDecoder()
        guard let id, let code = try? UnifiedSocialCreditCode(validating: creditCode),
              let district = DistrictCode(rawValue: registeredDistrict),
              let sites = try? decoder.decode([ProductionSite].self, from: Data(productionSites.utf8)),
              let licenses = try? decoder.decode([LicenseHolding].self, from: Data(licenses.utf8))
        else { throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "?") }
        return Enterprise(
            id: EnterpriseID(rawValue: id), name: name, creditCode: code, registeredAddress: registeredAddress,
            registeredDistrict: district, productionSites: sites, legalRepresentative: legalRepresentative, phone: phone,
            licenses: licenses, riskTier: riskTier, classification: classification
        )
    }

}

extension Enterprise {
    /// The row's `production_sites` and `licenses` columns: sorted keys, one
    /// text per value, so equal rows compare equal.
    fileprivate var productionSitesJSON: String { StringObjectsJSON.encode(productionSites.map(\.members)) }
    fileprivate var licensesJSON: String { StringObjectsJSON.encode(licenses.map(\.members)) }
}

extension ProductionSite {
    /// The members of its JSON object, named as its `Codable` form names them.
    var members: [(key: String, value: String)] {
        [("address", address), ("district", district.rawValue)]
    }
}

extension LicenseHolding {
    var members: [(key: String, value: String)] {
        [
            ("number", number), ("issuedOn", issuedOn.description), ("validUntil", validUntil.description),
            ("productScope", productScope),
        ]
    }
}

extension EnterpriseRecord {
    /// The model's columns in declaration order, the order of
    /// ``insertRow(of:at:)``; read from Fluent once.
    static let insertColumns = keys.map(\.description)

    /// The row of a new enterprise for a bulk `INSERT`, column by column in
    /// the order of ``insertColumns``, straight from the domain value: for
    /// every row, Fluent's `create` reflected over the model and even its
    /// property wrappers' setters took a large part of a 100,000-row import.
    static func insertRow(of enterprise: Enterprise, at now: Date) -> [BulkValue] {
        [
            .uuid(enterprise.id.rawValue), .text(enterprise.name), .text(enterprise.creditCode.rawValue),
            .text(enterprise.registeredAddress), .text(enterprise.registeredDistrict.rawValue),
            .text(enterprise.productionSitesJSON), .text(enterprise.legalRepresentative), .text(enterprise.phone),
            .text(enterprise.licensesJSON), .text(enterprise.riskTier), .text(enterprise.classification), .date(now),
        ]
    }
}

extension EnterpriseRecord: LedgerCovered {
    static let subjectKind = "enterprise"
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    func ledgerFields() throws -> [String: String] {
        Self.ledgerFields(of: try domain())
    }

    /// The fields of the entry about a row written from `enterprise`: the
    /// same as the row's own, without reading them back from its JSON.
    static func ledgerFields(of enterprise: Enterprise) -> [String: String] {
        EnterpriseRules.ledgerFields(of: enterprise)
    }
}
