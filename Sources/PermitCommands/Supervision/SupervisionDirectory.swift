import Foundation
import PermitCore
import PermitStore

/// A licensed enterprise as supervision reads it: the categories of its
/// licensed products, the highest risk among them and since when it holds
/// a licence.
public struct LicensedEnterprise: Hashable, Sendable {
    public let enterprise: Enterprise
    /// 产品类别 of its certificate and of the licences the registry holds.
    public let categories: [ProductCategoryCode]
    /// The highest risk level of its licensed products (第十二条); nil when
    /// the catalogue knows none of them.
    public let productRisk: ProductRiskLevel?
    /// The earliest issue of a licence in force: when the two months of
    /// 第十条 began for an enterprise never classified.
    public let licensedOn: CivilDate?
}

/// Finds the enterprises a district supervises and where they stand.
enum SupervisionDirectory {
    /// Those producing in `district` that held a licence between `first`
    /// and `last` (a certificate granted here or one the registry records).
    static func licensed(in district: DistrictCode, from first: CivilDate, through last: CivilDate, store: Store) async throws -> [LicensedEnterprise] {
        let catalogue = try await store.catalogue.catalogue()
        let supervised = try await store.enterprises.all(in: district).filter { $0.supervisingDistricts.contains(district) }
        let certificates = try await store.licensing.certificates(heldBy: Set(supervised.map(\.creditCode)))
        var licensed: [LicensedEnterprise] = []
        for enterprise in supervised {
            let certificate = certificates[enterprise.creditCode]
            guard SupervisionCommands.isLicensed(enterprise, certificates: certificate.map { [$0] } ?? [], from: first, through: last) else { continue }
            licensed.append(describe(enterprise, certificate: certificate, catalogue: catalogue, from: first, through: last))
        }
        return licensed
    }

    /// Categories come from the certificate's units and from the licence
    /// numbers (`XK06-001-…` is category 06-001); risk from the catalogue's
    /// units of those categories, the highest winning.
    static func describe(
        _ enterprise: Enterprise, certificate: Certificate?, catalogue: ProductCatalogue, from first: CivilDate, through last: CivilDate
    ) -> LicensedEnterprise {
        let inForce = certificate.flatMap { $0.status == .valid && $0.issuedOn <= last && $0.validUntil >= first ? $0 : nil }
        let holdings = enterprise.licenses.filter { $0.issuedOn <= last && $0.validUntil >= first }
        var categories = Set(inForce?.products.compactMap { catalogue.unit($0.unit)?.category } ?? [])
        if let inForce, let code = ProductCategoryCode(industryCode: inForce.number.industryCode, productCode: inForce.number.productCode) {
            categories.insert(code)
        }
        for holding in holdings {
            guard let number = try? LicenseNumber(parsing: holding.number) else { continue }
            if let code = ProductCategoryCode(industryCode: number.industryCode, productCode: number.productCode) { categories.insert(code) }
        }
        var levels = Set(inForce?.products.compactMap { catalogue.unit($0.unit)?.riskLevel } ?? [])
        for category in categories { levels.formUnion(catalogue.units(in: category).map(\.riskLevel)) }
        let issued = (inForce.map { [$0.issuedOn] } ?? []) + holdings.map(\.issuedOn)
        return LicensedEnterprise(
            enterprise: enterprise, categories: categories.sorted(), productRisk: [ProductRiskLevel.high, .higher, .general].first { levels.contains($0) },
            licensedOn: issued.min()
        )
    }

    /// Each licensed enterprise of the district with its standing today.
    static func standings(in district: DistrictCode, on today: CivilDate, store: Store) async throws -> [(LicensedEnterprise, SupervisionStanding)] {
        let licensed = try await licensed(in: district, from: today, through: today, store: store)
        let codes = Set(licensed.map(\.enterprise.creditCode))
        let (history, facts) = (try await store.supervision.classifications(of: codes), try await store.supervision.qualityFacts(of: codes))
        return licensed.map { held in
            let code = held.enterprise.creditCode
            return (held, SupervisionStanding(
                history: history[code] ?? [], facts: facts[code] ?? [], productRisk: held.productRisk, licensedOn: held.licensedOn, today: today
            ))
        }
    }
}
