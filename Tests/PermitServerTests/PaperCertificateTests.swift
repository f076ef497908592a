import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Paper certificates on request: the holder asks, its district's officer records the handover (LIC-7)")
struct PaperCertificateTests {
    @Test("asked through the API, listed for Pudong and not Xuhui, handed over through the page form, once")
    func requestAndHandOver() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let number = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let encoded = number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let noAddress = try await app.send(.POST, "/api/v1/certificates/\(encoded)/paper-requests", headers: enterprise, json: #"{"delivery":"mail"}"#)
            #expect(noAddress.status == .unprocessableEntity && noAddress.body.string.contains("address"))
            let asked = try await app.send(.POST, "/api/v1/certificates/\(encoded)/paper-requests", headers: enterprise,
                                           json: #"{"delivery":"mail","address":"上海市浦东新区川沙路 200 号 周明收"}"#)
            #expect(asked.status == .created, "\(asked.body.string)")
            let request = try asked.content.decode(API.PaperRequestDTO.self)
            #expect(request.version == 1 && request.summary.contains("邮寄至 上海市浦东新区川沙路 200 号"))
            let again = try await app.send(.POST, "/api/v1/certificates/\(encoded)/paper-requests", headers: enterprise, json: #"{"delivery":"pickup"}"#)
            #expect(again.status == .conflict)

            let officer = app.account("pudong.officer")
            func pending(_ headers: HTTPHeaders) async throws -> [API.PaperRequestDTO] {
                try await app.send(.GET, "/api/v1/paper-requests", headers: headers).content.decode([API.PaperRequestDTO].self)
            }
            #expect(try await pending(officer.bearer).map(\.id) == [request.id])
            #expect(try await pending(app.account("xuhui.officer").bearer).isEmpty)
            #expect(try await app.send(.GET, "/home", headers: officer.cookie).text.contains("纸质证书待发放"))
            #expect(try await app.send(.POST, "/api/v1/paper-requests/\(request.id)/hand-over", headers: enterprise, json: #"{"note":"x"}"#).status == .forbidden)

            let handed = try await app.send(.POST, "/paper-requests/\(request.id)/hand-over", headers: officer.cookie,
                                            form: ["csrf": officer.csrf, "note": "顺丰 SF1234567890"])
            #expect(handed.status == .seeOther, "\(handed.body.string)")
            #expect(try await pending(officer.bearer).isEmpty)
            #expect(try await pending(enterprise).isEmpty)
            #expect(try await app.send(.POST, "/api/v1/paper-requests/\(request.id)/hand-over", headers: officer.bearer,
                                       json: #"{"note":"再次"}"#).status == .conflict)
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }

    @Test("the holder sees the form on its certificate's page; the public and other enterprises do not")
    func form() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let number = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let path = "/certificates/" + number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let signedIn = try await SignInTests.pageSignIn(app, "shifan")
            let session = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.sessionCookie]?.string)
            #expect(try await app.send(.GET, path, headers: ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(session)"]).text.contains("申请纸质证书"))
            #expect(try await !app.send(.GET, path).text.contains("申请纸质证书"))
            #expect(try await !app.send(.GET, path, headers: app.account("demo.enterprise").cookie).text.contains("申请纸质证书"))
        }
    }
}
