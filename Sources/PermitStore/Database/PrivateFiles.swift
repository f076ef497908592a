import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The data folder holds the database, the ledger key and evidence; only the
/// server's own user may read it. Folders are made with mode 0700 and the
/// SQLite file with 0600 before SQLite opens it (SQLite gives its journal and
/// WAL files the mode of the database file).
public enum PrivateFiles {
    public static let folderMode: Int16 = 0o700
    public static let fileMode: Int16 = 0o600

    /// Creates `folder` and any missing parents private; an existing folder
    /// keeps the mode its owner chose.
    public static func createFolder(_ folder: URL) throws {
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: folderMode]
        )
    }

    /// Creates an empty file readable by its owner only, unless it exists.
    static func createFileIfMissing(atPath path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { return }
        try createFolder(URL(fileURLWithPath: path).deletingLastPathComponent())
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: fileMode]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// A new empty file in the system's temporary folder, readable by its
    /// owner only and opened for writing. Created exclusively, so a name
    /// someone else placed there first (a link, say) is never written through.
    public static func createTemporaryFile(prefix: String) throws -> (url: URL, handle: FileHandle) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(fileMode))
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return (url, FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }
}
