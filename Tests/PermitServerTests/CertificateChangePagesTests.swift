import Foundation
import PermitCore
@testable import PermitServer
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Change and reissue through the pages: started from the applications list, the change's details on the draft form (LIC-11)")
struct CertificateChangePagesTests {
    @Test("the holder starts a change of name from the list, gives the date and new name on the form, and the application carries them")
    func changeOfName() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let certificate = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let signedIn = try await SignInTests.pageSignIn(app, "shifan")
            let session = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.sessionCookie]?.string)
            let cookie: HTTPHeaders = ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(session)"]
            let list = try await app.send(.GET, "/applications", headers: cookie)
            #expect(list.text.contains("申请变更或补领证书") && list.text.contains("证书补领"))
            let csrf = String(try #require(list.text.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1))

            let created = try await app.send(.POST, "/applications", headers: cookie, form: [
                "csrf": csrf, "change": "particulars", "certificate": certificate,
            ])
            let page = try #require(created.headers.first(name: .location))
            let form = try await app.send(.GET, page, headers: cookie).text
            #expect(form.contains("名称、住所变更 · \(certificate)") && form.contains("变更后的企业名称"))

            let changedOn = CivilDate(app.clock.now()).adding(days: -3).description
            let saved = try await app.send(.POST, page, headers: cookie, form: [
                "csrf": csrf, "change": "particulars", "changeCertificate": certificate, "changedOn": changedOn,
                "newName": "上海示范线缆股份有限公司", "productionAddress": "上海市浦东新区川沙路 200 号",
            ])
            #expect(saved.status == .seeOther, "\(saved.body.string)")
            let number = String(page.split(separator: "/").last!)
            let application = try await app.send(.GET, "/api/v1/applications/\(number)", headers: enterprise).content.decode(API.ApplicationDTO.self)
            #expect(application.change == "particulars" && !application.lateChange)
            #expect(try await app.send(.GET, page, headers: cookie).text.contains("value=\"上海示范线缆股份有限公司\""))
        }
    }
}
