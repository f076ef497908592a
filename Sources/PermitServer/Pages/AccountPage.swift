import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The signed-in user's own password: changed at will, or first of all
/// after an administrator reset it.
enum AccountPage {
    static let path = PageURL.ownPassword.path

    struct Content: Encodable, Sendable {
        let required: Bool
        let errors: [String]
        let notice: String?
    }

    struct Form: ProtectedForm {
        let currentPassword: String
        let newPassword: String
        let csrf: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let notice = req.query[String.self, at: "changed"].map { _ in Phrase.accountPasswordChanged.text(req.language) }
        return try await render(on: req, errors: [], notice: notice, status: .ok)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let form = try req.decodeForm(Form.self)
        return try await req.submit {
            _ = try await AccountCommands.changeOwnPassword(
                current: form.currentPassword, new: form.newPassword, keeping: req.authenticated?.tokenHash,
                passwords: req.passwordWork, in: req.commandContext
            )
            return path + "?changed=1"
        } orShowAgain: { errors, status in
            try await render(on: req, errors: errors, notice: nil, status: status)
        }
    }

    private static func render(on req: Request, errors: [String], notice: String?, status: HTTPResponseStatus) async throws -> Response {
        let content = Content(required: try req.requireUser().mustChangePassword, errors: errors, notice: notice)
        return try await Page(title: .accountPasswordTitle, content: content, request: req)
            .render(on: req, template: "account-password", status: status)
    }
}
