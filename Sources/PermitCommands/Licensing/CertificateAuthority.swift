import Foundation
import PermitCore
import PermitStore

/// Who issues certificates and how they are numbered and signed: the
/// installation's, given to the commands that grant (configured once, in
/// the server and the CLI alike).
public struct CertificateAuthority: Sendable {
    /// 发证机关, as printed.
    public var name: String
    /// The province a provincial certificate's number carries, e.g. 沪.
    public var province: ProvinceAbbreviation?
    /// 证照类型代码 and 颁发机构代码 of the e-certificate identifier.
    public var typeCode: String
    public var issuerCode: String
    public var signer: CertificateSigner

    public init(name: String, province: ProvinceAbbreviation?, typeCode: String, issuerCode: String, signer: CertificateSigner) {
        self.name = name
        self.province = province
        self.typeCode = typeCode
        self.issuerCode = issuerCode
        self.signer = signer
    }

    /// Shanghai's city bureau; the type code is a placeholder until the
    /// national one is published (NATIONAL-RULES.md §3.1: not found).
    public static func shanghai(signer: CertificateSigner) -> CertificateAuthority {
        CertificateAuthority(
            name: "上海市市场监督管理局", province: ProvinceAbbreviation("沪"), typeCode: "000000000000000000XKZ", issuerCode: "310000",
            signer: signer
        )
    }

    /// The certificate an enterprise holds after a grant of `units` on
    /// `today`: its existing one with the new products and the next
    /// version (一企一证, validity unchanged), or a first one under a new
    /// number (一证一号) valid five years.
    func certificate(
        granting units: [ProductUnit], catalogue: ProductCatalogue, to enterprise: Enterprise, productionAddress: String,
        held existing: Certificate?, caseNumber: CaseNumber, today: CivilDate, now: Date, in transaction: WriteTransaction
    ) async throws -> Certificate {
        let granted = Self.products(units, catalogue)
        if let existing {
            var certificate = try nextVersion(of: existing, caseNumber: caseNumber, today: today, now: now)
            certificate.products = Self.merging(existing.products, granted)
            certificate.holderName = enterprise.name
            certificate.residence = enterprise.registeredAddress
            certificate.productionAddress = productionAddress
            return certificate
        }
        guard let first = units.first else { throw CommandError.notFound }
        let serial = try await transaction.nextLicenseSerial(industryCode: first.category.industryCode, productCode: first.category.productCode)
        let number = try LicenseNumber(province: province, industryCode: first.category.industryCode, productCode: first.category.productCode, serial: serial)
        return Certificate(
            number: number, version: 1, identifier: try identifier(serial: number, version: 1), holderName: enterprise.name,
            holderCreditCode: enterprise.creditCode, residence: enterprise.registeredAddress, productionAddress: productionAddress,
            products: granted, issuedOn: today, validUntil: Certificate.validUntil(issuedOn: today), issuer: name, status: .valid,
            caseNumber: caseNumber, servedAt: now
        )
    }

    /// 延续: the same number (一证一号), the next version, five more years
    /// counted from the day after the old validity ends, and the renewed
    /// application's products added to those held.
    func renewed(
        _ old: Certificate, adding units: [ProductUnit], catalogue: ProductCatalogue, to enterprise: Enterprise, productionAddress: String,
        caseNumber: CaseNumber, today: CivilDate, now: Date
    ) throws -> Certificate {
        var certificate = try nextVersion(of: old, caseNumber: caseNumber, today: today, now: now)
        certificate.products = Self.merging(old.products, Self.products(units, catalogue))
        certificate.holderName = enterprise.name
        certificate.residence = enterprise.registeredAddress
        certificate.productionAddress = productionAddress
        certificate.validUntil = Certificate.validUntil(issuedOn: old.validUntil.adding(days: 1))
        return certificate
    }

    /// 变更、补领: the same number and validity, the next version; a change
    /// of particulars carries the new name and residence.
    func changed(
        _ old: Certificate, by change: CertificateChange, productionAddress: String, caseNumber: CaseNumber, today: CivilDate, now: Date
    ) throws -> Certificate {
        var certificate = try nextVersion(of: old, caseNumber: caseNumber, today: today, now: now)
        if !change.holderName.isEmpty { certificate.holderName = change.holderName }
        if !change.residence.isEmpty { certificate.residence = change.residence }
        if change.kind != .reissue { certificate.productionAddress = productionAddress }
        return certificate
    }

    /// 存量证书: a licence the registry records as held from before this
    /// register, as the certificate it stands for — its number and dates,
    /// the catalogue's units its scope names (all of its category's when it
    /// names the category) — at version 0, so that the renewal, change or
    /// reissue that brings it into the register issues its first version.
    func registering(
        _ holding: LicenseHolding, of enterprise: Enterprise, catalogue: ProductCatalogue, caseNumber: CaseNumber, now: Date
    ) throws -> Certificate {
        let number = try LicenseNumber(parsing: holding.number)
        let category = catalogue.categories.first { $0.code.industryCode == number.industryCode && $0.code.productCode == number.productCode }
        let units = catalogue.units.filter { $0.category == category?.code }
        let named = units.filter { holding.productScope.contains($0.name) }
        return Certificate(
            number: number, version: 0, identifier: try identifier(serial: number, version: 1), holderName: enterprise.name,
            holderCreditCode: enterprise.creditCode, residence: enterprise.registeredAddress,
            productionAddress: enterprise.productionSites.first?.address ?? "", products: Self.products(named.isEmpty ? units : named, catalogue),
            issuedOn: holding.issuedOn, validUntil: holding.validUntil, issuer: name, status: .valid, caseNumber: caseNumber, servedAt: now
        )
    }

    /// The next version of `old` under the same number, reissued on
    /// `today` by `caseNumber` and served at `now`; validity unchanged.
    private func nextVersion(of old: Certificate, caseNumber: CaseNumber, today: CivilDate, now: Date) throws -> Certificate {
        var certificate = old
        certificate.version += 1
        certificate.identifier = try identifier(serial: old.number, version: certificate.version)
        certificate.issuedOn = today
        certificate.caseNumber = caseNumber
        certificate.servedAt = now
        return certificate
    }

    private static func products(_ units: [ProductUnit], _ catalogue: ProductCatalogue) -> [CertifiedProduct] {
        units.map { unit in
            CertifiedProduct(unit: unit.id, name: unit.name, category: catalogue.categories.first { $0.code == unit.category }?.name ?? "")
        }
    }

    /// Those held, then those newly granted (一企一证: one list per holder).
    private static func merging(_ held: [CertifiedProduct], _ granted: [CertifiedProduct]) -> [CertifiedProduct] {
        held + granted.filter { product in !held.contains { $0.unit == product.unit } }
    }

    /// The serial is the licence number's digits: one certificate, one number.
    private func identifier(serial number: LicenseNumber, version: Int) throws -> ElectronicCertificateIdentifier {
        try ElectronicCertificateIdentifier(
            typeCode: typeCode, issuerCode: issuerCode,
            serial: number.industryCode.zeroPadded(2) + number.productCode.zeroPadded(3) + number.serial.zeroPadded(5), version: version
        )
    }
}

extension Enterprise {
    /// The licence `number` as the registry records it held, if it does.
    func holding(_ number: LicenseNumber) -> LicenseHolding? {
        licenses.first { (try? LicenseNumber(parsing: $0.number)) == number }
    }
}
