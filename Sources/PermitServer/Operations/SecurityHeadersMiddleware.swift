import Vapor

/// Headers every answer carries, pages, problems and files alike. Pages use
/// no script (but the capture page, with its own policy) and one inline
/// style sheet, so the policy allows nothing else;
/// no other site may frame them (clickjacking), guess their types, or learn
/// their paths through the referrer.
struct SecurityHeadersMiddleware: Middleware {
    static let contentSecurityPolicy = [
        "default-src 'none'", "style-src 'unsafe-inline'", "img-src 'self' data:", "form-action 'self'",
        "base-uri 'none'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// The field-capture page, the one page with a script: the server's own
    /// file only (no inline script, no other host), speaking to this origin
    /// only, and showing its captures' previews from `blob:` addresses.
    static let capturePagePolicy = [
        "default-src 'none'", "script-src 'self'", "connect-src 'self'", "style-src 'unsafe-inline'",
        "img-src 'self' data: blob:", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// Sent only when the installation is served over HTTPS, where it holds.
    let strictTransportSecurity: Bool

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            // A handler that chose its page's policy (the capture page) keeps
            // it; every other answer gets the script-free one.
            if !response.headers.contains(name: "Content-Security-Policy") {
                response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
            }
            let headers = [
                ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "same-origin"), ("X-Frame-Options", "DENY"),
            ] + (strictTransportSecurity ? [("Strict-Transport-Security", "max-age=31536000")] : [])
            for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
            return response
        }
    }
}
