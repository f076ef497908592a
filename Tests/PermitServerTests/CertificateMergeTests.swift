import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("One enterprise, one certificate: a licence held from before the register and one issued here become one at the next reissue (LIC-8)")
struct CertificateMergeTests {
    static let legacy = "(沪)XK06-001-09901"

    /// The registry's record of the enterprise holding `legacy` (until
    /// 2027-05-31) for `scope`, as an import from the old system leaves it.
    static func recordHolding(scope: String, in app: TestApp) async throws {
        let code = try UnifiedSocialCreditCode(validating: CasesAPITests.enterpriseCode)
        let registered = try #require(try await app.store.enterprises.enterprise(creditCode: code))
        _ = try await EnterpriseCommands.update(registered.id, with: EnterpriseDraft(
            name: registered.name, creditCode: CasesAPITests.enterpriseCode, registeredAddress: registered.registeredAddress,
            registeredDistrict: "310115", productionAddress: "上海市浦东新区川沙路 200 号", productionDistrict: "310115",
            legalRepresentative: "周明", phone: "021-58880000", licenseNumber: legacy, licenseIssuedOn: "2022-06-01",
            licenseValidUntil: "2027-05-31", productScope: scope
        ), in: app.store.operatorContext())
    }

    @Test("two certificates merged into one: the reissued one lists the products of both and keeps the earlier expiry; the other says where it went")
    func merged() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let issued = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            // The registry records a licence held from before (存量证书), with an earlier expiry.
            try await Self.recordHolding(scope: "电线电缆", in: app)

            // The holder asks for the old licence to be reissued: it comes into the register, and the two become one.
            let officer = app.account("pudong.officer").bearer
            let body = LicensingAPITests.draft().replacingOccurrences(
                of: #""commitmentSignatory":"#, with: #""change":"reissue","changeCertificate":"\#(Self.legacy)","commitmentSignatory":"#
            )
            let created = try await LicensingAPITests.apply(app, enterprise, json: body)
            let reissue = try created.content.decode(API.ApplicationDTO.self)
            #expect(reissue.problems.isEmpty, "\(created.body.string)")
            for (step, headers) in [("submit", enterprise), ("accept", officer), ("grant", officer)] {
                let res = try await app.send(.POST, "/api/v1/applications/\(reissue.number)/\(step)", headers: headers)
                #expect(res.status == .ok, "\(step): \(res.body.string)")
            }
            func certificate(_ number: String) async throws -> API.CertificateDTO {
                let encoded = number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
                return try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self)
            }
            let one = try await certificate(Self.legacy)
            #expect(one.status == "valid" && one.version == 1 && one.validUntil == "2027-05-31")
            #expect(one.products.contains { $0.hasSuffix("电力电缆") } && one.products.count >= 1)
            let other = try await certificate(issued)
            #expect(other.status == "merged")
            let encoded = issued.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let page = try await app.send(.GET, "/certificates/\(encoded)").text
            #expect(page.contains("已合并换发至本企业现行证书") && page.contains(">\(Self.legacy)</a>"), "\(page)")
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }
}

extension CertificateMergeTests {
    @Test("a holder of a licence from before the register applying for a new product gets it on that licence, not a second number")
    func newProductOnTheHeldLicence() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            try await Self.recordHolding(scope: "架空绞线", in: app)
            let number = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            #expect(number == Self.legacy)
            let encoded = number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let one = try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self)
            #expect(one.version == 1 && one.validUntil == "2027-05-31" && one.status == "valid")
            #expect(one.products.contains { $0.hasSuffix("架空绞线") } && one.products.contains { $0.hasSuffix("电力电缆") }, "\(one.products)")
        }
    }
}
