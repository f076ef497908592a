/// The outcome of checking a proof file, printed by the CLI as `OK` or
/// `FAIL: <reason>`; an unreadable file is a FAIL too, told apart by its exit
/// status (see ``VerificationOutcome``).
public enum ProofFileVerdict: Sendable, Hashable, CustomStringConvertible {
    /// The proof verifies.
    case ok
    /// The file is well-formed but the proof does not verify.
    case fail(ProofVerificationError)
    /// The proof verifies against its own root, which is not tied to the
    /// signed checkpoint it was checked against.
    case untied(ProofAnchorError)
    /// The file is not a proof file at all.
    case unreadable(ProofFileError)

    public var description: String {
        switch self {
        case .ok: "OK"
        case .fail(let error): "FAIL: \(error)"
        case .untied(let error): "FAIL: \(error)"
        case .unreadable(let error): "FAIL: cannot parse: \(error)"
        }
    }

    public var outcome: VerificationOutcome {
        switch self {
        case .ok: .ok
        case .fail(let error): .failed("\(error)")
        case .untied(let error): .failed("\(error)")
        case .unreadable(let error): .unreadable("cannot parse: \(error)")
        }
    }
}

/// One line of `permittrail verify` and what it means for the exit status:
/// 0 when every file is OK, 1 when any failed, 2 when any could not be read
/// or parsed, so a script tells a bad proof from a bad file.
public enum VerificationOutcome: Sendable, Hashable {
    case ok
    case failed(String)
    case unreadable(String)

    /// The line for something other than a file, such as the key.
    public var line: String {
        switch self {
        case .ok: "OK"
        case .failed(let reason), .unreadable(let reason): "FAIL: \(reason)"
        }
    }

    /// The line for one file: `OK: FILE` or `FAIL: FILE: <reason>`, the
    /// verdict first so that scripts matching `^OK` or `^FAIL` still work.
    public func line(for file: String) -> String {
        switch self {
        case .ok: "OK: \(file)"
        case .failed(let reason), .unreadable(let reason): "FAIL: \(file): \(reason)"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .ok: 0
        case .failed: 1
        case .unreadable: 2
        }
    }

    /// The status of a run over several files: the worst one.
    public static func exitCode(of outcomes: [VerificationOutcome]) -> Int32 {
        outcomes.map(\.exitCode).max() ?? 0
    }
}

/// Why a proof file could not be read, as opposed to failing verification.
public enum ProofFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON.
    case invalidJSON
    /// The JSON is not an object with the keys of exactly one proof kind
    /// (`leafIdx` or `size1`).
    case unknownShape
    /// A required key is absent.
    case missingKey(String)
    /// A key given twice, which JSON parsers resolve differently.
    case duplicateKey(String)
    /// A value has the wrong JSON type or is out of range.
    case invalidValue(field: String)
    /// A hash is not canonical standard base64.
    case invalidBase64(field: String)
    /// A well-formed proof of the other kind than the command checks.
    case wrongKind(expected: ProofFile.Kind)

    public var description: String {
        switch self {
        case .invalidJSON: "not valid JSON"
        case .unknownShape: "not an inclusion or consistency proof object"
        case .missingKey(let key): "missing key \(key)"
        case .duplicateKey(let key): "key \(key) appears twice"
        case .invalidValue(let field): "invalid value for \(field)"
        case .invalidBase64(let field): "\(field) is not valid base64"
        case .wrongKind(let expected): "not \(expected == .inclusion ? "an inclusion" : "a consistency") proof"
        }
    }

    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self = .missingKey(ProofFileCoding.path(context.codingPath + [key]))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            self = context.codingPath.isEmpty ? .unknownShape : .invalidValue(field: ProofFileCoding.path(context.codingPath))
        case .dataCorrupted(let context):
            self = context.codingPath.isEmpty ? .invalidJSON : .invalidValue(field: ProofFileCoding.path(context.codingPath))
        @unknown default:
            self = .invalidJSON
        }
    }
}

/// Decoding shared by both proof file shapes. Other keys are ignored, since
/// transparency-log tools annotate proofs (`desc`, `wantErr`) and the five
/// keys of a shape are all a verdict depends on; everything those keys hold
/// is read strictly.
enum ProofFileCoding {
    struct AnyKey: CodingKey {
        let stringValue: String
        let intValue: Int?
        init(stringValue: String) {
            self.stringValue = stringValue
            intValue = nil
        }
        init(intValue: Int) {
            stringValue = String(intValue)
            self.intValue = intValue
        }
    }

    static func bytes<Key: CodingKey>(in container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> [UInt8] {
        let text = try container.decode(String.self, forKey: key)
        guard let bytes = StrictBase64.decode(text) else { throw ProofFileError.invalidBase64(field: key.stringValue) }
        return bytes
    }

    static func byteList<Key: CodingKey>(in container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> [[UInt8]] {
        // Go's encoding/json writes an empty proof, a nil slice, as null; an
        // absent key still throws here, as missing.
        if try container.decodeNil(forKey: key) { return [] }
        let texts = try container.decode([String].self, forKey: key)
        return try texts.enumerated().map { position, text in
            guard let bytes = StrictBase64.decode(text) else {
                throw ProofFileError.invalidBase64(field: "\(key.stringValue)[\(position)]")
            }
            return bytes
        }
    }

    /// `proof[2]`-style names for error messages.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { result, key in
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
    }
}
