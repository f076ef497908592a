import Foundation
import PermitCore
import Testing

@Suite("License applications — the simplified procedure's states and the pre-submission check (LIC-2…LIC-6)")
struct LicenseApplicationTests {
    static let catalogue = DefaultCatalogue.catalogue
    static let cable = catalogue.units.first { $0.name == "电力电缆" } ?? catalogue.units[0]
    static let methanol = catalogue.units.first { $0.name == "工业用甲醇" }!
    static let lab = try! UnifiedSocialCreditCode(validating: "91310000MA1FL1MMXL")
    static let enterprise = try! UnifiedSocialCreditCode(validating: "91310115MA1H7GKX3T")
    static let today = try! CivilDate(parsing: "2026-12-02")

    static func draft(units: [ProductUnit] = [cable]) -> LicenseApplication {
        LicenseApplication(
            number: try! CaseNumber(kind: .application, year: 2026, sequence: 1),
            applicant: CaseSubject(kind: .enterprise, creditCode: enterprise, name: "上海示范电缆有限公司"),
            district: DistrictCode(rawValue: "310115")!, units: units.map(\.id),
            form: ApplicationForm(productionAddress: "上海市浦东新区川沙路 200 号", contactPerson: "周明", contactPhone: "021-58880000"),
            commitment: Commitment(signatory: "周明", signedAt: Date(timeIntervalSince1970: 0)),
            reports: units.map {
                TestReport(
                    unit: $0.id, kind: .typeTest, number: "WT-2026-\($0.name)", laboratory: lab, issuedOn: today.adding(days: -30), passed: true,
                    items: $0.testItems
                )
            },
            createdAt: Date(timeIntervalSince1970: 0), createdBy: ActorReference(rawValue: "user:demo.enterprise"),
            attachments: [ApplicationAttachment(kind: .businessLicence, label: "", sha256: String(repeating: "a", count: 64), mediaType: "application/pdf", size: 1)]
        )
    }

    static func problems(_ application: LicenseApplication, labs: Set<UnifiedSocialCreditCode> = [lab]) -> [String] {
        ApplicationCheck.problems(of: application, catalogue: catalogue, laboratories: labs, today: today).map(\.code)
    }

