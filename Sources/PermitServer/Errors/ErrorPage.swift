import PermitCore
import Vapor

/// The error page people see: the same localized words as the problem body,
/// and the request id to quote to an administrator.
enum ErrorPage {
    struct Content: Encodable, Sendable {
        let status: Int
        let heading: String
        let detail: String
        let errors: [String]
        let requestId: String
    }

    static func render(_ problem: Problem, on request: Request) async throws -> Response {
        let document = problem.document(request.language, requestID: request.id, instance: request.url.path)
        let content = Content(
            status: document.status, heading: document.title, detail: document.detail,
            errors: document.errors?.map(\.detail) ?? [], requestId: request.id
        )
        let response = try await Page(title: .errorTitle, content: content, request: request)
            .render(on: request, template: "error", status: problem.kind.status)
        if let seconds = problem.retryAfterSeconds {
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
        }
        return response
    }
}
