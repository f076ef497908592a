import Foundation
import PermitCore
@testable import PermitServer
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Test items on the application page: the catalogue's items listed under each report, ticked as covered (LIC-3)")
struct ReportTestItemsPageTests {
    @Test("the draft form lists the unit's test items, the covered ones ticked; ticking the rest clears the check")
    func tickItems() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let cable = LicensingAPITests.cable
            let partial = LicensingAPITests.draft().replacingOccurrences(of: ",\"绝缘热延伸试验\",\"局部放电试验\"", with: "")
            let created = try await LicensingAPITests.apply(app, enterprise, json: partial).content.decode(API.ApplicationDTO.self)
            #expect(created.problems.map(\.code) == ["report.items-missing"])

            let signedIn = try await SignInTests.pageSignIn(app, "shifan")
            let session = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.sessionCookie]?.string)
            let cookie: HTTPHeaders = ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(session)"]
            let page = try await app.send(.GET, "/applications/\(created.number)", headers: cookie).text
            let unit = cable.id.description
            #expect(page.contains(#"name="report-\#(unit)-item-0" value="结构尺寸" checked"#))
            #expect(page.contains(#"name="report-\#(unit)-item-4" value="局部放电试验">"#))
            #expect(page.contains("未覆盖产品目录所列检验项目：绝缘热延伸试验、局部放电试验"))

            let csrf = String(try #require(page.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1))
            var form = [
                "csrf": csrf, "unit-\(unit)": "1", "productionAddress": "上海市浦东新区川沙路 200 号", "contactPerson": "周明",
                "contactPhone": "021-58880000", "commit": "1", "commitmentSignatory": "周明",
                "report-\(unit)-kind": "type-test", "report-\(unit)-number": "WT-2026-001", "report-\(unit)-laboratory": LicensingAPITests.lab,
                "report-\(unit)-issuedOn": "2026-01-10", "report-\(unit)-passed": "1",
            ]
            for (index, item) in cable.testItems.enumerated() { form["report-\(unit)-item-\(index)"] = item }
            let saved = try await app.send(.POST, "/applications/\(created.number)", headers: cookie, form: form)
            #expect(saved.status == .seeOther, "\(saved.body.string)")
            let application = try await app.send(.GET, "/api/v1/applications/\(created.number)", headers: enterprise)
                .content.decode(API.ApplicationDTO.self)
            #expect(application.problems.isEmpty)
            #expect(application.reports.first?.items == cable.testItems)
        }
    }
}
