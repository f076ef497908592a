/// One signature line of a signed note: `— <name> <base64(key ID ‖ signature)>`.
public struct NoteSignature: Sendable, Hashable {
    /// The signer's key name.
    public let name: String
    /// The signer's key ID, big-endian in the first four encoded bytes.
    public let keyID: UInt32
    /// The signature bytes after the key ID.
    public let signature: [UInt8]

    /// A signature as found on, or destined for, a signature line.
    public init(name: String, keyID: UInt32, signature: [UInt8]) {
        self.name = name
        self.keyID = keyID
        self.signature = signature
    }

    /// The line as it appears in the note, newline included.
    public var line: String {
        let blob = withUnsafeBytes(of: keyID.bigEndian) { Array($0) } + signature
        return "\u{2014} \(name) \(StrictBase64.encode(blob))\n"
    }
}

/// A C2SP signed note: a text ending in a newline, a blank line, then one or
/// more signature lines.
///
/// The text is only meaningful after ``verify(with:)`` succeeds, so the type
/// keeps parsing and verification apart: a note can be parsed to be relayed
/// or cosigned, but callers must not act on ``text`` before verifying.
public struct SignedNote: Sendable, Hashable {
    /// More signatures than this make a note malformed; the spec requires
    /// accepting at least 16, and the bound keeps hostile notes cheap.
    public static let maxSignatures = 100

    /// The signed text, including its final newline.
    public let text: String
    /// The signatures in the order they appear.
    public let signatures: [NoteSignature]

    /// Signs `text` with each key, in order.
    /// - Throws: ``NoteError/invalidText`` unless the text is non-empty, ends
    ///   in a newline and has no other control characters;
    ///   ``NoteError/duplicateSignature(name:keyID:)`` if a key repeats.
    public static func sign(_ text: String, with keys: [NoteSignerKey]) throws(NoteError) -> SignedNote {
        guard !text.isEmpty, text.unicodeScalars.last == "\n", NoteText.hasOnlyAllowedCharacters(text) else {
            throw .invalidText
        }
        guard !keys.isEmpty else { throw .noSignatures }
        guard keys.count <= maxSignatures else { throw .tooManySignatures(keys.count) }
        var signatures: [NoteSignature] = []
        for key in keys {
            let signature = try key.signature(for: Array(text.utf8))
            signatures.append(NoteSignature(name: key.name, keyID: key.keyID, signature: signature))
        }
        try checkUnique(signatures)
        return SignedNote(text: text, signatures: signatures)
    }

    /// Parses a note received as bytes, which must be valid UTF-8.
    public init(parsing bytes: some Sequence<UInt8>) throws(NoteError) {
        guard let text = String(validating: Array(bytes), as: UTF8.self) else { throw .invalidUTF8 }
        try self.init(parsing: text)
    }

    /// Parses a note. The text ends at the last blank line, so the text
    /// itself may contain blank lines.
    public init(parsing note: String) throws(NoteError) {
        guard NoteText.hasOnlyAllowedCharacters(note) else { throw .controlCharacter }
        let scalars = Array(note.unicodeScalars)
        guard let separator = Self.lastBlankLine(in: scalars) else { throw .noSignatures }
        let text = String(String.UnicodeScalarView(scalars[...separator]))
        let block = String(String.UnicodeScalarView(scalars[(separator + 2)...]))
        guard let lines = NoteText.lines(of: block), !lines.isEmpty else { throw .noSignatures }
        guard lines.count <= Self.maxSignatures else { throw .tooManySignatures(lines.count) }
        var signatures: [NoteSignature] = []
        for (position, line) in lines.enumerated() {
            guard let signature = Self.parseSignatureLine(line) else { throw .malformedSignatureLine(position) }
            signatures.append(signature)
        }
        try Self.checkUnique(signatures)
        self.text = text
        self.signatures = signatures
    }

    /// The note as transmitted.
    public var formatted: String {
        text + "\n" + signatures.map(\.line).joined()
    }

