import Foundation
import PermitCommands
import PermitCore
@testable import PermitServer
import PermitLedger
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Licensing — apply, accept, grant, certificate, public verification, on-site review (issue 17)")
struct LicensingAPITests {
    static let cable = DefaultCatalogue.catalogue.units.first { $0.name == "电力电缆" } ?? DefaultCatalogue.catalogue.units[0]
    static let methanol = DefaultCatalogue.catalogue.units.first { $0.name == "工业用甲醇" }!
    static let lab = "91310000MA1FL1MMXL"

    /// The enterprise's account, linked to it, signed in through the API.
    static func enterprise(in app: TestApp) async throws -> HTTPHeaders {
        let created = try await app.send(.POST, "/api/v1/users", headers: app.account("city.admin").bearer, json: """
            {"username":"shifan","displayName":"示范电缆","role":"enterprise","password":"correct horse battery","organisation":"\(CasesAPITests.enterpriseCode)"}
            """)
        #expect(created.status == .created)
        let token = try await app.send(.POST, "/api/v1/auth/token", json: #"{"username":"shifan","password":"correct horse battery"}"#)
        return ["Authorization": "Bearer \(try token.content.decode(API.TokenDTO.self).token)"]
    }

    static func withApplicant(_ body: (TestApp, HTTPHeaders) async throws -> Void) async throws {
        try await CasesAPITests.withEnterprise { app in
            try await CatalogueCommands.installDefaults(in: app.store.operatorContext("fixture"))
            _ = try await app.send(.POST, "/api/v1/agencies", headers: app.account("city.admin").bearer,
                                   json: #"{"creditCode":"\#(lab)","name":"上海示范检测技术有限公司","district":"310104"}"#)
            try await body(app, try await enterprise(in: app))
        }
    }

    static func draft(unit: ProductUnit = cable, issued: String = "2026-01-10") -> String {
        #"""
        {"units":["\#(unit.id)"],"productionAddress":"上海市浦东新区川沙路 200 号","contactPerson":"周明","contactPhone":"021-58880000",
         "commitmentSignatory":"周明","reports":[{"unit":"\#(unit.id)","kind":"type-test","number":"WT-2026-001","laboratory":"\#(lab)","issuedOn":"\#(issued)","passed":true,"items":\#(items(of: unit))}]}
        """#
    }

    /// The unit's test items as a JSON array: a type test that covers them all.
    static func items(of unit: ProductUnit) -> String {
        "[" + unit.testItems.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }

    /// A new application with its business licence attached, as the
    /// enterprise sends it: the response is the application after both.
    static func apply(_ app: TestApp, _ enterprise: HTTPHeaders, json: String) async throws -> TestingHTTPResponse {
        let created = try await app.send(.POST, "/api/v1/applications", headers: enterprise, json: json)
        guard created.status == .created, let number = try? created.content.decode(API.ApplicationDTO.self).number else { return created }
        return try await attachLicence(app, enterprise, to: number)
    }

    static func attachLicence(_ app: TestApp, _ enterprise: HTTPHeaders, to number: String) async throws -> TestingHTTPResponse {
        let upload = try await EvidenceRecordsTests.upload(EvidenceRecordsTests.png(width: 1200, height: 1600), with: enterprise, in: app)
        return try await app.send(.POST, "/api/v1/applications/\(number)/attachments", headers: enterprise,
                                  json: #"{"kind":"business-licence","upload":"\#(upload)","label":"副本"}"#)
    }

    @Test("apply → submit → accept → grant: a signed certificate, public and valid, and the on-site review case waiting; fsck passes")
    func grant() async throws {
        try await Self.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer").bearer
            let empty = try await app.send(.POST, "/api/v1/applications", headers: enterprise, json: "{}")
            #expect(empty.status == .created)
            let started = try empty.content.decode(API.ApplicationDTO.self)
            #expect(started.status == "draft")
            #expect(started.problems.map(\.code).contains("commitment.missing"))
            #expect(started.problems.map(\.code).contains("attachment.business-licence.missing"))
            let refused = try await app.send(.POST, "/api/v1/applications/\(started.number)/submit", headers: enterprise)
            #expect(refused.status == .conflict)
            #expect(refused.problem?.detail.contains("保证质量安全承诺书") == true)

            _ = try await app.send(.PUT, "/api/v1/applications/\(started.number)", headers: enterprise, json: Self.draft())
            let filled = try await Self.attachLicence(app, enterprise, to: started.number)
            let complete = try filled.content.decode(API.ApplicationDTO.self)
            #expect(complete.problems.isEmpty && complete.attachments.map(\.kind) == ["business-licence"], "\(filled.body.string)")
            let original = try await app.send(.GET, complete.attachments[0].href, headers: officer)
            #expect(original.headers.contentType == .png && original.headers.first(name: "X-Content-SHA256") == complete.attachments[0].sha256)
            #expect(try await app.send(.POST, "/api/v1/applications/\(started.number)/accept", headers: officer).status == .conflict)
            let submitted = try await app.send(.POST, "/api/v1/applications/\(started.number)/submit", headers: enterprise)
            #expect(try submitted.content.decode(API.ApplicationDTO.self).status == "submitted")
            #expect(try await app.send(.POST, "/api/v1/applications/\(started.number)/submit", headers: enterprise).status == .conflict)
            #expect(try await app.send(.POST, "/api/v1/applications/\(started.number)/accept", headers: enterprise).status == .forbidden)
            #expect(try await app.send(.POST, "/api/v1/applications/\(started.number)/accept", headers: app.account("xuhui.officer").bearer).status == .notFound)

            let accepted = try await app.send(.POST, "/api/v1/applications/\(started.number)/accept", headers: officer)
            #expect(try accepted.content.decode(API.ApplicationDTO.self).responsibleOfficer == "pudong.officer")
            let granted = try await app.send(.POST, "/api/v1/applications/\(started.number)/grant", headers: officer, json: #"{"agency":"\#(Self.lab)"}"#)
            #expect(granted.status == .ok, "\(granted.body.string)")
            let grant = try granted.content.decode(API.ApplicationDTO.self)
            let number = try #require(grant.certificate)
            #expect(number == "(沪)XK06-001-00001" || number.hasPrefix("(沪)XK"))

            // The case closed with every step a record; the review case waits for the agency.
            let closed = try await app.send(.GET, "/api/v1/cases/\(started.number)", headers: officer).content.decode(API.CaseDTO.self)
            #expect(closed.status == "closed" && closed.nodes.allSatisfy { $0.status == "complete" })
            let review = try await app.send(.GET, "/api/v1/cases/\(try #require(grant.onSiteReview))", headers: officer).content.decode(API.CaseDTO.self)
            #expect(review.process == "license-onsite-review" && review.agency == Self.lab && review.status == "open")

            // Anyone: the page, the JSON, the note that verifies with the published key.
            let encoded = number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let page = try await app.send(.GET, "/certificates/\(encoded)")
            #expect(page.status == .ok)
            #expect(page.text.contains("有效") && page.text.contains("上海示范电缆有限公司"))
            let json = try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self)
            #expect(json.status == "valid" && json.products.count == 1)
            #expect(ElectronicCertificateIdentifier.isValid(json.identifier))
            let key = try NoteVerifierKey(parsing: try await app.send(.GET, "/api/v1/certificates/public-key").text.trimmingCharacters(in: .whitespacesAndNewlines))
            let note = try await app.send(.GET, "/certificates/\(encoded).note")
            guard case .success(let checked) = CertificateFile.check(Array(note.body.readableBytesView), key: key) else {
                Issue.record("the note does not verify: \(note.text)")
                return
            }
            #expect(checked.number == number && checked.version == 1)
            var altered = note.text
            altered = altered.replacingOccurrences(of: "上海示范电缆有限公司", with: "上海仿冒电缆有限公司")
            guard case .failure(.signature) = CertificateFile.check(Array(altered.utf8), key: key) else {
                Issue.record("an altered note verified")
                return
            }
            let pdf = try await app.send(.GET, "/certificates/\(encoded).pdf")
            #expect(pdf.headers.contentType?.subType == "pdf")
            #expect(pdf.body.readableBytesView.starts(with: Array("%PDF-1.7".utf8)))
            let search = try await app.send(.GET, "/certificates?q=\("示范电缆".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)")
            #expect(search.text.contains(number))
            // The enterprise's inbox: the certificate served, the application granted.
            let shifan = try #require(try await app.store.accounts.user(named: Username(rawValue: "shifan")!))
            let browser = SessionToken.generate()
            try await app.store.sessions.create(
                for: shifan.id, tokenHash: SessionToken.hash(browser), csrfToken: SessionToken.generate(), kind: .browser,
                at: app.clock.now(), expiresAt: app.clock.now().addingTimeInterval(3600)
            )
            let home = try await app.send(.GET, "/home", headers: ["Cookie": "\(AuthenticationMiddleware.sessionCookie)=\(browser)"])
            #expect(home.text.contains("办理事项与送达") && home.text.contains("送达于") && home.text.contains("准予许可"))
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }

    @Test("hazardous chemicals and an old report are refused at submission with the reason; a correction stops the clock, once")
    func refusals() async throws {
        try await Self.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer").bearer
            let excluded = try await Self.apply(app, enterprise, json: Self.draft(unit: Self.methanol))
            let chemical = try excluded.content.decode(API.ApplicationDTO.self)
            #expect(chemical.problems.first?.code == "units.outside-simplified-procedure")
            let submit = try await app.send(.POST, "/api/v1/applications/\(chemical.number)/submit", headers: enterprise)
            #expect(submit.status == .conflict)
            #expect(submit.problem?.detail.contains("不列入简化审批程序") == true)

            let old = try await Self.apply(app, enterprise, json: Self.draft(issued: "2020-01-01"))
            let stale = try old.content.decode(API.ApplicationDTO.self)
            #expect(stale.problems.map(\.code) == ["report.too-old"])
            #expect(stale.problems.first?.message.contains("2020-01-01") == true)

            // A type test that left out two of the catalogue's test items (LIC-3).
            let partial = Self.draft().replacingOccurrences(of: ",\"绝缘热延伸试验\",\"局部放电试验\"", with: "")
            let uncovered = try await Self.apply(app, enterprise, json: partial).content.decode(API.ApplicationDTO.self)
            #expect(uncovered.problems.map(\.code) == ["report.items-missing"])
            #expect(uncovered.reports.first?.items == ["结构尺寸", "导体直流电阻", "电压试验"])
            let blocked = try await app.send(.POST, "/api/v1/applications/\(uncovered.number)/submit", headers: enterprise)
            #expect(blocked.status == .conflict)
            #expect(blocked.problem?.detail.contains("绝缘热延伸试验、局部放电试验") == true)

            let good = try await Self.apply(app, enterprise, json: Self.draft())
            let number = try good.content.decode(API.ApplicationDTO.self).number
            _ = try await app.send(.POST, "/api/v1/applications/\(number)/submit", headers: enterprise)
            let asked = try await app.send(.POST, "/api/v1/applications/\(number)/request-correction", headers: officer, json: #"{"items":"营业执照复印件不清晰，请重新上传"}"#)
            #expect(try asked.content.decode(API.ApplicationDTO.self).status == "correction-requested")
            let paused = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer).content.decode(API.CaseDTO.self)
            #expect(paused.clockPaused)
            _ = try await app.send(.PUT, "/api/v1/applications/\(number)", headers: enterprise, json: Self.draft())
            _ = try await app.send(.POST, "/api/v1/applications/\(number)/submit", headers: enterprise)
            #expect(try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer).content.decode(API.CaseDTO.self).clockPaused == false)
            let again = try await app.send(.POST, "/api/v1/applications/\(number)/request-correction", headers: officer, json: #"{"items":"再补"}"#)
            #expect(again.status == .conflict)
            let noReason = try await app.send(.POST, "/api/v1/applications/\(number)/refuse-acceptance", headers: officer, json: "{}")
            #expect(noReason.status == .unprocessableEntity || noReason.status == .badRequest)
            let refused = try await app.send(.POST, "/api/v1/applications/\(number)/refuse-acceptance", headers: officer, json: #"{"reason":"不属于本机关职权范围"}"#)
            #expect(try refused.content.decode(API.ApplicationDTO.self).status == "acceptance-refused")
            let ended = try await app.send(.GET, "/api/v1/cases/\(number)", headers: officer).content.decode(API.CaseDTO.self)
            #expect(ended.status == "closed")
            #expect(ended.nodes.map(\.status) == ["complete", "not_applicable", "not_applicable"])
        }
    }

    @Test("a creation retried with the same Idempotency-Key returns the first application; another key makes another")
    func idempotent() async throws {
        try await Self.withApplicant { app, enterprise in
            var headers = enterprise
            headers.add(name: "Idempotency-Key", value: "7d0c1e2a-retry")
            let first = try await app.send(.POST, "/api/v1/applications", headers: headers, json: Self.draft())
            let again = try await app.send(.POST, "/api/v1/applications", headers: headers, json: Self.draft())
            #expect(first.status == .created && again.status == .created)
            let number = try first.content.decode(API.ApplicationDTO.self).number
            #expect(try again.content.decode(API.ApplicationDTO.self).number == number)
            headers.replaceOrAdd(name: "Idempotency-Key", value: "another")
            let other = try await app.send(.POST, "/api/v1/applications", headers: headers, json: Self.draft())
            #expect(try other.content.decode(API.ApplicationDTO.self).number != number)
            let list = try await app.store.licensing.applications(of: try UnifiedSocialCreditCode(validating: CasesAPITests.enterpriseCode))
            #expect(list.count == 2)
        }
    }

    @Test("a revocation with a hearing: notice, hearing, decision served and executed; the public status changes at once; general forms are refused")
    func revocation() async throws {
        try await Self.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer").bearer
            let created = try await Self.apply(app, enterprise, json: Self.draft())
            let number = try created.content.decode(API.ApplicationDTO.self).number
            _ = try await app.send(.POST, "/api/v1/applications/\(number)/submit", headers: enterprise)
            _ = try await app.send(.POST, "/api/v1/applications/\(number)/accept", headers: officer)
            let grant = try await app.send(.POST, "/api/v1/applications/\(number)/grant", headers: officer).content.decode(API.ApplicationDTO.self)
            let certificate = try #require(grant.certificate)
            let encoded = certificate.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!

            let refused = try await app.send(.POST, "/api/v1/exits", headers: enterprise, json: #"{"kind":"penalty-revocation","certificate":"\#(certificate)","ground":"x"}"#)
            #expect(refused.status == .forbidden)
            let opened = try await app.send(.POST, "/api/v1/exits", headers: officer, json: #"{"kind":"penalty-revocation","certificate":"\#(certificate)","ground":"证后现场审查不合格且拒不整改"}"#)
            #expect(opened.status == .created, "\(opened.body.string)")
            let exit = try opened.content.decode(API.ExitDTO.self).number
            let early = try await app.send(.POST, "/api/v1/exits/\(exit)/decide", headers: officer, json: #"{"text":"吊销决定"}"#)
            #expect(early.status == .conflict)
            #expect(early.problem?.detail.contains("须先告知") == true)
            let general = try await app.send(.POST, "/api/v1/cases/\(exit)/nodes/notice/complete", headers: officer)
            #expect(general.status == .conflict)

            let steps: [(String, String)] = [
                ("notify", #"{"text":"拟吊销告知书：事实、理由、依据；你单位有权陈述申辩并要求听证。"}"#),
                ("hear", #"{"text":"听证笔录：企业法定代表人到场陈述。","hearing":true}"#),
                ("decide", #"{"text":"吊销工业产品生产许可证决定书。"}"#), ("serve", #"{"text":"送达回证：企业已签收。"}"#),
            ]
            for (step, body) in steps {
                let res = try await app.send(.POST, "/api/v1/exits/\(exit)/\(step)", headers: officer, json: body)
                #expect(res.status == .ok, "\(step): \(res.body.string)")
            }
            #expect(try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self).status == "valid")
            let executed = try await app.send(.POST, "/api/v1/exits/\(exit)/execute", headers: officer, json: #"{"text":"已在网站公示证书吊销。"}"#)
            #expect(try executed.content.decode(API.ExitDTO.self).status == "executed")
            #expect(try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self).status == "revoked")
            #expect(try await app.send(.GET, "/certificates/\(encoded)").text.contains("已撤销"))
            let closed = try await app.send(.GET, "/api/v1/cases/\(exit)", headers: officer).content.decode(API.CaseDTO.self)
            #expect(closed.status == "closed" && closed.process == "license-penalty-revocation")
            let again = try await app.send(.POST, "/api/v1/exits", headers: officer, json: #"{"kind":"cancellation","certificate":"\#(certificate)","ground":"x"}"#)
            #expect(again.status == .conflict)
            #expect(try await app.store.ledger.check().coveredRows > 0)
        }
    }

    /// A first application carried to its grant; returns the certificate's number.
    static func granted(in app: TestApp, enterprise: HTTPHeaders) async throws -> String {
        let officer = app.account("pudong.officer").bearer
        let number = try await apply(app, enterprise, json: draft()).content.decode(API.ApplicationDTO.self).number
        _ = try await app.send(.POST, "/api/v1/applications/\(number)/submit", headers: enterprise)
        _ = try await app.send(.POST, "/api/v1/applications/\(number)/accept", headers: officer)
        let grant = try await app.send(.POST, "/api/v1/applications/\(number)/grant", headers: officer).content.decode(API.ApplicationDTO.self)
        return try #require(grant.certificate)
    }

    @Test("a renewal on the reduced path keeps the number, adds five years from the old expiry and opens no on-site review")
    func renewal() async throws {
        try await Self.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer").bearer
            let certificate = try await Self.granted(in: app, enterprise: enterprise)
            let encoded = certificate.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let before = try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self)

            let foreign = try await Self.apply(app, enterprise, json: Self.draft().replacingOccurrences(
                of: #""commitmentSignatory":"#, with: #""renews":"XK99-001-00001","conditionsUnchanged":true,"noViolationProof":"无","commitmentSignatory":"#
            ))
            #expect(try foreign.content.decode(API.ApplicationDTO.self).problems.map(\.code) == ["renewal.unknown-certificate"])

            let body = Self.draft().replacingOccurrences(
                of: #""commitmentSignatory":"#,
                with: #""renews":"\#(certificate)","conditionsUnchanged":true,"noViolationProof":"浦东新区市场监管局出具无违法记录证明","commitmentSignatory":"#
            )
            let created = try await Self.apply(app, enterprise, json: body)
            let renewal = try created.content.decode(API.ApplicationDTO.self)
            #expect(renewal.number.hasPrefix("YX-") && renewal.renews == certificate && renewal.problems.isEmpty, "\(created.body.string)")
            _ = try await app.send(.POST, "/api/v1/applications/\(renewal.number)/submit", headers: enterprise)
            _ = try await app.send(.POST, "/api/v1/applications/\(renewal.number)/accept", headers: officer)
            let granted = try await app.send(.POST, "/api/v1/applications/\(renewal.number)/grant", headers: officer)
            let grant = try granted.content.decode(API.ApplicationDTO.self)
            #expect(grant.certificate == certificate && grant.onSiteReview == nil, "\(granted.body.string)")
            let after = try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self)
            #expect(after.version == 2 && after.identifier.hasSuffix(".002.\(after.identifier.last!)"))
            let oldEnd = try CivilDate(parsing: before.validUntil)
            #expect(after.validUntil == Certificate.validUntil(issuedOn: oldEnd.adding(days: 1)).description)
            let process = try await app.send(.GET, "/api/v1/cases/\(renewal.number)", headers: officer).content.decode(API.CaseDTO.self).process
            #expect(process == "license-renewal")
        }
    }

    @Test("a change of name keeps number and validity and is flagged when applied for over a month late; a change of conditions is re-reviewed on site")
    func changes() async throws {
        try await Self.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer").bearer
            let certificate = try await Self.granted(in: app, enterprise: enterprise)
            let encoded = certificate.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let before = try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self)
            let today = CivilDate(app.clock.now())
            func apply(_ change: String, changedOn: String, name: String = "") async throws -> API.ApplicationDTO {
                let body = #"""
                {"change":"\#(change)","changeCertificate":"\#(certificate)","changedOn":"\#(changedOn)","newName":"\#(name)",
                 "productionAddress":"上海市浦东新区川沙路 200 号","contactPerson":"周明","contactPhone":"021-58880000","commitmentSignatory":"周明"}
                """#
                let created = try await Self.apply(app, enterprise, json: body)
                #expect(created.status == .created, "\(created.body.string)")
                return try created.content.decode(API.ApplicationDTO.self)
            }
            let late = try await apply("particulars", changedOn: today.addingMonths(-2).description, name: "上海示范线缆股份有限公司")
            #expect(late.number.hasPrefix("BG-") && late.lateChange && late.problems.isEmpty, "\(late.problems)")
            let future = try await apply("particulars", changedOn: today.adding(days: 3).description)
            #expect(future.problems.map(\.code) == ["change.date-missing"])

            _ = try await app.send(.POST, "/api/v1/applications/\(late.number)/submit", headers: enterprise)
            _ = try await app.send(.POST, "/api/v1/applications/\(late.number)/accept", headers: officer)
            let granted = try await app.send(.POST, "/api/v1/applications/\(late.number)/grant", headers: officer).content.decode(API.ApplicationDTO.self)
            #expect(granted.certificate == certificate && granted.onSiteReview == nil)
            let after = try await app.send(.GET, "/api/v1/certificates/\(encoded)").content.decode(API.CertificateDTO.self)
            #expect(after.holder == "上海示范线缆股份有限公司" && after.validUntil == before.validUntil && after.version == 2)

            let moved = try await apply("conditions", changedOn: today.description)
            _ = try await app.send(.POST, "/api/v1/applications/\(moved.number)/submit", headers: enterprise)
            _ = try await app.send(.POST, "/api/v1/applications/\(moved.number)/accept", headers: officer)
            let reviewed = try await app.send(.POST, "/api/v1/applications/\(moved.number)/grant", headers: officer).content.decode(API.ApplicationDTO.self)
            #expect(reviewed.onSiteReview?.hasPrefix("XC-") == true && moved.lateChange == false)
        }
    }

    @Test("the pages: an officer opens a cancellation from the certificate page and takes its steps; the public sees no form")
    func exitPages() async throws {
        try await Self.withApplicant { app, enterprise in
            let officer = app.account("pudong.officer")
            let certificate = try await Self.granted(in: app, enterprise: enterprise)
            let path = "/certificates/" + certificate.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            #expect(!(try await app.send(.GET, path).text.contains("办理许可退出")))
            #expect(try await app.send(.GET, path, headers: officer.cookie).text.contains("办理许可退出"))
            let opened = try await app.send(.POST, "/exits", headers: officer.cookie, form: [
                "csrf": officer.csrf, "certificate": certificate, "kind": "cancellation", "ground": "企业申请停止生产",
            ])
            #expect(opened.status == .seeOther)
            let page = try #require(opened.headers.first(name: .location))
            #expect(try await app.send(.GET, page, headers: officer.cookie).text.contains("作出决定"))
            for step in ["decide", "serve", "execute"] {
                let res = try await app.send(.POST, "\(page)/\(step)", headers: officer.cookie, form: ["csrf": officer.csrf, "text": "文书 \(step)"])
                #expect(res.status == .seeOther, "\(step): \(res.body.string)")
            }
            #expect(try await app.send(.GET, page, headers: officer.cookie).text.contains("退出程序已办结"))
            #expect(try await app.send(.GET, path).text.contains("已注销"))
        }
    }
}
