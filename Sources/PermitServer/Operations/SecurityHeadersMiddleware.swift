import Vapor

/// Headers every answer carries, pages, problems and files alike. Pages use
/// no script and one inline style sheet, so the policy allows nothing else;
/// no other site may frame them (clickjacking), guess their types, or learn
/// their paths through the referrer.
struct SecurityHeadersMiddleware: Middleware {
    static let contentSecurityPolicy = [
        "default-src 'none'", "style-src 'unsafe-inline'", "img-src 'self' data:", "form-action 'self'",
        "base-uri 'none'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// Sent only when the installation is served over HTTPS, where it holds.
    let strictTransportSecurity: Bool

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            let headers = [
                ("Content-Security-Policy", Self.contentSecurityPolicy), ("X-Content-Type-Options", "nosniff"),
                ("Referrer-Policy", "same-origin"), ("X-Frame-Options", "DENY"),
            ] + (strictTransportSecurity ? [("Strict-Transport-Security", "max-age=31536000")] : [])
            for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
            return response
        }
    }
}
