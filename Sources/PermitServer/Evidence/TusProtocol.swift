import Foundation
import PermitStore
import Vapor

/// The parts of tus 1.0 (tus.io/protocols/resumable-upload) read from and
/// written to headers; the bytes themselves are `FileUploadStore`'s.
enum TusProtocol {
    static let version = "1.0.0"
    /// Termination is advertised because tus clients expect it for uploads
    /// abandoned half-way; a finished upload is evidence and is refused.
    static let extensions = "creation,checksum,termination"
    static let offsetContentType = "application/offset+octet-stream"

    /// `Upload-Metadata`: comma-separated `key base64value` pairs; a key
    /// may stand alone. Values that are not Base64 or not UTF-8 are refused.
    static func metadata(_ header: String?) throws(TusHeaderError) -> [String: String] {
        guard let header, !header.isEmpty else { return [:] }
        var pairs: [String: String] = [:]
        for item in header.split(separator: ",") {
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
            guard let key = parts.first, parts.count <= 2, key.utf8.count <= 100, pairs[String(key)] == nil else {
                throw .invalid("Upload-Metadata")
            }
            if parts.count == 1 {
                pairs[String(key)] = ""
                continue
            }
            guard let data = Data(base64Encoded: String(parts[1])), let value = String(data: data, encoding: .utf8) else {
                throw .invalid("Upload-Metadata")
            }
            pairs[String(key)] = value
        }
        return pairs
    }

    /// `Upload-Checksum: <algorithm> <base64 digest>`.
    static func checksum(_ header: String?) throws(TusHeaderError) -> ChunkChecksum? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { throw .invalid("Upload-Checksum") }
        guard let algorithm = ChunkChecksum.Algorithm(rawValue: parts[0].lowercased()) else { throw .unsupportedChecksum }
        guard let digest = Data(base64Encoded: String(parts[1])) else { throw .invalid("Upload-Checksum") }
        return ChunkChecksum(algorithm: algorithm, digest: digest)
    }

    /// A non-negative decimal header, as `Upload-Length` and `Upload-Offset`.
    static func count(_ name: String, in headers: HTTPHeaders) throws(TusHeaderError) -> Int {
        guard let text = headers.first(name: name) else { throw .missing(name) }
        guard text.utf8.count <= 18, text.utf8.allSatisfy({ (48...57).contains($0) }), let value = Int(text) else {
            throw .invalid(name)
        }
        return value
    }
}

/// A tus header missing or wrong; answered as a 400, or 412 for the version.
enum TusHeaderError: Error, Equatable {
    case missing(String)
    case invalid(String)
    case unsupportedVersion
    case unsupportedChecksum
}

/// Every tus reply names the protocol version, as the protocol requires;
/// a request for another version is refused before its handler runs.
struct TusResumableMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response: Response
        if request.method != .OPTIONS, request.method != .GET, request.headers.first(name: "Tus-Resumable") != TusProtocol.version {
            response = await ProblemMiddleware.reply(to: TusHeaderError.unsupportedVersion, for: request)
            response.headers.replaceOrAdd(name: "Tus-Version", value: TusProtocol.version)
        } else {
            do {
                response = try await next.respond(to: request)
            } catch {
                response = await ProblemMiddleware.reply(to: error, for: request)
            }
        }
        response.headers.replaceOrAdd(name: "Tus-Resumable", value: TusProtocol.version)
        return response
    }
}
