import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// An original from the blob store, streamed as a download in constant
/// memory, never cached, with its SHA-256 for the receiver to check.
enum BlobResponse {
    static func download(_ digest: String, type: HTTPMediaType, fileName: String, on req: Request) throws -> Response {
        guard let reader = try req.store.evidence.blobs.open(digest) else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fileName)\"")
        headers.replaceOrAdd(name: .contentLength, value: String(reader.size))
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        headers.replaceOrAdd(name: "X-Content-SHA256", value: digest)
        let body = Response.Body(asyncStream: { writer in
            defer { reader.close() }
            do {
                while let chunk = try reader.read(upTo: 1 << 20) {
                    try await writer.write(.buffer(ByteBuffer(bytes: chunk)))
                }
                try await writer.write(.end)
            } catch {
                try await writer.write(.error(error))
            }
        }, count: reader.size)
        return Response(status: .ok, headers: headers, body: body)
    }
}
