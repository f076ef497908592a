import Crypto
import Foundation

/// The embedded default: blobs as read-only files under
/// `<data>/blobs/ab/cd/abcd…`. A blob enters by a hard link, which never
/// replaces an existing name, so two uploads of one content, or a crash
/// half-way, cannot damage what is stored.
public struct FileBlobStore: BlobStore {
    public let root: URL

    public init(root: URL) throws {
        self.root = root
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    public func adopt(_ file: URL) throws -> Blob {
        let blob = try Self.digest(of: file)
        let target = path(for: blob.sha256)
        let directory = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Durable.sync(file)
        if link(file.path, target.path) != 0 {
            guard errno == EEXIST else { throw BlobStoreError.system(operation: "link", code: errno) }
            // Same digest, same content: the stored blob stays untouched.
        } else {
            chmod(target.path, 0o444)
            try Durable.sync(directory)
        }
        unlink(file.path)
        return blob
    }

    public func open(_ digest: String) throws -> (any BlobReader)? {
        guard Self.isDigest(digest) else { return nil }
        let url = path(for: digest)
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 0)
        return FileBlobReader(handle: handle, size: Int(size))
    }

    public func localFile(_ digest: String) -> URL? {
        Self.isDigest(digest) ? path(for: digest) : nil
    }

    func path(for digest: String) -> URL {
        root.appendingPathComponent(String(digest.prefix(2)), isDirectory: true)
            .appendingPathComponent(String(digest.dropFirst(2).prefix(2)), isDirectory: true)
            .appendingPathComponent(digest)
    }

    /// Only a digest names a file here; anything else could walk the tree.
    static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// The SHA-256 and size of a file, read in chunks.
    public static func digest(of file: URL) throws -> Blob {
        let reader = FileBlobReader(handle: try FileHandle(forReadingFrom: file), size: 0)
        defer { reader.close() }
        return try Blob.hashing(reader)
    }
}

private final class FileBlobReader: BlobReader, @unchecked Sendable {
    // One reader serves one response; it is not shared between tasks.
    let handle: FileHandle
    let size: Int

    init(handle: FileHandle, size: Int) {
        self.handle = handle
        self.size = size
    }

    func read(upTo count: Int) throws -> Data? {
        let chunk = try handle.read(upToCount: count)
        return chunk?.isEmpty == false ? chunk : nil
    }

    func close() {
        try? handle.close()
    }
}

public enum BlobStoreError: Error, Equatable {
    case system(operation: String, code: Int32)
}

/// fsync for files and directories: what is acknowledged survives a crash.
enum Durable {
    static func sync(_ url: URL) throws {
        let descriptor = Foundation.open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw BlobStoreError.system(operation: "open", code: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw BlobStoreError.system(operation: "fsync", code: errno) }
    }
}
