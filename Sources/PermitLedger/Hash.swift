import Crypto
import Foundation

/// A SHA-256 digest: the unit of every Merkle node, tile entry and evidence
/// reference in the ledger.
///
/// The 32 bytes are held as four big-endian words instead of an array so that a
/// hash is a plain value: tree code handles thousands of them without a heap
/// allocation each, and `Hashable` and `Comparable` follow byte order for free.
/// A `Hash` can only be built from exactly 32 bytes, so once a value has this
/// type its length no longer needs checking.
public struct Hash: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The length of every hash in bytes.
    public static let byteCount = 32

    private let w0: UInt64
    private let w1: UInt64
    private let w2: UInt64
    private let w3: UInt64

    /// Creates a hash from exactly 32 bytes.
    /// - Throws: ``HashError/wrongLength(_:)`` with the length seen otherwise.
    public init(bytes: some Sequence<UInt8>) throws(HashError) {
        let array = Array(bytes)
        guard array.count == Self.byteCount else { throw .wrongLength(array.count) }
        self = array.withUnsafeBytes { Hash(exactly32: $0) }
    }

    /// Copies exactly 32 bytes from memory the caller holds, as a database
    /// driver hands a column over, without an intermediate array.
    /// - Throws: ``HashError/wrongLength(_:)`` with the length seen otherwise.
    public init(copying buffer: UnsafeRawBufferPointer) throws(HashError) {
        guard buffer.count == Self.byteCount else { throw .wrongLength(buffer.count) }
        self.init(exactly32: buffer)
    }

    /// Wraps a digest from swift-crypto, which is always 32 bytes long.
    public init(_ digest: SHA256Digest) {
        self = digest.withUnsafeBytes { Hash(exactly32: $0) }
    }

    /// Hashes `data` with plain SHA-256, as used for content-addressed evidence.
    public static func sha256(of data: some DataProtocol) -> Hash {
        Hash(SHA256.hash(data: data))
    }

    /// Parses 64 hexadecimal digits (either case).
    public init(hex: some StringProtocol) throws(HashError) {
        guard let bytes = HexCoding.decode(hex) else { throw .invalidHex }
        try self.init(bytes: bytes)
    }

    /// Parses canonical standard base64 (RFC 4648 §4, padded), the encoding of
    /// checkpoints, signed notes and proof files.
    public init(base64: some StringProtocol) throws(HashError) {
        guard let bytes = StrictBase64.decode(base64) else { throw .invalidBase64 }
        try self.init(bytes: bytes)
    }

    /// For bytes whose length the caller already checked, where a throwing
    /// init would only add an unreachable error path.
    init(validBytes: [UInt8]) {
        precondition(validBytes.count == Self.byteCount)
        self = validBytes.withUnsafeBytes { Hash(exactly32: $0) }
    }

    init(exactly32 buffer: UnsafeRawBufferPointer) {
        precondition(buffer.count == Self.byteCount)
        w0 = UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
        w1 = UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        w2 = UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
        w3 = UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
    }

    /// The 32 bytes in order.
    public var bytes: [UInt8] {
        withUnsafeBytes { Array($0) }
    }

    /// Lowercase hexadecimal, the form used in logs and the fixtures.
    public var hex: String { HexCoding.encode(bytes) }

    /// Standard padded base64, the form used on the wire.
    public var base64: String { StrictBase64.encode(bytes) }

    public var description: String { hex }

    /// Gives `body` the 32 bytes without copying them into an array, which is
    /// how node hashing feeds SHA-256.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var words = (w0.bigEndian, w1.bigEndian, w2.bigEndian, w3.bigEndian)
        return try Swift.withUnsafeBytes(of: &words, body)
    }

    public static func < (lhs: Hash, rhs: Hash) -> Bool {
        (lhs.w0, lhs.w1, lhs.w2, lhs.w3) < (rhs.w0, rhs.w1, rhs.w2, rhs.w3)
    }
}

/// Why bytes or text could not become a ``Hash``.
public enum HashError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input decoded to this many bytes instead of 32.
    case wrongLength(Int)
    /// The text is not an even number of hexadecimal digits.
    case invalidHex
    /// The text is not canonical standard base64.
    case invalidBase64

    public var description: String {
        switch self {
        case .wrongLength(let length): "hash is \(length) bytes, expected \(Hash.byteCount)"
        case .invalidHex: "hash is not valid hexadecimal"
        case .invalidBase64: "hash is not valid base64"
        }
    }
}
