import PermitCore
import PermitStore
import Vapor

/// A form posted from one of our pages; it carries the token that proves the
/// page was ours (CSRF protection).
protocol ProtectedForm: Content {
    var csrf: String? { get }
}

extension Request {
    static let preSessionCSRFCookie = "pt_csrf"

    /// The token a form must carry: the session's, or for the sign-in form,
    /// the one set in a cookie when the form was shown.
    var expectedCSRFToken: String? {
        authenticated?.session.csrfToken ?? cookies[Self.preSessionCSRFCookie]?.string
    }

    /// Decodes a page form and checks its token before anything else happens.
    func decodeForm<Form: ProtectedForm>(_ type: Form.Type) throws -> Form {
        let form = try content.decode(Form.self)
        try checkCSRF(sent: form.csrf)
        return form
    }

    /// Refuses a form whose token is not the one it must carry.
    func checkCSRF(sent: String?) throws {
        guard let expected = expectedCSRFToken, let sent, !expected.isEmpty, constantTimeEqual(expected, sent)
        else { throw Problem(kind: .formExpired, detail: .problemCSRFDetail) }
    }
}

extension Request {
    /// Runs a page form's command and follows the redirect it returns. A
    /// refusal the user can put right (a field, a conflict) shows the form
    /// again with the reasons, in the problem's status; anything else goes on
    /// to the error page.
    func submit(
        _ command: () async throws -> String,
        orShowAgain showForm: (_ errors: [String], _ status: HTTPResponseStatus) async throws -> Response
    ) async throws -> Response {
        let failure: FormFailure
        do {
            return redirect(to: try await command())
        } catch {
            guard let refusal = FormFailure(error) else { throw error }
            failure = refusal
        }
        return try await showForm(failure.messages(language), failure.status)
    }
}

/// Compares without stopping at the first difference, so timing does not leak
/// how much of a guessed token was right.
func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
    let a = Array(lhs.utf8), b = Array(rhs.utf8)
    guard a.count == b.count else { return false }
    return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
}
