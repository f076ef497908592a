import Foundation
import PermitCore
@testable import PermitServer
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("一单一书一照: the business licence attached from an upload, on the page or through the API; nothing else accepted (LIC-2)")
struct ApplicationAttachmentTests {
    @Test("the page's plain form attaches the licence; the submit check no longer asks for it; the file reads back as sent")
    func pageUpload() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let created = try await app.send(.POST, "/api/v1/applications", headers: enterprise, json: LicensingAPITests.draft())
            let number = try created.content.decode(API.ApplicationDTO.self).number
            let signedIn = try await SignInTests.pageSignIn(app, "shifan")
            let session = try #require(signedIn.headers.setCookie?[AuthenticationMiddleware.sessionCookie]?.string)
            let cookie: HTTPHeaders = ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(session)"]
            let page = try await app.send(.GET, "/applications/\(number)", headers: cookie).text
            #expect(page.contains("尚未上传营业执照") && page.contains("enctype=\"multipart/form-data\""))
            let csrf = String(try #require(page.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1))

            let png = EvidenceRecordsTests.png(width: 1200, height: 1600)
            let boundary = "----licence"
            var body = ByteBuffer(string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nbusiness-licence\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../执照.png\"\r\nContent-Type: image/png\r\n\r\n")
            body.writeBytes(png)
            body.writeString("\r\n--\(boundary)--\r\n")
            let sent = try await app.app.testing().sendRequest(
                .POST, "/applications/\(number)/attachments", headers: cookie.merging(["Content-Type": "multipart/form-data; boundary=\(boundary)"]), body: body
            )
            #expect(sent.status == .seeOther, "\(sent.body.string)")
            let application = try await app.send(.GET, "/api/v1/applications/\(number)", headers: enterprise).content.decode(API.ApplicationDTO.self)
            #expect(application.problems.isEmpty && application.attachments.count == 1)
            let original = try await app.send(.GET, application.attachments[0].href, headers: enterprise)
            #expect(Data(original.body.readableBytesView) == png)
        }
    }

    @Test("refused: text passed off as a scan, another user's upload, an officer attaching, an unknown kind; nothing is added")
    func refusals() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let number = try await app.send(.POST, "/api/v1/applications", headers: enterprise, json: LicensingAPITests.draft())
                .content.decode(API.ApplicationDTO.self).number
            let text = try await EvidenceRecordsTests.upload(Data("不是营业执照".utf8), with: enterprise, in: app)
            let notAScan = try await app.send(.POST, "/api/v1/applications/\(number)/attachments", headers: enterprise,
                                              json: #"{"kind":"business-licence","upload":"\#(text)"}"#)
            #expect(notAScan.status == .unprocessableEntity && notAScan.body.string.contains("upload"))
            let officer = app.account("pudong.officer")
            let theirs = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 10, height: 10), as: officer, in: app)
            let foreign = try await app.send(.POST, "/api/v1/applications/\(number)/attachments", headers: enterprise,
                                             json: #"{"kind":"business-licence","upload":"\#(theirs)"}"#)
            #expect(foreign.status == .unprocessableEntity)
            #expect(try await app.send(.POST, "/api/v1/applications/\(number)/attachments", headers: officer.bearer,
                                       json: #"{"kind":"business-licence","upload":"\#(theirs)"}"#).status == .forbidden)
            let mine = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 10, height: 10), with: enterprise, in: app)
            #expect(try await app.send(.POST, "/api/v1/applications/\(number)/attachments", headers: enterprise,
                                       json: #"{"kind":"passport","upload":"\#(mine)"}"#).status == .unprocessableEntity)
            let after = try await app.send(.GET, "/api/v1/applications/\(number)", headers: enterprise).content.decode(API.ApplicationDTO.self)
            #expect(after.attachments.isEmpty && after.problems.map(\.code).contains("attachment.business-licence.missing"))
        }
    }
}

