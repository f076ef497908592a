import PermitCore
import PermitStore
import Vapor

/// The workbench each role lands on after signing in.
enum HomeController {
    struct Content: Encodable, Sendable {
        let welcome: String
        let role: String
        let roleKey: String
        let district: String?
        let introduction: String
        let worklist: [String]
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let language = req.language
        let district = try await user.district.asyncMap { try await req.store.accounts.district($0) }
        let content = Content(
            welcome: Phrase.homeWelcome.text(language, ["name": user.displayName]),
            role: user.role.phrase.text(language),
            roleKey: user.role.rawValue,
            district: district.flatMap { $0 }.map { "\($0.name)（\($0.code)）" },
            introduction: user.role.homeIntroduction.text(language),
            worklist: []
        )
        return try await Page(title: .homeTitle, content: content, request: req).render(on: req, template: "home")
    }
}

extension Optional {
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
