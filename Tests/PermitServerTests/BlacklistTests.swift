import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Blacklist — listed by the bureau, public, flagged wherever the enterprise appears, its renewals reviewed on site (LIC-13)")
struct BlacklistTests {
    static let listing = #"{"creditCode":"\#(CasesAPITests.enterpriseCode)","reason":"抽查发现以不合格产品冒充合格产品","basis":"沪市监质〔2026〕12号行政处罚决定"}"#

    @Test("listing through the API: public list, flags on the certificate and the enterprise, reduced renewal refused its shortcut; removal through the page")
    func listedAndRemoved() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer")
            let certificate = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let encoded = certificate.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!

            let listed = try await app.send(.POST, "/api/v1/blacklist", headers: officer.bearer, json: Self.listing)
            #expect(listed.status == .created, "\(listed.body.string)")
            let entry = try listed.content.decode(API.BlacklistEntryDTO.self)
            #expect(entry.inForce && entry.name == "上海示范电缆有限公司")

            let list = try await app.send(.GET, "/api/v1/blacklist").content.decode([API.BlacklistEntryDTO].self)
            #expect(list.map(\.creditCode) == [CasesAPITests.enterpriseCode])
            #expect(try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self).blacklisted)
            #expect(try await app.send(.GET, "/certificates/\(encoded)").text.contains("该企业已列入质量信用黑名单"))
            #expect(try await app.send(.GET, "/blacklist").text.contains("沪市监质〔2026〕12号行政处罚决定"))

            // 一处失信处处受限: the holder's declaration no longer spares it the on-site review.
            let body = LicensingAPITests.draft().replacingOccurrences(
                of: #""commitmentSignatory":"#,
                with: #""renews":"\#(certificate)","conditionsUnchanged":true,"noViolationProof":"无违法记录证明","commitmentSignatory":"#
            )
            let renewal = try await LicensingAPITests.apply(app, enterprise, json: body).content.decode(API.ApplicationDTO.self)
            _ = try await app.send(.POST, "/api/v1/applications/\(renewal.number)/submit", headers: enterprise)
            _ = try await app.send(.POST, "/api/v1/applications/\(renewal.number)/accept", headers: officer.bearer)
            #expect(try await app.send(.GET, "/api/v1/applications/\(renewal.number)", headers: officer.bearer)
                .content.decode(API.ApplicationDTO.self).blacklisted == true)
            let grant = try await app.send(.POST, "/api/v1/applications/\(renewal.number)/grant", headers: officer.bearer).content.decode(API.ApplicationDTO.self)
            #expect(grant.onSiteReview != nil)

            let removed = try await app.send(.POST, "/blacklist/\(entry.id)/remove", headers: officer.cookie, form: ["csrf": officer.csrf, "reason": "信用修复完成"])
            #expect(removed.status == .seeOther, "\(removed.body.string)")
            #expect(try await app.send(.GET, "/api/v1/blacklist").content.decode([API.BlacklistEntryDTO].self).isEmpty)
            #expect(try await !app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self).blacklisted)
            let page = try await app.send(.GET, "/enterprises/\(try await Self.enterpriseID(app))", headers: officer.cookie).text
            #expect(page.contains("移出：信用修复完成") && !page.contains("该企业已列入质量信用黑名单"))
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }

    @Test("refused: an enterprise listing anyone, a second listing, a listing without reason, a removal of an ended listing")
    func refusals() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer").bearer
            #expect(try await app.send(.POST, "/api/v1/blacklist", headers: enterprise, json: Self.listing).status == .forbidden)
            let empty = try await app.send(.POST, "/api/v1/blacklist", headers: officer, json: Self.listing.replacingOccurrences(of: "抽查发现以不合格产品冒充合格产品", with: " "))
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("reason"))
            let first = try await app.send(.POST, "/api/v1/blacklist", headers: officer, json: Self.listing).content.decode(API.BlacklistEntryDTO.self)
            let second = try await app.send(.POST, "/api/v1/blacklist", headers: officer, json: Self.listing)
            #expect(second.status == .conflict && second.body.string.contains("已在黑名单中"))
            #expect(try await app.send(.POST, "/api/v1/blacklist/\(first.id)/remove", headers: officer, json: #"{"reason":"信用修复"}"#).status == .ok)
            #expect(try await app.send(.POST, "/api/v1/blacklist/\(first.id)/remove", headers: officer, json: #"{"reason":"信用修复"}"#).status == .conflict)
            #expect(try await app.send(.POST, "/api/v1/blacklist/\(UUID())/remove", headers: officer, json: #"{"reason":"x"}"#).status == .notFound)
            let stranger = try await app.send(.POST, "/api/v1/blacklist", headers: officer,
                                              json: Self.listing.replacingOccurrences(of: CasesAPITests.enterpriseCode, with: "91350100M000100Y43"))
            #expect(stranger.status == .unprocessableEntity && stranger.body.string.contains("creditCode"))
        }
    }

    static func enterpriseID(_ app: TestApp) async throws -> String {
        let code = try UnifiedSocialCreditCode(validating: CasesAPITests.enterpriseCode)
        return try #require(try await app.store.enterprises.enterprise(creditCode: code)).id.description
    }
}
