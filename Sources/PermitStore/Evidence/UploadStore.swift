import Crypto
import Foundation

/// An upload in progress (tus 1.0): what the client announced, and how many
/// bytes the server has acknowledged. Transfer state, not a record: it
/// becomes part of the ledger only when a finished upload is recorded.
public struct UploadInfo: Codable, Sendable, Equatable {
    public let id: String
    public let length: Int
    /// Bytes received, made durable and acknowledged to the client.
    public internal(set) var offset: Int
    /// The client's `Upload-Metadata`, decoded. A file name here is metadata
    /// only: it never becomes part of a path.
    public let metadata: [String: String]
    /// Who created it; only they may continue or record it.
    public let owner: String
    public let createdAt: Date
    /// Set when the last byte arrived and the content moved to the blob store.
    public internal(set) var blob: Blob?

    public var isComplete: Bool { blob != nil }
}

/// A checksum the client sent for a chunk (`Upload-Checksum`).
public struct ChunkChecksum: Sendable, Equatable {
    public enum Algorithm: String, Sendable, CaseIterable {
        case sha1, sha256
    }

    public let algorithm: Algorithm
    public let digest: Data

    public init(algorithm: Algorithm, digest: Data) {
        self.algorithm = algorithm
        self.digest = digest
    }
}

public enum UploadError: Error, Equatable {
    case notFound
    case offsetMismatch(expected: Int)
    case tooLong(length: Int)
    case checksumMismatch
    case busy
    case alreadyComplete
    case system(operation: String, code: Int32)
}

/// Uploads as two files under `<data>/uploads`: `<id>.part` with the bytes
/// and `<id>.json` with the acknowledged offset. A PATCH first cuts the part
/// back to that offset, so bytes a crash or a broken connection left
/// unacknowledged never count; then it appends, syncs, and moves the offset.
public struct FileUploadStore: Sendable {
    public let directory: URL
    public let blobs: any BlobStore

    public init(directory: URL, blobs: any BlobStore) throws {
        self.directory = directory
        self.blobs = blobs
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    public func create(id: String, length: Int, metadata: [String: String], owner: String, at now: Date) throws -> UploadInfo {
        guard Self.isID(id) else { throw UploadError.notFound }
        let info = UploadInfo(id: id, length: length, offset: 0, metadata: metadata, owner: owner, createdAt: now, blob: nil)
        guard FileManager.default.createFile(atPath: part(id).path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw UploadError.system(operation: "create", code: errno)
        }
        try save(info)
        if length == 0 { return try finish(info) }
        return info
    }

    public func info(_ id: String) throws -> UploadInfo? {
        guard Self.isID(id), let data = FileManager.default.contents(atPath: infoFile(id).path) else { return nil }
        return try JSONDecoder().decode(UploadInfo.self, from: data)
    }

    /// Appends the chunks sent at `offset`. Without a checksum every byte
    /// received counts, so a broken connection resumes where it broke; with
    /// one, the chunk counts only whole and verified.
    public func append(
        _ id: String, at offset: Int, checksum: ChunkChecksum?, chunks: some AsyncSequence<Data, any Error>
    ) async throws -> UploadInfo {
        guard var info = try info(id) else { throw UploadError.notFound }
        guard !info.isComplete else { throw UploadError.alreadyComplete }
        guard offset == info.offset else { throw UploadError.offsetMismatch(expected: info.offset) }
        let descriptor = Foundation.open(part(id).path, O_WRONLY)
        guard descriptor >= 0 else { throw UploadError.system(operation: "open", code: errno) }
        defer { close(descriptor) }
        // One writer per upload, also across server processes.
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { throw UploadError.busy }
        info = try self.info(id) ?? info
        guard offset == info.offset else { throw UploadError.offsetMismatch(expected: info.offset) }
        guard ftruncate(descriptor, off_t(info.offset)) == 0, lseek(descriptor, off_t(info.offset), SEEK_SET) >= 0 else {
            throw UploadError.system(operation: "truncate", code: errno)
        }
        var hasher = checksum.map { ChunkHasher($0.algorithm) }
        var written = 0
        var failure: (any Error)?
        do {
            for try await chunk in chunks {
                guard info.offset + written + chunk.count <= info.length else { throw UploadError.tooLong(length: info.length) }
                try Self.write(chunk, to: descriptor)
                hasher?.update(chunk)
                written += chunk.count
            }
        } catch {
            failure = error
        }
        if let checksum, failure != nil || hasher?.finalize() != checksum.digest {
            // An unverified or partial chunk is dropped whole.
            _ = ftruncate(descriptor, off_t(info.offset))
            throw failure ?? UploadError.checksumMismatch
        }
        guard fsync(descriptor) == 0 else { throw UploadError.system(operation: "fsync", code: errno) }
        info.offset += written
        try save(info)
        if let failure { throw failure }
        return info.offset == info.length ? try finish(info) : info
    }

    /// An upload whose length is known only at its end: a plain form's file.
    /// `body` writes the bytes through the function it is given and returns
    /// the metadata, learnt as the form ends. The upload exists only once
    /// every byte is durable; if `body` throws, nothing is left behind.
    public func receive(
        id: String, owner: String, at now: Date,
        _ body: (_ write: @escaping @Sendable (Data) throws -> Void) async throws -> [String: String]
    ) async throws -> UploadInfo {
        guard Self.isID(id) else { throw UploadError.notFound }
        let path = part(id).path
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw UploadError.system(operation: "create", code: errno) }
        let written = Counter()
        do {
            let metadata = try await body { data in
                try Self.write(data, to: descriptor)
                written.add(data.count)
            }
            guard fsync(descriptor) == 0 else { throw UploadError.system(operation: "fsync", code: errno) }
            close(descriptor)
            let length = written.value
            return try finish(UploadInfo(id: id, length: length, offset: length, metadata: metadata, owner: owner, createdAt: now, blob: nil))
        } catch {
            close(descriptor)
            unlink(path)
            unlink(infoFile(id).path)
            throw error
        }
    }

