import PermitCore
import Vapor

/// Answers an oversized request line with 414 and oversized headers with 431,
/// in the caller's language, instead of letting them reach the handlers.
///
/// The HTTP parser below Vapor closes the connection without a word past
/// 80 KiB of request head, and offers no hook to answer instead; these limits
/// sit well below it (and match common proxies), so any client that stays
/// under the parser's own limit is told what was wrong.
struct RequestHeadLimitMiddleware: Middleware {
    static let maxTargetBytes = 8 * 1024
    static let maxHeaderBytes = 32 * 1024

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if request.url.string.utf8.count > Self.maxTargetBytes {
            return request.eventLoop.makeFailedFuture(Problem(
                kind: .uriTooLong, detail: Phrase.problemURITooLongDetail(limit: Self.maxTargetBytes)
            ))
        }
        let headerBytes = request.headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 }
        if headerBytes > Self.maxHeaderBytes {
            return request.eventLoop.makeFailedFuture(Problem(
                kind: .headersTooLarge, detail: Phrase.problemHeadersTooLargeDetail(limit: Self.maxHeaderBytes)
            ))
        }
        return next.respond(to: request)
    }
}
