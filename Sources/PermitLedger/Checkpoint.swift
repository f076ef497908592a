/// The body of a C2SP tlog-checkpoint: what a log signs to commit to its tree
/// at one size.
///
/// ```
/// <origin>
/// <decimal tree size>
/// <base64 root hash>
/// [extension lines]
/// ```
///
/// Every line ends in a newline. Parsing accepts exactly one spelling of each
/// checkpoint (canonical decimal and base64, no empty lines) because the text
/// is what gets signed, and two spellings of one tree head would let a
/// signature be replayed over a variant.
public struct Checkpoint: Sendable, Hashable {
    /// Identifies the log, for example `permittrail.example.gov.cn/ledger`.
    public let origin: String
    /// The number of entries in the tree.
    public let size: UInt64
    /// The RFC 9162 root of the tree at ``size``.
    public let root: Hash
    /// Optional opaque lines after the root, each non-empty.
    public let extensions: [String]

    /// Creates a checkpoint whose ``text`` will parse back to it.
    /// - Throws: ``CheckpointError/invalidOrigin`` for an empty origin or one
    ///   with control characters, ``CheckpointError/invalidExtension(_:)`` for
    ///   an empty extension or one with control characters.
    public init(origin: String, size: UInt64, root: Hash, extensions: [String] = []) throws(CheckpointError) {
        guard Self.isValidLine(origin) else { throw .invalidOrigin }
        for (position, line) in extensions.enumerated() where !Self.isValidLine(line) {
            throw .invalidExtension(position)
        }
        self.origin = origin
        self.size = size
        self.root = root
        self.extensions = extensions
    }

    /// Parses a checkpoint body, for example a verified note's text.
    public init(parsing text: String) throws(CheckpointError) {
        guard let lines = NoteText.lines(of: text) else { throw .missingFinalNewline }
        guard lines.count >= 3 else { throw .missingLines(found: lines.count) }
        guard Self.isValidLine(lines[0]) else { throw .invalidOrigin }
        guard let size = CanonicalDecimal.parse(lines[1]) else { throw .invalidSize(lines[1]) }
        guard let rootBytes = StrictBase64.decode(lines[2]) else { throw .invalidRootBase64 }
        guard rootBytes.count == Hash.byteCount else { throw .wrongRootLength(rootBytes.count) }
        let extensions = Array(lines.dropFirst(3))
        try self.init(origin: lines[0], size: size, root: Hash(validBytes: rootBytes), extensions: extensions)
    }

    /// The exact text to sign, ending in a newline.
    public var text: String {
        ([origin, String(size), root.base64] + extensions).map { $0 + "\n" }.joined()
    }

    /// Signed notes forbid control characters, and a newline would split the
    /// line; an empty line is not allowed anywhere in the body.
    private static func isValidLine(_ line: String) -> Bool {
        !line.isEmpty && !line.unicodeScalars.contains { $0.value < 0x20 }
    }
}

/// Why text is not a well-formed checkpoint body.
public enum CheckpointError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text does not end in a newline.
    case missingFinalNewline
    /// Fewer than the three mandatory lines.
    case missingLines(found: Int)
    /// The origin line is empty or contains control characters.
    case invalidOrigin
    /// The size line is not canonical decimal within `UInt64`.
    case invalidSize(String)
    /// The root line is not canonical standard base64.
    case invalidRootBase64
    /// The root decodes to this many bytes instead of 32.
    case wrongRootLength(Int)
    /// The extension line at this zero-based position is empty or contains
    /// control characters.
    case invalidExtension(Int)

    public var description: String {
        switch self {
        case .missingFinalNewline: "checkpoint does not end in a newline"
        case .missingLines(let found): "checkpoint has \(found) lines, needs origin, size and root"
        case .invalidOrigin: "checkpoint origin is empty or contains control characters"
        case .invalidSize(let text): "checkpoint size \"\(text)\" is not a canonical decimal number"
        case .invalidRootBase64: "checkpoint root is not valid base64"
        case .wrongRootLength(let length): "checkpoint root is \(length) bytes, expected \(Hash.byteCount)"
        case .invalidExtension(let position): "checkpoint extension line \(position) is empty or contains control characters"
        }
    }
}
