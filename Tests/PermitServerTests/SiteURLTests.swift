@testable import PermitServer
import PermitCore
import Testing

@Suite("SiteURL — one spelling of a path for routes, links and the OpenAPI document")
struct SiteURLTests {
    @Test("a link fills its parameters and percent-encodes them as one segment each")
    func links() {
        #expect(CaseURL.case(.value("XC-2026-00001")).path == "/cases/XC-2026-00001")
        #expect(RegistryURL.inspectors(district: .value("310115")).path == "/districts/310115/inspectors")
        #expect(AccountURL.user(.value("张 三/x"), .disable).path == "/admin/users/%E5%BC%A0%20%E4%B8%89%2Fx/disable")
        #expect(PageURL.root.path == "/")
    }

    @Test("a query leaves out nil values, encodes the rest, and keeps slashes in a path it carries")
    func queries() {
        #expect(RegistryURL.enterprises.path(["q": "上海 a&b", "offset": 20, "district": nil as String?]) == "/enterprises?q=%E4%B8%8A%E6%B5%B7%20a%26b&offset=20")
        #expect(PageURL.login.path(["next": "/cases/XC-2026-00001"]) == "/login?next=/cases/XC-2026-00001")
        #expect(CaseURL.case(.value("XC-2026-00001")).path([:], fragment: "node-plan") == "/cases/XC-2026-00001#node-plan")
        #expect(RegistryURL.api(.export).path(["district": nil as String?]) == "/api/v1/enterprises/export")
    }

    @Test("registration and the OpenAPI document name the parameters")
    func patterns() {
        let url = CaseURL.api(.complete(.key, node: .key))
        #expect(url.openAPIPath == "/api/v1/cases/{number}/nodes/{node}/complete")
        #expect(url.pathComponents.map { "\($0)" } == ["api", "v1", "cases", ":number", "nodes", ":node", "complete"])
        #expect(LedgerURL.tile(level: .key, rest: nil).pathComponents.map { "\($0)" } == ["ledger", "tile", ":level", "**"])
    }
}
