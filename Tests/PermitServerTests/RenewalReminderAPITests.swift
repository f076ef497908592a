import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Renewal reminders to the holder and its district's officers, on the home page and in the API, until a renewal is applied for (LIC-10)")
struct RenewalReminderAPITests {
    @Test("a certificate two months from expiry: the holder and Pudong see it, Xuhui does not; a submitted renewal ends it")
    func reminders() async throws {
        try await LicensingAPITests.withApplicant { app, enterprise in
            let number = try await LicensingAPITests.granted(in: app, enterprise: enterprise)
            // The certificate as if issued five years ago: reissued through
            // the write path with an expiry two months away.
            let today = CivilDate(app.clock.now())
            try await app.store.write { transaction in
                var certificate = try #require(try await transaction.certificate(try LicenseNumber(parsing: number)))
                certificate.validUntil = today.addingMonths(2)
                try await transaction.issue(certificate, note: "", by: .system("test"), at: app.clock.now())
            }
            func reminders(_ headers: HTTPHeaders) async throws -> [API.RenewalReminderDTO] {
                try await app.send(.GET, "/api/v1/certificates/reminders", headers: headers).content.decode([API.RenewalReminderDTO].self)
            }
            let own = try await reminders(enterprise)
            #expect(own.map(\.certificate) == [number] && own.first?.validUntil == today.addingMonths(2).description)
            #expect(own.first?.stage == "due" && own.first?.message.contains("请申请延续") == true)
            #expect(try await reminders(app.account("pudong.officer").bearer).map(\.certificate) == [number])
            #expect(try await reminders(app.account("city.admin").bearer).map(\.certificate) == [number])
            #expect(try await reminders(app.account("xuhui.officer").bearer).isEmpty)
            let officer = app.account("pudong.officer")
            #expect(try await app.send(.GET, "/home", headers: officer.cookie).text.contains("证书提醒"))

            let body = LicensingAPITests.draft().replacingOccurrences(
                of: #""commitmentSignatory":"#, with: #""renews":"\#(number)","conditionsUnchanged":true,"noViolationProof":"无违法记录证明","commitmentSignatory":"#
            )
            let renewal = try await LicensingAPITests.apply(app, enterprise, json: body).content.decode(API.ApplicationDTO.self)
            #expect(try await reminders(enterprise).count == 1, "a draft does not stop the reminder")
            #expect(try await app.send(.POST, "/api/v1/applications/\(renewal.number)/submit", headers: enterprise).status == .ok)
            #expect(try await reminders(enterprise).isEmpty)
            #expect(try await !app.send(.GET, "/home", headers: officer.cookie).text.contains("证书提醒"))
        }
    }
}
