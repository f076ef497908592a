import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Supervision finishing — batched licence reads, the city's decisions told to both districts, the archive's link, the commitment download, a lab's failed report, an old licensee's wording (SUP-1, SUP-10, SUP-11)")
struct SupervisionFinishingTests {
    @Test("the district's certificates in one batch are those read one by one, and the figures count every licensee")
    func batchedCertificates() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            _ = try await ClassificationAPITests.registerAcrossDistricts(app)
            let district = DistrictCode(rawValue: "310115")!
            let codes = Set(try await app.store.enterprises.all(in: district).map(\.creditCode))
            let batched = try await app.store.licensing.certificates(heldBy: codes)
            var single: [UnifiedSocialCreditCode: Certificate] = [:]
            for code in codes { single[code] = try await app.store.licensing.certificate(heldBy: code) }
            #expect(!batched.isEmpty && batched == single)

            let figures = try await app.send(.GET, "/api/v1/supervision/overview", headers: app.account("city.admin").bearer)
                .content.decode([API.DistrictFiguresDTO].self)
            #expect(figures.first { $0.district == "310115" }?.licensed == 2, "one certificate granted here, one licence in the registry")
        }
    }

    @Test("the city bureau classifies: the production and the registration district are both told; a district's own decision is not news to it")
    func cityDecisionTold() async throws {
        try await withTestApp { app in
            try await CatalogueCommands.installDefaults(in: app.store.operatorContext("fixture"))
            let code = try await ClassificationAPITests.registerAcrossDistricts(app)
            let path = "/api/v1/enterprises/\(try await ClassificationAPITests.enterpriseID(app, code))/classification"
            let notice = "上海徐汇防护用品有限公司 · "
            #expect(try await app.send(.POST, path, headers: app.account("pudong.officer").bearer, json: ClassificationAPITests.body("B")).status == .created)
            #expect(try await !app.send(.GET, "/home", headers: app.account("pudong.officer").cookie).text.contains(notice + "浦东新区定为"))

            #expect(try await app.send(.POST, path, headers: app.account("city.admin").bearer, json: ClassificationAPITests.body("C")).status == .created)
            for name in ["pudong.officer", "xuhui.officer"] {
                let home = try await app.send(.GET, "/home", headers: app.account(name).cookie).text
                #expect(home.contains("定为C类企业（加严监管）") && !home.contains(notice + "浦东新区定为C类"), "\(name) is told the city decided")
            }
        }
    }

    @Test("the enterprise page links to its classification; the AA commitment downloads for those who see the class, not for others")
    func linkAndCommitment() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            _ = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let officer = app.account("pudong.officer")
            let id = try await ClassificationAPITests.enterpriseID(app)
            #expect(try await app.send(.GET, "/enterprises/\(id)", headers: officer.cookie).text.contains("href=\"/enterprises/\(id)/classification\""))

            let path = "/api/v1/enterprises/\(id)/classification"
            for level in ["B", "A"] { _ = try await app.send(.POST, path, headers: officer.bearer, json: ClassificationAPITests.body(level)) }
            let scan = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 1240, height: 1754), as: officer, in: app)
            let aa = try await app.send(.POST, path, headers: officer.bearer, json: ClassificationAPITests.body("AA", commitment: scan))
            let digest = try #require(try aa.content.decode(API.ClassificationDTO.self).commitment)

            let page = try await app.send(.GET, "/enterprises/\(id)/classification", headers: officer.cookie).text
            let href = try #require(page.range(of: "/enterprises/\(id)/classification/commitments/[^\"]+", options: .regularExpression).map { String(page[$0]) })
            let download = try await app.send(.GET, href, headers: app.account("city.admin").cookie)
            #expect(download.status == .ok, "\(download.status) \(href)")
            #expect(download.headers.first(name: "X-Content-SHA256") == digest && download.headers.contentType == .png)
            #expect(try await app.send(.GET, href, headers: app.account("demo.lab").cookie).status == .notFound)
            #expect(try await app.send(.GET, href, headers: app.account("xuhui.officer").cookie).status == .notFound, "neither of its districts")
            #expect(try await app.send(.GET, "/enterprises/\(id)/classification/commitments/nothing", headers: officer.cookie).status == .notFound)
        }
    }

    @Test("a failed report filed by a team inspector (not a bureau officer) is still recorded as a quality fact")
    func inspectorReportsFailure() async throws {
        try await CasesAPITests.withEnterprise { app in
            _ = try await app.send(.POST, "/api/v1/agencies", headers: app.account("city.admin").bearer,
                                   json: #"{"creditCode":"\#(LicensingAPITests.lab)","name":"上海示范检测技术有限公司","district":"310104"}"#)
            let officer = app.account("pudong.officer").bearer
            let opened = try await app.send(.POST, "/api/v1/supervision/samplings", headers: officer, json: #"""
                {"enterprise":"\#(OversightTests.code)","team":\#(OversightTests.team),"grounds":["suspected-serious-problem"],"product":"电力电缆","model":"YJV 3×95",
                 "batch":"20260220","quantity":"3 m / 500 m","sampledFrom":"finished-goods-store","randomMethod":"按托盘编号随机数表抽取","seal":"封条 F-001"}
                """#)
            let number = try opened.content.decode(API.CaseDTO.self).number
            let today = OversightTests.today(app)
            #expect(try await app.send(.POST, "/api/v1/supervision/samplings/\(number)/dispatch", headers: officer,
                                       json: #"{"laboratory":"\#(LicensingAPITests.lab)","sentOn":"\#(today)"}"#).status == .ok)
            let report = try await app.send(.POST, "/api/v1/supervision/samplings/\(number)/report", headers: app.account("pudong.inspector").bearer,
                                            json: #"{"reportNumber":"SFJC-R-2","issuedOn":"\#(today)","copies":2,"passed":false,"summary":"绝缘厚度不合格"}"#)
            #expect(report.status == .ok, "\(report.body.string)")
            let code = try UnifiedSocialCreditCode(validating: OversightTests.code)
            let facts = try await app.store.supervision.qualityFacts(of: [code])[code] ?? []
            #expect(facts.contains { $0.kind == .failedSampling(.district) && $0.source == number })
        }
    }

    @Test("a licensee from years ago never classified is worded overdue, not as a new licensee")
    func oldLicenseeWording() async throws {
        try await withTestApp { app in
            try await CatalogueCommands.installDefaults(in: app.store.operatorContext("fixture"))
            _ = try await ClassificationAPITests.registerAcrossDistricts(app)
            let home = try await app.send(.GET, "/home", headers: app.account("pudong.officer").cookie).text
            #expect(home.contains("上海徐汇防护用品有限公司 · 获证企业尚未分类，已超过获证后两个月的期限（应于2025-03-15前完成）"))
            #expect(!home.contains("新获证企业须于2025-03-15"))
        }
    }
}
