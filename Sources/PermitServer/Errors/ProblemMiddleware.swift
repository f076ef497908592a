import PermitCore
import PermitStore
import Vapor

/// Turns every error into a reply in the user's language: an RFC 9457
/// `application/problem+json` body for the API, an error page for people.
/// Internal errors are logged with the request id, which the reply carries;
/// their text never leaves the server.
struct ProblemMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request)
            .flatMapError { error in request.eventLoop.makeFutureWithTask { await Self.reply(to: error, for: request) } }
            .map { response in
                response.headers.replaceOrAdd(name: "X-Request-Id", value: request.id)
                return response
            }
    }

    static func reply(to error: any Error, for request: Request) async -> Response {
        // An upload route names its own limit, not the general one.
        let limit = request.route?.bodyLimit ?? request.appContext.configuration.maxBodySize
        var problem = Problem(error, maxBodySize: limit)
        // No route matched: if the path exists for other methods, say so.
        if problem.kind == .notFound, request.route == nil,
           let allowed = request.application.allowedMethods?.methods(for: request.url.path) {
            problem = Problem(kind: .methodNotAllowed, detail: Phrase.problemMethodNotAllowedDetail(allowed: allowed))
            problem.allowedMethods = allowed
        }
        if problem.kind == .internalError {
            request.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
        }
        if !request.wantsProblemJSON {
            if problem.kind == .unauthorized {
                return request.redirect(to: PageURL.login.path(["next": request.url.path]), redirectType: .normal)
            }
            if problem.kind == .passwordChangeRequired {
                return request.redirect(to: AccountPage.path, redirectType: .normal)
            }
            if let page = try? await ErrorPage.render(problem, on: request) {
                if let allowed = problem.allowedMethods { page.headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", ")) }
                return page
            }
        }
        return problemResponse(problem, for: request)
    }

    private static func problemResponse(_ problem: Problem, for request: Request) -> Response {
        let document = problem.document(request.language, requestID: request.id, instance: request.url.path)
        let response = Response(status: problem.kind.status)
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
            try response.content.encode(document, using: encoder)
        } catch {
            response.body = .init(string: #"{"type":"about:blank","status":500}"#)
        }
        response.headers.contentType = ProblemDocument.contentType
        response.headers.replaceOrAdd(name: .contentLanguage, value: request.language.tag)
        if let seconds = problem.retryAfterSeconds {
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
        }
        if let allowed = problem.allowedMethods {
            response.headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", "))
        }
        return response
    }
}

extension Request {
    /// API and operations routes always answer in JSON; pages answer in HTML
    /// unless the client asks for JSON first.
    var wantsProblemJSON: Bool {
        if isAPI || url.path == OperationsURL.health.path || url.path == OperationsURL.metrics.path { return true }
        let accept = headers.accept.mediaTypes
        guard let first = accept.first else { return false }
        return first == .json || first.subType == "problem+json"
    }
}
