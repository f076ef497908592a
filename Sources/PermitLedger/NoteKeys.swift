import Crypto
import Foundation

/// The public half of a C2SP signed-note Ed25519 key, in the text form
/// `<name>+<hex8 key ID>+<base64(0x01 ‖ 32-byte public key)>` that verifiers
/// are configured with.
///
/// Auditors get this string out of band; everything a checkpoint claims is
/// trusted only through it.
public struct NoteVerifierKey: Sendable, Hashable, CustomStringConvertible {
    /// The key name, also the name on the signature lines it verifies.
    public let name: String
    /// The first four bytes of `SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)`.
    public let keyID: UInt32
    /// The raw 32-byte Ed25519 public key.
    public let publicKey: [UInt8]

    /// A verifier for `publicKey` under `name`.
    /// - Throws: ``NoteKeyError/invalidName(_:)`` if the name breaks the rules.
    public init(name: String, publicKey: Curve25519.Signing.PublicKey) throws(NoteKeyError) {
        guard NoteKeyName.isValid(name) else { throw .invalidName(name) }
        self.name = name
        self.publicKey = Array(publicKey.rawRepresentation)
        keyID = NoteKeyName.keyID(name: name, publicKey: self.publicKey)
    }

    /// Parses a verifier key string, checking that its key ID matches.
    public init(parsing text: String) throws(NoteKeyError) {
        let parts = try NoteKeyName.split(text)
        guard parts.key.count == 32 else { throw .wrongKeyLength(parts.key.count) }
        let computed = NoteKeyName.keyID(name: parts.name, publicKey: parts.key)
        guard computed == parts.keyID else { throw .keyIDMismatch(stated: parts.keyID, computed: computed) }
        name = parts.name
        keyID = parts.keyID
        publicKey = parts.key
    }

    /// The verifier key string.
    public var description: String {
        "\(name)+\(NoteKeyName.hex8(keyID))+\(StrictBase64.encode([NoteKeyName.ed25519] + publicKey))"
    }

    /// Whether `signature` is this key's Ed25519 signature over `message`.
    func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: message)
    }
}

/// The private half of a C2SP signed-note Ed25519 key, in the text form
/// `PRIVATE+KEY+<name>+<hex8 key ID>+<base64(0x01 ‖ 32-byte seed)>`.
///
/// ``description`` deliberately omits the seed so that logging a key by
/// accident leaks nothing; ``secretKeyString`` is the one way to get it out.
/// The swift-crypto key is kept whole: rebuilding it from its seed for every
/// signature cost as much as the signature, and the ledger signs a
/// checkpoint with every commit.
public struct NoteSignerKey: Sendable, CustomStringConvertible {
    /// The key name that goes on signature lines.
    public let name: String
    /// The same key ID as the matching ``NoteVerifierKey``.
    public let keyID: UInt32
    private let privateKey: Curve25519.Signing.PrivateKey

    /// A signer named `name`; a fresh random key unless one is given.
    public init(name: String, privateKey: Curve25519.Signing.PrivateKey = .init()) throws(NoteKeyError) {
        guard NoteKeyName.isValid(name) else { throw .invalidName(name) }
        self.name = name
        self.privateKey = privateKey
        keyID = NoteKeyName.keyID(name: name, publicKey: Array(privateKey.publicKey.rawRepresentation))
    }

    /// Parses a signer key string, checking that its key ID matches the
    /// public key derived from the seed.
    public init(parsing text: String) throws(NoteKeyError) {
        let prefix = "PRIVATE+KEY+"
        guard text.hasPrefix(prefix) else { throw .malformed }
        let parts = try NoteKeyName.split(String(text.dropFirst(prefix.count)))
        guard parts.key.count == 32 else { throw .wrongKeyLength(parts.key.count) }
        let key: Curve25519.Signing.PrivateKey
        do {
            key = try Curve25519.Signing.PrivateKey(rawRepresentation: parts.key)
        } catch {
            throw .wrongKeyLength(parts.key.count)
        }
        try self.init(name: parts.name, privateKey: key)
        guard keyID == parts.keyID else { throw .keyIDMismatch(stated: parts.keyID, computed: keyID) }
    }

