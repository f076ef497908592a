import Fluent
import Foundation
import PermitCore
import SQLKit

/// A certificate as it stands, with the signed note of its latest version.
/// A reissue rewrites the row (new version, new note); each version's
/// state is in the ledger.
final class CertificateRow: Model, @unchecked Sendable {
    static let schema = "certificates"

    @ID(custom: "number", generatedBy: .user) var id: String?
    @Field(key: "version") var version: Int
    @Field(key: "identifier") var identifier: String
    @Field(key: "holder_name") var holderName: String
    @Field(key: "holder_code") var holderCode: String
    @Field(key: "residence") var residence: String
    @Field(key: "production_address") var productionAddress: String
    @Field(key: "products") var products: String
    @Field(key: "issued_on") var issuedOn: String
    @Field(key: "valid_until") var validUntil: String
    @Field(key: "issuer") var issuer: String
    @Field(key: "status") var status: String
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "served_at") var servedAt: Date
    /// The C2SP signed note of this version, as served at `.note`.
    @Field(key: "note") var note: String

    init() {}

    init(_ certificate: Certificate, note: String) throws {
        id = certificate.number.description
        version = certificate.version
        identifier = certificate.identifier.description
        holderName = certificate.holderName
        holderCode = certificate.holderCreditCode.rawValue
        residence = certificate.residence
        productionAddress = certificate.productionAddress
        products = try CaseJSON.encode(certificate.products)
        issuedOn = certificate.issuedOn.description
        validUntil = certificate.validUntil.description
        issuer = certificate.issuer
        status = certificate.status.rawValue
        caseNumber = certificate.caseNumber.description
        servedAt = LedgerTime.normalized(certificate.servedAt)
        self.note = note
    }

    func domain() throws -> Certificate {
        do {
            let parts = identifier.split(separator: ".").map(String.init)
            guard parts.count == 10, let version = Int(parts[8]) else { throw StoreError.corruptRow(table: Self.schema, id: id ?? "") }
            return Certificate(
                number: try LicenseNumber(parsing: id ?? ""), version: self.version,
                identifier: try ElectronicCertificateIdentifier(typeCode: parts[5], issuerCode: parts[6], serial: parts[7], version: version),
                holderName: holderName, holderCreditCode: try UnifiedSocialCreditCode(validating: holderCode), residence: residence,
                productionAddress: productionAddress, products: try CaseJSON.decode([CertifiedProduct].self, products),
                issuedOn: try CivilDate(parsing: issuedOn), validUntil: try CivilDate(parsing: validUntil), issuer: issuer,
                status: try CertificateStatus(rawValue: status).orThrow(), caseNumber: try CaseNumber(parsing: caseNumber), servedAt: servedAt
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id ?? "")
        }
    }
}

extension CertificateRow: LedgerCovered {
    static let subjectKind = "certificate"
    var subjectID: String { id ?? "" }

    func ledgerFields() throws -> [String: String] {
        [
            "version": String(version), "identifier": identifier, "holderName": holderName, "holderCode": holderCode,
            "residence": residence, "productionAddress": productionAddress, "products": products, "issuedOn": issuedOn,
            "validUntil": validUntil, "issuer": issuer, "status": status, "case": caseNumber, "servedAt": LedgerTime.text(servedAt),
            "note": note,
        ]
    }
}

struct CreateCertificates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CertificateRow.schema)
            .field("number", .string, .identifier(auto: false))
            .field("version", .int, .required)
            .field("identifier", .string, .required)
            .field("holder_name", .string, .required)
            .field("holder_code", .string, .required)
            .field("residence", .string, .required)
            .field("production_address", .string, .required)
            .field("products", .string, .required)
            .field("issued_on", .string, .required)
            .field("valid_until", .string, .required)
            .field("issuer", .string, .required)
            .field("status", .string, .required)
            .field("case_number", .string, .required)
            .field("served_at", .datetime, .required)
            .field("note", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CertificateRow.schema).delete()
    }
}

/// Every grant looks up what its holder holds, and the reminders what
/// expires: without these, each scanned the whole register.
struct IndexCertificates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "certificates_holder").on(CertificateRow.schema).column("holder_code").run()
        try await sql.create(index: "certificates_expiry").on(CertificateRow.schema).column("status").column("valid_until").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "certificates_holder").run()
        try await sql.drop(index: "certificates_expiry").run()
    }
}
