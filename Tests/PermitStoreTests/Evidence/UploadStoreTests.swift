import Crypto
import Foundation
@testable import PermitStore
import Testing

@Suite("Evidence files — uploads resume from what was acknowledged; originals are written once")
struct UploadStoreTests {
    struct Broken: Error {}

    static func files() throws -> (EvidenceFiles, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-test-\(UUID().uuidString)")
        return (try EvidenceFiles(root: root), root)
    }

    static func chunks(_ parts: [Data], failingAfter count: Int? = nil) -> AsyncThrowingStream<Data, any Error> {
        AsyncThrowingStream { continuation in
            for (index, part) in parts.enumerated() {
                if let count, index == count {
                    continuation.finish(throwing: Broken())
                    return
                }
                continuation.yield(part)
            }
            continuation.finish()
        }
    }

    static func hex(_ data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }
    static let id = "0123456789abcdef0123456789abcdef"

    @Test("an upload sent in two chunks becomes a read-only blob named by its SHA-256")
    func twoChunks() async throws {
        let (files, root) = try Self.files()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = Data("现场核查视频".utf8) + Data(repeating: 7, count: 1000)
        let uploads = files.uploads
        _ = try uploads.create(id: Self.id, length: content.count, metadata: ["filename": "../../etc/passwd"], owner: "a", at: Date())
        let half = try await uploads.append(Self.id, at: 0, checksum: nil, chunks: Self.chunks([content.prefix(500)]))
        #expect(half.offset == 500 && !half.isComplete)
        let done = try await uploads.append(Self.id, at: 500, checksum: nil, chunks: Self.chunks([content.dropFirst(500)]))
        #expect(done.blob == Blob(sha256: Self.hex(content), size: content.count))
        let reader = try #require(try files.blobs.open(Self.hex(content)))
        #expect(try reader.read(upTo: 10_000) == content)
        reader.close()
        let attributes = try FileManager.default.attributesOfItem(atPath: (files.blobs as! FileBlobStore).path(for: Self.hex(content)).path)
        #expect((attributes[.posixPermissions] as? Int) == 0o444)
        // The client's file name never became a path.
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("etc").path))
    }

    @Test("a broken connection keeps what arrived; the client resumes from the acknowledged offset")
    func resumes() async throws {
        let (files, root) = try Self.files()
        defer { try? FileManager.default.removeItem(at: root) }
        let parts = [Data(repeating: 1, count: 300), Data(repeating: 2, count: 300), Data(repeating: 3, count: 400)]
        _ = try files.uploads.create(id: Self.id, length: 1000, metadata: [:], owner: "a", at: Date())
        await #expect(throws: Broken.self) {
            try await files.uploads.append(Self.id, at: 0, checksum: nil, chunks: Self.chunks(parts, failingAfter: 1))
        }
        #expect(try files.uploads.info(Self.id)?.offset == 300)
        await #expect(throws: UploadError.offsetMismatch(expected: 300)) {
            try await files.uploads.append(Self.id, at: 0, checksum: nil, chunks: Self.chunks(parts))
        }
        let done = try await files.uploads.append(Self.id, at: 300, checksum: nil, chunks: Self.chunks(Array(parts.dropFirst())))
        #expect(done.blob?.sha256 == Self.hex(parts.reduce(Data(), +)))
    }

    @Test("a chunk whose checksum does not match is dropped whole; sha1 and sha256 are both checked")
    func checksums() async throws {
        let (files, root) = try Self.files()
        defer { try? FileManager.default.removeItem(at: root) }
        let chunk = Data("铭牌照片".utf8)
        _ = try files.uploads.create(id: Self.id, length: chunk.count * 2, metadata: [:], owner: "a", at: Date())
        let wrong = ChunkChecksum(algorithm: .sha256, digest: Data(SHA256.hash(data: Data("other".utf8))))
        await #expect(throws: UploadError.checksumMismatch) {
            try await files.uploads.append(Self.id, at: 0, checksum: wrong, chunks: Self.chunks([chunk]))
        }
        #expect(try files.uploads.info(Self.id)?.offset == 0)
        let sha1 = ChunkChecksum(algorithm: .sha1, digest: Data(Insecure.SHA1.hash(data: chunk)))
        #expect(try await files.uploads.append(Self.id, at: 0, checksum: sha1, chunks: Self.chunks([chunk])).offset == chunk.count)
        let sha256 = ChunkChecksum(algorithm: .sha256, digest: Data(SHA256.hash(data: chunk)))
        #expect(try await files.uploads.append(Self.id, at: chunk.count, checksum: sha256, chunks: Self.chunks([chunk])).isComplete)
    }

    @Test("more bytes than announced are refused; a finished upload cannot be abandoned, an unfinished one can")
    func limits() async throws {
        let (files, root) = try Self.files()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try files.uploads.create(id: Self.id, length: 4, metadata: [:], owner: "a", at: Date())
        await #expect(throws: UploadError.tooLong(length: 4)) {
            try await files.uploads.append(Self.id, at: 0, checksum: nil, chunks: Self.chunks([Data(repeating: 0, count: 5)]))
        }
        #expect(try files.uploads.info(Self.id)?.offset == 0)
        _ = try await files.uploads.append(Self.id, at: 0, checksum: nil, chunks: Self.chunks([Data("abcd".utf8)]))
        #expect(throws: UploadError.alreadyComplete) { try files.uploads.abandon(Self.id) }
        let other = "fedcba9876543210fedcba9876543210"
        _ = try files.uploads.create(id: other, length: 10, metadata: [:], owner: "a", at: Date())
        try files.uploads.abandon(other)
        #expect(try files.uploads.info(other) == nil)
        #expect(try files.uploads.info("../../x") == nil)
    }

    @Test("the same content stored twice is one blob, left untouched; only a digest names a blob")
    func writeOnce() async throws {
        let (files, root) = try Self.files()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = Data("same".utf8)
        for id in [Self.id, "fedcba9876543210fedcba9876543210"] {
            _ = try files.uploads.create(id: id, length: content.count, metadata: [:], owner: "a", at: Date())
            let info = try await files.uploads.append(id, at: 0, checksum: nil, chunks: Self.chunks([content]))
            #expect(info.blob?.sha256 == Self.hex(content))
        }
        #expect(try files.blobs.open("../" + String(repeating: "a", count: 61)) == nil)
        #expect(try files.blobs.open(String(repeating: "0", count: 64)) == nil)
    }
}
