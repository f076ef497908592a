/// The outcome of checking a proof file, printed by the CLI as `OK`,
/// `FAIL: <reason>` or `UNREADABLE: <reason>`.
public enum ProofFileVerdict: Sendable, Hashable, CustomStringConvertible {
    /// The proof verifies.
    case ok
    /// The file is well-formed but the proof does not verify.
    case fail(ProofVerificationError)
    /// The file is not a proof file at all.
    case unreadable(ProofFileError)

    public var description: String {
        switch self {
        case .ok: "OK"
        case .fail(let error): "FAIL: \(error)"
        case .unreadable(let error): "UNREADABLE: \(error)"
        }
    }
}

/// Why a proof file could not be read, as opposed to failing verification.
public enum ProofFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON.
    case invalidJSON
    /// The JSON is not an object with the keys of exactly one proof kind.
    case unknownShape
    /// A key that neither proof kind has.
    case unexpectedKey(String)
    /// A required key is absent.
    case missingKey(String)
    /// A value has the wrong JSON type or is out of range.
    case invalidValue(field: String)
    /// A hash is not canonical standard base64.
    case invalidBase64(field: String)

    public var description: String {
        switch self {
        case .invalidJSON: "not valid JSON"
        case .unknownShape: "not an inclusion or consistency proof object"
        case .unexpectedKey(let key): "unexpected key \(key)"
        case .missingKey(let key): "missing key \(key)"
        case .invalidValue(let field): "invalid value for \(field)"
        case .invalidBase64(let field): "\(field) is not valid base64"
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

/// Decoding helpers shared by both proof file shapes.
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

    static func rejectUnexpectedKeys(in decoder: any Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        if let key = container.allKeys.map(\.stringValue).sorted().first(where: { !allowed.contains($0) }) {
            throw ProofFileError.unexpectedKey(key)
        }
    }

    static func bytes<Key: CodingKey>(in container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> [UInt8] {
        let text = try container.decode(String.self, forKey: key)
        guard let bytes = StrictBase64.decode(text) else { throw ProofFileError.invalidBase64(field: key.stringValue) }
        return bytes
    }

    static func byteList<Key: CodingKey>(in container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> [[UInt8]] {
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
