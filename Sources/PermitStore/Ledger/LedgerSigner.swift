import Foundation
import PermitLedger

/// The key that signs the bureau's checkpoints. Its name is the log's origin
/// line, so a checkpoint and the key that signed it always name the same log.
public struct LedgerSigner: Sendable {
    public let key: NoteSignerKey

    public var origin: String { key.name }
    /// What the public site publishes so anyone can check a checkpoint.
    public var verifierKey: NoteVerifierKey { key.verifierKey }

    public init(key: NoteSignerKey) {
        self.key = key
    }

    public static let keyFileName = "ledger.key"
    public static let defaultOrigin = "permittrail/shanghai"

    /// The key given in configuration (a C2SP `PRIVATE+KEY+…` string), else
    /// the one in the data folder, created on first start.
    public static func load(
        configured: String?, dataDirectory: URL, originForNewKey: String = defaultOrigin
    ) throws -> LedgerSigner {
        LedgerSigner(key: try SigningKeyFile.load(
            configured: configured, file: dataDirectory.appendingPathComponent(keyFileName), nameForNewKey: originForNewKey
        ))
    }
}

/// A signing key kept as a file in the data folder, or given in configuration.
enum SigningKeyFile {
    /// The configured key, else the file's, else a new one written with
    /// mode 0600 so that only the server's user can read it.
    static func load(configured: String?, file: URL, nameForNewKey: String) throws -> NoteSignerKey {
        if let configured, !configured.isEmpty {
            return try NoteSignerKey(parsing: configured.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let text = try? String(contentsOf: file, encoding: .utf8) {
            return try NoteSignerKey(parsing: text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let key = try NoteSignerKey(name: nameForNewKey)
        try PrivateFiles.createFolder(file.deletingLastPathComponent())
        // Created with its final mode, so the secret is never readable by others,
        // not even for a moment.
        guard FileManager.default.createFile(
            atPath: file.path, contents: Data((key.secretKeyString + "\n").utf8), attributes: [.posixPermissions: 0o600]
        ) else {
            throw LedgerKeyError.cannotWrite(file.path)
        }
        return key
    }
}

public enum LedgerKeyError: Error, Equatable, Sendable {
    case cannotWrite(String)
}