    /// Checks the signature by `verifier`. Signatures by other keys (such as
    /// witness cosignatures) are ignored, as the spec requires.
    /// - Throws: ``NoteError/noSignatureByKey(name:keyID:)`` if the key did
    ///   not sign, ``NoteError/badSignature(name:keyID:)`` if its signature
    ///   does not verify.
    public func verify(with verifier: NoteVerifierKey) throws(NoteError) {
        guard let signature = signatures.first(where: {
            $0.keyID == verifier.keyID && $0.name.utf8.elementsEqual(verifier.name.utf8)
        }) else {
            throw .noSignatureByKey(name: verifier.name, keyID: verifier.keyID)
        }
        guard verifier.isValidSignature(signature.signature, for: Array(text.utf8)) else {
            throw .badSignature(name: verifier.name, keyID: verifier.keyID)
        }
    }

    private init(text: String, signatures: [NoteSignature]) {
        self.text = text
        self.signatures = signatures
    }

    /// The index of the first newline of the last "\n\n".
    private static func lastBlankLine(in scalars: [Unicode.Scalar]) -> Int? {
        guard scalars.count >= 2 else { return nil }
        return (0..<(scalars.count - 1)).last { scalars[$0] == "\n" && scalars[$0 + 1] == "\n" }
    }

    private static func parseSignatureLine(_ line: String) -> NoteSignature? {
        let prefix = "\u{2014} "
        guard line.hasPrefix(prefix) else { return nil }
        let parts = line.unicodeScalars.dropFirst(2).split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let name = String(String.UnicodeScalarView(parts[0]))
        guard NoteKeyName.isValid(name),
              let blob = StrictBase64.decode(String(String.UnicodeScalarView(parts[1]))),
              blob.count > 4 else { return nil }
        let keyID = blob[0..<4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return NoteSignature(name: name, keyID: keyID, signature: Array(blob[4...]))
    }

    /// Two signatures by one key make "which one counts" ambiguous. Names
    /// are compared as bytes, like the key ID that is derived from them.
    private static func checkUnique(_ signatures: [NoteSignature]) throws(NoteError) {
        var seen: Set<[UInt8]> = []
        for signature in signatures {
            let key = Array(signature.name.utf8) + withUnsafeBytes(of: signature.keyID.bigEndian) { Array($0) }
            guard seen.insert(key).inserted else {
                throw .duplicateSignature(name: signature.name, keyID: signature.keyID)
            }
        }
    }
}

/// Why a note could not be parsed, signed or verified.
public enum NoteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not valid UTF-8.
    case invalidUTF8
    /// The note contains an ASCII control character other than newline.
    case controlCharacter
    /// Text to sign is empty, lacks a final newline or has control characters.
    case invalidText
    /// There is no blank line followed by signature lines.
    case noSignatures
    /// The signature line at this zero-based position is malformed.
    case malformedSignatureLine(Int)
    /// More signatures than ``SignedNote/maxSignatures``.
    case tooManySignatures(Int)
    /// The same key name and ID sign twice.
    case duplicateSignature(name: String, keyID: UInt32)
    /// The signing key failed to produce a signature.
    case signingFailed
    /// The note carries no signature by the expected key.
    case noSignatureByKey(name: String, keyID: UInt32)
    /// The expected key's signature does not verify.
    case badSignature(name: String, keyID: UInt32)

    public var description: String {
        switch self {
        case .invalidUTF8: "note is not valid UTF-8"
        case .controlCharacter: "note contains a control character"
        case .invalidText: "note text must be non-empty, end in a newline and have no control characters"
        case .noSignatures: "note has no signature lines after a blank line"
        case .malformedSignatureLine(let position): "note signature line \(position) is malformed"
        case .tooManySignatures(let count): "note has \(count) signatures, at most \(SignedNote.maxSignatures) allowed"
        case .duplicateSignature(let name, let keyID): "note is signed twice by \(name)+\(NoteKeyName.hex8(keyID))"
        case .signingFailed: "signing failed"
        case .noSignatureByKey(let name, let keyID): "note is not signed by \(name)+\(NoteKeyName.hex8(keyID))"
        case .badSignature(let name, let keyID): "signature by \(name)+\(NoteKeyName.hex8(keyID)) does not verify"
        }
    }
}
