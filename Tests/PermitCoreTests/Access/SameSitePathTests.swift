import PermitCore
import Testing

@Suite("SameSitePath — redirect targets never leave the site")
struct SameSitePathTests {
    @Test("paths a browser could read as another origin are refused", arguments: [
        "//evil.example/x", "https://evil.example", "javascript:alert(1)", "evil.example", "",
        "/\t/evil.example/fake-login", "/\n/evil.example", "/\r/evil.example", "\t//evil.example",
        "/\\evil.example", "/x\\y", " /home", "/home ", "/\u{0}x", "/\u{7F}x", "/\u{85}x",
        "/\u{200B}/evil.example", "/\u{2028}/evil.example", "/\u{00A0}/evil.example", "/\u{3000}x",
    ])
    func refused(candidate: String) {
        #expect(SameSitePath(candidate) == nil)
        #expect(SameSitePath.resolve(candidate) == .home)
    }

    @Test("same-site paths with queries and Chinese text are kept", arguments: [
        "/home", "/", "/enterprises?q=%E6%B5%A6%E4%B8%9C&page=2", "/enterprises/9a0e?tab=history", "/admin/users#new",
        "/enterprises?q=浦东",
    ])
    func kept(candidate: String) {
        #expect(SameSitePath(candidate)?.rawValue == candidate)
    }

    @Test("no target goes home")
    func missing() {
        #expect(SameSitePath.resolve(nil) == .home)
    }
}