    /// Drops an unfinished upload (tus termination). A finished one is an
    /// original in the blob store and is refused.
    public func abandon(_ id: String) throws {
        guard let info = try info(id) else { throw UploadError.notFound }
        guard !info.isComplete else { throw UploadError.alreadyComplete }
        let descriptor = Foundation.open(part(id).path, O_WRONLY)
        guard descriptor >= 0 else { throw UploadError.notFound }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { throw UploadError.busy }
        unlink(infoFile(id).path)
        unlink(part(id).path)
    }

    private func finish(_ info: UploadInfo) throws -> UploadInfo {
        var info = info
        info.blob = try blobs.adopt(part(info.id))
        try save(info)
        return info
    }

    /// Bytes written so far, from the writer the form's stream calls.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var total = 0
        func add(_ count: Int) { lock.withLock { total += count } }
        var value: Int { lock.withLock { total } }
    }

    private func save(_ info: UploadInfo) throws {
        let data = try JSONEncoder().encode(info)
        let temporary = directory.appendingPathComponent("\(info.id).json.tmp")
        try data.write(to: temporary)
        try Durable.sync(temporary)
        guard rename(temporary.path, infoFile(info.id).path) == 0 else { throw UploadError.system(operation: "rename", code: errno) }
        try Durable.sync(directory)
    }

    private static func write(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { buffer in
            var start = 0
            while start < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + start, buffer.count - start)
                guard count > 0 else { throw UploadError.system(operation: "write", code: errno) }
                start += count
            }
        }
    }

    /// Upload ids are ours (hex), never the client's: nothing else reaches a path.
    static func isID(_ id: String) -> Bool {
        (16...64).contains(id.utf8.count) && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private func part(_ id: String) -> URL { directory.appendingPathComponent("\(id).part") }
    private func infoFile(_ id: String) -> URL { directory.appendingPathComponent("\(id).json") }
}

private struct ChunkHasher {
    private var sha1: Insecure.SHA1?
    private var sha256: SHA256?

    init(_ algorithm: ChunkChecksum.Algorithm) {
        switch algorithm {
        case .sha1: sha1 = Insecure.SHA1()
        case .sha256: sha256 = SHA256()
        }
    }

    mutating func update(_ data: Data) {
        sha1?.update(data: data)
        sha256?.update(data: data)
    }

    func finalize() -> Data {
        if let sha1 { return Data(sha1.finalize()) }
        return Data(sha256!.finalize())
    }
}
