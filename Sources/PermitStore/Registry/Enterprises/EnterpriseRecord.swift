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

    init(_ enterprise: Enterprise, at now: Date) throws {
        id = enterprise.id.rawValue
        try update(from: enterprise, at: now)
    }

    func update(from enterprise: Enterprise, at now: Date) throws {
        name = enterprise.name
        creditCode = enterprise.creditCode.rawValue
        registeredAddress = enterprise.registeredAddress
        registeredDistrict = enterprise.registeredDistrict.rawValue
        productionSites = try Self.json(enterprise.productionSites)
        legalRepresentative = enterprise.legalRepresentative
        phone = enterprise.phone
        licenses = try Self.json(enterprise.licenses)
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

    /// Sorted keys: one text per value, so equal rows compare equal.
    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension EnterpriseRecord {
    /// The model's columns in declaration order, the order of
    /// ``insertValues``; read from Fluent once.
    static let insertColumns = keys.map(\.description)

    /// The row for a bulk `INSERT`, field by field in declaration order.
    /// Fluent's `create` reflects over the model for every row, which was
    /// most of the time of a 100,000-row import.
    var insertValues: [any SQLExpression] {
        [
            SQLBind(id), SQLBind(name), SQLBind(creditCode), SQLBind(registeredAddress), SQLBind(registeredDistrict),
            SQLBind(productionSites), SQLBind(legalRepresentative), SQLBind(phone), SQLBind(licenses), SQLBind(riskTier),
            SQLBind(classification), SQLBind(updatedAt),
        ]
    }
}

extension EnterpriseRecord: LedgerCovered {
    static let subjectKind = "enterprise"
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    func ledgerFields() throws -> [String: String] {
        EnterpriseRules.ledgerFields(of: try domain())
    }
}
