import Foundation
import PermitCore
@testable import PermitServer
import PermitStore
import PermitTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Pages — every page in both languages, escaped, usable without JavaScript (X-3)")
struct PageTests {
    static let hostile = #"<script>alert("x")</script>"#

    static let viewsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PermitServer/Resources/Views")

    /// Every page a signed-in or anonymous person can reach, with who sees it.
    static let pages: [(path: String, account: String?)] = [
        ("/login", nil),
        ("/home", "city.admin"), ("/home", "pudong.officer"), ("/home", "pudong.inspector"), ("/home", "review.agency"),
        ("/home", "demo.enterprise"), ("/home", "demo.lab"), ("/home", "auditor"),
        ("/admin/users", "city.admin"), ("/admin/districts", "city.admin"),
        ("/no-such-page", "auditor"), ("/admin/users", "auditor"),
        ("/enterprises", "city.admin"), ("/enterprises?q=%3Cscript%3E", "pudong.inspector"), ("/enterprises/import", "city.admin"),
        ("/inspectors/import", "city.admin"),
        ("/calendar?year=2025&from=2025-09-30&days=3", "pudong.inspector"), ("/calendar?from=%3Cscript%3E&days=x", "auditor"),
        ("/ledger", nil), ("/admin/ledger", "auditor"), ("/admin/ledger?kind=district&id=310115", "city.admin"),
        ("/admin/ledger?kind=%3Cscript%3Ealert(1)%3C%2Fscript%3E&id=%22%3E%3Cscript%3E", "city.admin"),
        ("/catalogue", "city.admin"), ("/catalogue", "demo.enterprise"), ("/inspectors", "auditor"),
        ("/districts/310115/inspectors", "pudong.officer"), ("/districts/310115/inspectors", "pudong.inspector"),
    ]

    @Test("every phrase a template names exists in the catalogue")
    func templateKeys() throws {
        let known = Set(Phrase.allCases.map(\.rawValue))
        let templates = try FileManager.default.contentsOfDirectory(at: Self.viewsFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "leaf" }
        #expect(templates.count >= 6)
        for template in templates {
            let text = try String(contentsOf: template, encoding: .utf8)
            for match in text.matches(of: /\bt\.([A-Za-z]+)/) {
                #expect(known.contains(String(match.1)), "\(template.lastPathComponent) names unknown phrase t.\(match.1)")
            }
            #expect(!text.contains("#unsafeHTML"), "\(template.lastPathComponent) turns escaping off")
        }
    }

    @Test("every page renders in Chinese and in English", arguments: Language.allCases)
    func bothLanguages(language: Language) async throws {
        try await withTestApp { app in
            for page in Self.pages {
                var headers = HTTPHeaders([("Accept-Language", language == .en ? "en" : "zh-CN")])
                if let name = page.account { headers = headers.merging(app.account(name).cookie) }
                let res = try await app.send(.GET, page.path, headers: headers)
                #expect(res.headers.contentType?.subType == "html", "\(page.path)")
                #expect(res.text.contains(#"<html lang="\#(language.tag)">"#), "\(page.path) in \(language)")
                #expect(res.text.contains(Phrase.footerNote.text(language)), "\(page.path) in \(language)")
                #expect(res.text.contains(#"name="viewport""#))
                #expect(!res.text.contains("<script"), "\(page.path) needs no JavaScript")
                // A phrase of the other language would mean a string outside the catalogue.
                let other = Language.allCases.first { $0 != language }!
                #expect(!res.text.contains(Phrase.footerNote.text(other)))
            }
        }
    }

    @Test("each role's home page says what the role is for", arguments: TestApp.fixtureAccounts.map(\.0))
    func homePerRole(name: String) async throws {
        try await withTestApp { app in
            let account = app.account(name)
            let res = try await app.send(.GET, "/home", headers: account.cookie)
            #expect(res.status == .ok)
            #expect(res.text.contains(account.user.role.homeIntroduction.text(.zhHans)))
            #expect(res.text.contains(#"data-role="\#(account.user.role.rawValue)""#))
        }
    }

    @Test("values people typed are escaped on every page that shows them")
    func escaping() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            let draft = AccountDraft(username: "hostile", displayName: Self.hostile, role: "auditor", district: nil, password: "correct horse battery")
            _ = try await app.store.testWrites.create(try AccountRules.validate(draft), passwordHash: "x", by: .system("t"), at: .t0)
            _ = try await app.store.testWrites.add(District(code: DistrictCode(rawValue: "310116")!, name: #""><b>金山</b>"#, level: .district), by: .system("t"), at: .t0)
            for path in ["/admin/users", "/admin/districts"] {
                let res = try await app.send(.GET, path, headers: admin.cookie)
                #expect(!res.text.contains(Self.hostile), "\(path)")
                #expect(!res.text.contains("<b>金山</b>"), "\(path)")
                #expect(res.text.contains("&lt;script&gt;") || res.text.contains("&lt;b&gt;"), "\(path)")
            }
        }
    }

    @Test("the language switch remembers the choice and stays on the site")
    func languageSwitch() async throws {
        try await withTestApp { app in
            let res = try await app.send(.GET, "/language/en?next=/login")
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location) == "/login")
            let cookie = try #require(res.headers.setCookie?[Request.languageCookie]?.string)
            #expect(cookie == "en")
            let page = try await app.send(.GET, "/login", headers: ["Cookie": "\(Request.languageCookie)=en", "Accept-Language": "zh-CN"])
            #expect(page.text.contains(#"<html lang="en">"#))
            let away = try await app.send(.GET, "/language/zh-Hans?next=//evil.example")
            #expect(away.headers.first(name: .location) == "/home")
        }
    }

    @Test("the user form creates an account with its token, and shows refusals inline")
    func userForm() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            let fields = ["username": "zhou.qi", "displayName": "周琦", "role": "inspector", "district": "310104", "password": "correct horse battery"]
            let forged = try await app.send(.POST, "/admin/users", headers: admin.cookie, form: fields)
            #expect(forged.status == .forbidden)
            #expect(try await app.store.accounts.user(named: Username(rawValue: "zhou.qi")!) == nil)

            let created = try await app.send(.POST, "/admin/users", headers: admin.cookie, form: fields.merging(["csrf": admin.csrf]) { $1 })
            #expect(created.status == .seeOther)
            #expect(try await app.store.accounts.user(named: Username(rawValue: "zhou.qi")!)?.district == TestApp.xuhui)

            let again = try await app.send(.POST, "/admin/users", headers: admin.cookie, form: fields.merging(["csrf": admin.csrf, "password": "short"]) { $1 })
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("密码：至少 10 个字符"))
            #expect(again.text.contains(#"value="周琦""#))
        }
    }

    @Test("the district form adds a district and names a bad code")
    func districtForm() async throws {
        try await withTestApp { app in
            let admin = app.account("city.admin")
            let added = try await app.send(.POST, "/admin/districts", headers: admin.cookie, form: ["code": "310151", "name": "崇明区", "level": "district", "csrf": admin.csrf])
            #expect(added.status == .seeOther)
            let bad = try await app.send(.POST, "/admin/districts", headers: admin.cookie, form: ["code": "3101", "name": "坏", "level": "district", "csrf": admin.csrf])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("行政区划代码：格式不正确"))
        }
    }
}
