import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import Testing
import Vapor
import VaporTesting

@Suite("Disclosure — an officer approves each publication; anyone reads it, without signing in")
struct DisclosureAPITests {
    @Test("a settled acceptance awaits approval; a reviewer is refused, the officer publishes once, the public page and API show it")
    func publish() async throws {
        try await CasesAPITests.withEnterprise { app in
            let officer = app.account("pudong.officer")
            let number = try await CasesAPITests.open("license-application", in: app)
            let node = "/api/v1/cases/\(number)/nodes/acceptance"
            #expect(try await app.send(.POST, "\(node)/publish", headers: officer.bearer).status == .conflict)
            _ = try await app.send(.POST, "\(node)/records", headers: officer.bearer, json: #"{"text":"受理通知书：申请材料齐全，予以受理。"}"#)
            #expect(try await app.send(.POST, "\(node)/complete", headers: officer.bearer).status == .ok)

            let page = try await app.send(.GET, "/cases/\(number)", headers: officer.cookie)
            #expect(page.body.string.contains("待审批公示"))
            #expect(page.body.string.contains("/cases/\(number)/nodes/acceptance/publish"))
            #expect(try await app.send(.GET, "/disclosures").body.string.contains("暂无公示信息"))

            #expect(try await app.send(.POST, "\(node)/publish", headers: app.account("auditor").bearer).status == .forbidden)
            #expect(try await app.send(.POST, "\(node)/publish", headers: app.account("xuhui.officer").bearer).status == .notFound)
            let done = try await app.send(
                .POST, "/cases/\(number)/nodes/acceptance/publish", headers: officer.cookie, form: ["csrf": officer.csrf]
            )
            #expect(done.status == .seeOther)
            let again = try await app.send(.POST, "\(node)/publish", headers: officer.bearer)
            #expect(again.status == .conflict)
            #expect(again.problem?.detail.contains("已经公示") == true)

            let site = try await app.send(.GET, "/disclosures")
            #expect(site.status == .ok)
            #expect(site.body.string.contains("申请材料齐全，予以受理"))
            #expect(site.body.string.contains("上海示范电缆有限公司"))
            let listed = try await app.send(.GET, "/api/v1/disclosures").content.decode([API.DisclosureDTO].self)
            #expect(listed.map(\.caseNumber) == [number])
            #expect(listed.first?.texts == ["受理通知书：申请材料齐全，予以受理。"])
            #expect(try await app.send(.GET, "/cases/\(number)", headers: officer.cookie).body.string.contains("已公示"))
            let kinds = try await app.store.ledger.recentEntries(limit: 5).map(\.entry.eventType)
            #expect(kinds.contains("disclosure.approved"))
        }
    }
}