    /// The secret signer key string, for storing the key.
    public var secretKeyString: String {
        "PRIVATE+KEY+\(name)+\(NoteKeyName.hex8(keyID))+\(StrictBase64.encode([NoteKeyName.ed25519] + Array(privateKey.rawRepresentation)))"
    }

    /// The public key to hand to verifiers.
    public var verifierKey: NoteVerifierKey {
        do {
            return try NoteVerifierKey(name: name, publicKey: privateKey.publicKey)
        } catch {
            preconditionFailure("the name was validated when this key was made")
        }
    }

    /// Names the key without revealing it.
    public var description: String { "NoteSignerKey(\(name)+\(NoteKeyName.hex8(keyID)))" }

    /// The Ed25519 signature over `message`.
    func signature(for message: [UInt8]) throws(NoteError) -> [UInt8] {
        do {
            return Array(try privateKey.signature(for: message))
        } catch {
            throw .signingFailed
        }
    }
}

/// Why a key string or key name was rejected.
public enum NoteKeyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Names must be non-empty, without Unicode spaces, `+` or control characters.
    case invalidName(String)
    /// The string does not have the `name+hex8+base64` structure.
    case malformed
    /// The key's type byte is not 0x01 (Ed25519), the only type supported.
    case unsupportedAlgorithm(UInt8)
    /// The key material is not 32 bytes.
    case wrongKeyLength(Int)
    /// The key ID in the string is not the one the name and key imply.
    case keyIDMismatch(stated: UInt32, computed: UInt32)

    public var description: String {
        switch self {
        case .invalidName(let name): "invalid key name \"\(name)\""
        case .malformed: "key is not of the form name+keyid+base64"
        case .unsupportedAlgorithm(let type): "unsupported key type 0x\(HexCoding.encode([type]))"
        case .wrongKeyLength(let length): "key is \(length) bytes, expected 32"
        case .keyIDMismatch(let stated, let computed):
            "key ID \(NoteKeyName.hex8(stated)) does not match computed \(NoteKeyName.hex8(computed))"
        }
    }
}

/// Key name rules and the key ID derivation of C2SP signed-note.
enum NoteKeyName {
    /// The signature type byte for Ed25519.
    static let ed25519: UInt8 = 0x01

    /// A name separates fields in key strings (`+`) and on signature lines
    /// (space), so neither may appear in it.
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains {
            $0 == "+" || $0.properties.isWhitespace || $0.value < 0x20
        }
    }

    static func keyID(name: String, publicKey: [UInt8]) -> UInt32 {
        let digest = Array(SHA256.hash(data: Array(name.utf8) + [0x0A, ed25519] + publicKey))
        return digest[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func hex8(_ keyID: UInt32) -> String {
        HexCoding.encode(withUnsafeBytes(of: keyID.bigEndian) { Array($0) })
    }

    /// Splits `name+hex8+base64(type ‖ key)`; the base64 part may itself
    /// contain `+`, so only the first two are separators.
    static func split(_ text: String) throws(NoteKeyError) -> (name: String, keyID: UInt32, key: [UInt8]) {
        let parts = text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformed }
        let name = String(parts[0])
        guard isValid(name) else { throw .invalidName(name) }
        let hex = parts[1]
        guard hex.utf8.count == 8, hex.utf8.allSatisfy({ HexCoding.isLowercaseDigit($0) }),
              let idBytes = HexCoding.decode(hex) else { throw .malformed }
        guard let keyBytes = StrictBase64.decode(parts[2]), let type = keyBytes.first else { throw .malformed }
        guard type == ed25519 else { throw .unsupportedAlgorithm(type) }
        return (name, idBytes.reduce(0) { $0 << 8 | UInt32($1) }, Array(keyBytes.dropFirst()))
    }
}
