import Foundation
import PermitCore
import Testing

@Suite("Renewal reminders: from six months before expiry, the reduced path's last day, expiry (LIC-10)")
struct RenewalReminderTests {
    static func certificate(validUntil: CivilDate, status: CertificateStatus = .valid) throws -> Certificate {
        Certificate(
            number: try LicenseNumber(parsing: "(沪)XK06-001-00001"), version: 1,
            identifier: try ElectronicCertificateIdentifier(typeCode: "11100000MB03271699022", issuerCode: "310000", serial: "000000001", version: 1),
            holderName: "上海示范电缆有限公司", holderCreditCode: try UnifiedSocialCreditCode(validating: "91350100M000100Y43"), residence: "上海市",
            productionAddress: "上海市", products: [], issuedOn: validUntil.addingYears(-5), validUntil: validUntil, issuer: "上海市市场监督管理局",
            status: status, caseNumber: try CaseNumber(kind: .application, year: 2021, sequence: 1), servedAt: Date(timeIntervalSince1970: 0)
        )
    }

    static let calendar = WorkingDayCalendar.stateCouncil2020Through2026
    static let expiry = try! CivilDate(year: 2026, month: 12, day: 31)

    @Test("nothing before the window; due from six months before; the reduced path closes 30 working days before; expired after")
    func stages() throws {
        let certificate = try Self.certificate(validUntil: Self.expiry)
        func stage(_ day: CivilDate) -> RenewalReminder.Stage? {
            RenewalReminder.of(certificate, on: day, calendar: Self.calendar, renewalUnderWay: false)?.stage
        }
        let opens = try CivilDate(year: 2026, month: 6, day: 30)
        #expect(stage(opens.adding(days: -1)) == nil)
        #expect(stage(opens) == .due)
        let reminder = try #require(RenewalReminder.of(certificate, on: opens, calendar: Self.calendar, renewalUnderWay: false))
        // Thirty working days from the last reduced-path day still reach the expiry.
        #expect(try Self.calendar.addWorkingDays(from: reminder.reducedPathBy, count: 30) <= Self.expiry)
        #expect(stage(reminder.reducedPathBy) == .due)
        #expect(stage(reminder.reducedPathBy.adding(days: 1)) == .reducedPathClosed)
        #expect(stage(Self.expiry) == .reducedPathClosed)
        #expect(stage(Self.expiry.adding(days: 1)) == .expired)
        #expect(reminder.text.zhHans.contains("2026-12-31 到期") && reminder.text.zhHans.contains("\(reminder.reducedPathBy) 前申请"))
    }

    @Test("no reminder once a renewal is under way, nor for a revoked or cancelled certificate")
    func silenced() throws {
        let day = try CivilDate(year: 2026, month: 10, day: 1)
        #expect(RenewalReminder.of(try Self.certificate(validUntil: Self.expiry), on: day, calendar: Self.calendar, renewalUnderWay: true) == nil)
        #expect(RenewalReminder.of(try Self.certificate(validUntil: Self.expiry, status: .revoked), on: day, calendar: Self.calendar, renewalUnderWay: false) == nil)
        #expect(RenewalReminder.of(try Self.certificate(validUntil: Self.expiry), on: day, calendar: Self.calendar, renewalUnderWay: false) != nil)
    }
}
