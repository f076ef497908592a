import Crypto
import Foundation

/// 原始记录 — the originals (photos, videos, scans) behind the records. Kept
/// by their SHA-256, so one content is one blob, and a blob once written is
/// never replaced or removed (REC-9): the interface has no way to.
public protocol BlobStore: Sendable {
    /// Takes a finished file in and consumes it; content already present is
    /// kept as it is.
    func adopt(_ file: URL) throws -> Blob
    /// Reads a blob from its start; `nil` when the store does not hold it.
    func open(_ digest: String) throws -> (any BlobReader)?
    /// The blob as a local file, for tools that read files (ffprobe); nil
    /// for a store that keeps blobs elsewhere.
    func localFile(_ digest: String) -> URL?
}

/// A stored original, named by its content.
public struct Blob: Sendable, Hashable, Codable {
    /// Lower-case hex SHA-256 of the content.
    public let sha256: String
    public let size: Int

    public init(sha256: String, size: Int) {
        self.sha256 = sha256
        self.size = size
    }

    /// The SHA-256 and size of what `reader` yields, read in chunks.
    public static func hashing(_ reader: any BlobReader) throws -> Blob {
        var hasher = SHA256(), size = 0
        while let chunk = try reader.read(upTo: 1 << 20) {
            hasher.update(data: chunk)
            size += chunk.count
        }
        return Blob(sha256: hasher.finalize().map { String(format: "%02x", $0) }.joined(), size: size)
    }
}

/// A blob read in chunks, so a video reaches the client in constant memory.
public protocol BlobReader: Sendable {
    var size: Int { get }
    /// The next chunk, or `nil` at the end.
    func read(upTo count: Int) throws -> Data?
    func close()
}
