import Foundation

/// The files behind the evidence: finished originals in the blob store and
/// uploads in progress beside it, on one file system so a finished upload
/// enters the store by a link, not a copy.
public struct EvidenceFiles: Sendable {
    public let blobs: any BlobStore
    public let uploads: FileUploadStore
    public let root: URL
    /// Made for a store that named no folder; removed when the store shuts down.
    let isTemporary: Bool

    public init(root: URL) throws {
        try self.init(root: root, isTemporary: false)
    }

    init(root: URL, isTemporary: Bool) throws {
        self.root = root
        self.isTemporary = isTemporary
        try PrivateFiles.createFolder(root)
        let blobs = try FileBlobStore(root: root.appendingPathComponent("blobs", isDirectory: true))
        self.blobs = blobs
        self.uploads = try FileUploadStore(directory: root.appendingPathComponent("uploads", isDirectory: true), blobs: blobs)
    }

    /// Where a store keeps them unless told: beside an SQLite file, else in
    /// a fresh temporary folder (tests, and a database given by URL alone).
    static func standard(for location: DatabaseLocation) throws -> EvidenceFiles {
        if case .sqliteFile(let path) = location {
            return try EvidenceFiles(root: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("evidence", isDirectory: true))
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("permittrail-evidence-\(UUID().uuidString)", isDirectory: true)
        return try EvidenceFiles(root: temporary, isTemporary: true)
    }
}
