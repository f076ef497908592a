import Foundation
import PermitCore
@testable import PermitServer
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Certificate files checked by anyone, as a page form and in the API: genuine, current, superseded or altered (PUB-2)")
struct CertificateVerificationTests {
    @Test("the note as issued is genuine and current; after a renewal the old file is genuine but superseded; an altered one fails")
    func verdicts() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let number = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            let encoded = number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let first = try await app.send(.GET, "/certificates/\(encoded).note").text

            let current = try await app.send(.POST, "/api/v1/certificates/verify", headers: ["Content-Type": "text/plain"], body: first)
                .content.decode(API.CertificateVerificationDTO.self)
            #expect(current.verified && current.current && current.status == "valid" && current.number == number && current.version == 1)

            // As a browser sends the page's form: the file as a multipart part.
            let boundary = "----permittrail-test"
            let multipart = "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd.note\"\r\n"
                + "Content-Type: text/plain\r\n\r\n\(first)\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n--\(boundary)--\r\n"
            let page = try await app.send(.POST, "/certificates/verify", headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"], body: multipart)
            #expect(page.status == .ok && page.text.contains("签名有效：\(number) 第 1 版，为现行版本"), "\(page.text)")

            let altered = first.replacingOccurrences(of: "上海示范电缆有限公司", with: "上海仿冒电缆有限公司")
            let forged = try await app.send(.POST, "/certificates/verify", form: ["text": altered])
            #expect(forged.text.contains("核验未通过") && !forged.text.contains("签名有效"))
            #expect(try await app.send(.POST, "/api/v1/certificates/verify").status == .unprocessableEntity)
            let garbage = try await app.send(.POST, "/api/v1/certificates/verify", body: "not a note").content.decode(API.CertificateVerificationDTO.self)
            #expect(!garbage.verified && garbage.message.contains("文件格式不正确"))

            let officer = app.account("pudong.officer").bearer
            let body = LicensingAPITests.draft().replacingOccurrences(
                of: #""commitmentSignatory":"#, with: #""renews":"\#(number)","conditionsUnchanged":true,"noViolationProof":"无违法记录证明","commitmentSignatory":"#
            )
            let renewal = try await LicensingAPITests.apply(app, enterprise, json: body).content.decode(API.ApplicationDTO.self)
            for (step, headers) in [("submit", enterprise), ("accept", officer), ("grant", officer)] {
                #expect(try await app.send(.POST, "/api/v1/applications/\(renewal.number)/\(step)", headers: headers).status == .ok)
            }
            let old = try await app.send(.POST, "/api/v1/certificates/verify", body: first).content.decode(API.CertificateVerificationDTO.self)
            #expect(old.verified && !old.current && old.version == 1 && old.message.contains("已被第 2 版取代"))
        }
    }
}