    @Test("a complete draft has no problems; each missing item is named, all at once")
    func check() {
        #expect(Self.problems(Self.draft()).isEmpty)
        var empty = Self.draft()
        empty.units = []
        empty.form.contactPhone = " "
        empty.commitment = nil
        empty.attachments = [ApplicationAttachment(kind: .other, label: "", sha256: String(repeating: "b", count: 64), mediaType: "image/png", size: 1)]
        #expect(Self.problems(empty) == [
            "units.missing", "form.contactPhone.missing", "commitment.missing", "attachment.business-licence.missing", "report.other-unit",
        ])
    }

    @Test("hazardous chemicals are refused on this path with the reason; a report a day over a year old, failed, or from an unknown lab is named")
    func reports() throws {
        let excluded = Self.problems(Self.draft(units: [Self.methanol]))
        #expect(excluded.first == "units.outside-simplified-procedure")
        #expect(ApplicationCheck.problems(of: Self.draft(units: [Self.methanol]), catalogue: Self.catalogue, laboratories: [Self.lab], today: Self.today)
            .first?.message.zhHans.contains("不列入简化审批程序") == true)

        var old = Self.draft()
        old.reports[0].issuedOn = try CivilDate(parsing: "2025-12-02")
        #expect(Self.problems(old).isEmpty)
        old.reports[0].issuedOn = try CivilDate(parsing: "2025-12-01")
        let found = ApplicationCheck.problems(of: old, catalogue: Self.catalogue, laboratories: [Self.lab], today: Self.today)
        #expect(found.map(\.code) == ["report.too-old"])
        #expect(found.first?.message.zhHans.contains("2025-12-01") == true)

        var failed = Self.draft()
        failed.reports[0].passed = false
        #expect(Self.problems(failed) == ["report.not-passed"])
        #expect(Self.problems(Self.draft(), labs: []) == ["report.laboratory-not-qualified"])
        var supervision = Self.draft()
        supervision.reports[0].kind = .supervision
        #expect(Self.problems(supervision, labs: []).isEmpty)
        var none = Self.draft()
        none.reports = []
        #expect(Self.problems(none) == ["report.missing"])
    }

    @Test("a type test must examine every test item the catalogue lists for the unit (LIC-3); a supervision pass stands instead")
    func testItems() throws {
        #expect(!Self.cable.testItems.isEmpty)
        var partial = Self.draft()
        partial.reports[0].items = Array(Self.cable.testItems.dropLast(2))
        let found = ApplicationCheck.problems(of: partial, catalogue: Self.catalogue, laboratories: [Self.lab], today: Self.today)
        #expect(found == [.reportItemsMissing(unit: "电力电缆", numbers: ["WT-2026-电力电缆"], items: Array(Self.cable.testItems.suffix(2)))])
        #expect(found.first?.message.zhHans == "“电力电缆”的型式试验报告 WT-2026-电力电缆未覆盖产品目录所列检验项目：绝缘热延伸试验、局部放电试验。")

        // Two type tests together cover the unit.
        var split = Self.draft()
        split.reports[0].items = Array(Self.cable.testItems.prefix(3))
        var second = split.reports[0]
        second.number = "WT-2026-B"
        second.items = Array(Self.cable.testItems.dropFirst(3))
        split.reports.append(second)
        #expect(Self.problems(split).isEmpty)

        // Items the catalogue does not list do not stand in for those it does.
        var other = Self.draft()
        other.reports[0].items = ["外观"]
        #expect(Self.problems(other) == ["report.items-missing"])

        var supervision = partial
        supervision.reports[0].kind = .supervision
        #expect(Self.problems(supervision).isEmpty)
    }

    @Test("draft → submitted → accepted → granted; every action out of order is refused with where it stands")
    func transitions() throws {
        var application = Self.draft()
        #expect(throws: ApplicationRefusal.notSubmittable([.commitmentMissing])) {
            try ApplicationMachine.apply(.submit(problems: [.commitmentMissing]), to: application)
        }
        let officer = Username(rawValue: "pudong.officer")!
        for action in [ApplicationAction.accept(by: officer), .grant, .refuse(reason: "x"), .refuseAcceptance(reason: "x"), .requestCorrection(items: "x")] {
            #expect(throws: ApplicationRefusal.self) { try ApplicationMachine.apply(action, to: application) }
        }
        application = try ApplicationMachine.apply(.submit(problems: []), to: application)
        #expect(application.status == .submitted)
        #expect(throws: ApplicationRefusal.outOfOrder(action: "edit", status: .submitted)) { try ApplicationMachine.apply(.edit, to: application) }
        #expect(throws: ApplicationRefusal.outOfOrder(action: "grant", status: .submitted)) { try ApplicationMachine.apply(.grant, to: application) }
        application = try ApplicationMachine.apply(.accept(by: officer), to: application)
        #expect(application.status == .accepted && application.responsibleOfficer == officer)
        #expect(throws: ApplicationRefusal.reasonMissing) { try ApplicationMachine.apply(.refuse(reason: " "), to: application) }
        let granted = try ApplicationMachine.apply(.grant, to: application)
        #expect(granted.status == .granted && granted.status.isSettled)
        for action in [ApplicationAction.edit, .grant, .submit(problems: []), .accept(by: officer)] {
            #expect(throws: ApplicationRefusal.self) { try ApplicationMachine.apply(action, to: granted) }
        }
        let refused = try ApplicationMachine.apply(.refuse(reason: "申请材料与实际不符"), to: application)
        #expect(refused.status == .refused && refused.refusalReason == "申请材料与实际不符")
    }

    @Test("a correction is asked once, for everything; the answer is a new submission; acceptance can be refused with a reason")
    func correction() throws {
        var application = try ApplicationMachine.apply(.submit(problems: []), to: Self.draft())
        application = try ApplicationMachine.apply(.requestCorrection(items: "营业执照复印件不清晰"), to: application)
        #expect(application.status == .correctionRequested && application.correction == "营业执照复印件不清晰")
        _ = try ApplicationMachine.apply(.edit, to: application)
        application = try ApplicationMachine.apply(.submit(problems: []), to: application)
        #expect(throws: ApplicationRefusal.correctionAlreadyRequested) {
            try ApplicationMachine.apply(.requestCorrection(items: "再补"), to: application)
        }
        let refused = try ApplicationMachine.apply(.refuseAcceptance(reason: "不属于本机关职权范围"), to: application)
        #expect(refused.status == .acceptanceRefused)
    }

    @Test("a certificate is valid five years less a day, expired after; 29 February counts to the 28th")
    func validity() throws {
        #expect(Certificate.validUntil(issuedOn: try CivilDate(parsing: "2026-12-02")) == (try CivilDate(parsing: "2031-12-01")))
        #expect(Certificate.validUntil(issuedOn: try CivilDate(parsing: "2028-02-29")) == (try CivilDate(parsing: "2033-02-27")))
        #expect(try CivilDate(parsing: "2028-02-29").addingYears(1) == (try CivilDate(parsing: "2029-02-28")))
    }

    @Test("a change is late more than one month after it happened; a reissue never is; a month from 31 January is 28 February")
    func changeDeadline() throws {
        let number = try LicenseNumber(parsing: "(沪)XK06-001-00001")
        let change = CertificateChange(kind: .particulars, certificate: number, changedOn: try CivilDate(parsing: "2026-01-31"))
        #expect(try CivilDate(parsing: "2026-01-31").addingMonths(1) == (try CivilDate(parsing: "2026-02-28")))
        #expect(!change.isLate(appliedOn: try CivilDate(parsing: "2026-02-28")))
        #expect(change.isLate(appliedOn: try CivilDate(parsing: "2026-03-01")))
        let reissue = CertificateChange(kind: .reissue, certificate: number, changedOn: nil)
        #expect(!reissue.isLate(appliedOn: try CivilDate(parsing: "2030-01-01")))
        var draft = Self.draft()
        draft.change = change
        draft.units = []
        draft.reports = []
        #expect(Self.problems(draft).isEmpty)
        draft.change?.changedOn = nil
        #expect(Self.problems(draft) == ["change.date-missing"])
        #expect(try CivilDate(parsing: "2026-11-30").addingMonths(-11) == (try CivilDate(parsing: "2025-12-30")))
    }
}
