import PermitCore
import Vapor

extension Request {
    /// Decodes an API body, which must be JSON: any other media type is a 415
    /// rather than a guess by another decoder.
    func decodeJSON<Body: Decodable>(_ type: Body.Type) throws -> Body {
        guard let contentType = headers.contentType, contentType.type == "application", contentType.subType == "json" else {
            throw Problem(kind: .unsupportedMediaType, detail: .problemUnsupportedMediaTypeDetail)
        }
        return try content.decode(Body.self, using: JSONDecoder())
    }
}

/// Refuses a body larger than the configured limit before any handler reads
/// it. Vapor enforces the same limit while collecting a streamed body; this
/// also covers a declared `Content-Length` and bodies that arrive whole.
struct BodyLimitMiddleware: Middleware {
    let limit: Int

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let declared = request.headers.first(name: .contentLength).flatMap(Int.init) ?? 0
        let received = request.body.data?.readableBytes ?? 0
        let limit = request.route?.bodyLimit ?? self.limit
        guard max(declared, received) <= limit else { return request.eventLoop.makeFailedFuture(Abort(.payloadTooLarge)) }
        return next.respond(to: request)
    }
}
