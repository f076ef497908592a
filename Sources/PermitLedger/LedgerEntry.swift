import Foundation

/// One event recorded in the ledger, and its deterministic byte encoding.
///
/// The encoding is what the tree commits to (the leaf hash is
/// `SHA-256(0x00 ‖ encoding)`), so it must have exactly one byte form per
/// entry, forever: an auditor re-encodes the entries a case shows and must get
/// the published hashes. Hence a version byte, fixed field order, explicit
/// lengths, sorted keys and a single time format. Layout (integers are
/// big-endian, `str` is a `UInt32` byte length followed by UTF-8 bytes):
///
/// ```
/// u8   version = 0x01
/// str  eventType
/// str  actor
/// str  subjectKind
/// str  subjectID
/// str  time            RFC 3339 UTC, milliseconds: "2026-11-23T03:04:05.678Z"
/// u32  field count
///      per field, ascending by key bytes, keys unique:  str key, str value
/// u32  evidence count
///      per evidence hash, in the given order:           32 raw bytes
/// ```
///
/// The whole encoding is at most 65,535 bytes so that every entry fits a
/// C2SP entry bundle; an entry that could never be served must not be logged.
public struct LedgerEntry: Sendable, Hashable {
    /// The only encoding version so far; a new one gets a new byte.
    public static let version: UInt8 = 0x01
    /// The largest encoding an entry bundle can carry.
    public static let maxEncodedSize = Int(UInt16.max)

    /// What happened, for example `license.issued`.
    public var eventType: String
    /// Who did it: a user or system identifier.
    public var actor: String
    /// The kind of record it happened to, for example `case`.
    public var subjectKind: String
    /// The identifier of that record.
    public var subjectID: String
    /// When it happened; encoded to the millisecond (rounded to nearest).
    public var time: Date
    /// Event-specific details.
    public var fields: [String: String]
    /// Hashes of the evidence blobs the event refers to, in order.
    public var evidence: [Hash]

    /// An entry; nothing is validated until ``encoded()``.
    public init(
        eventType: String, actor: String, subjectKind: String, subjectID: String,
        time: Date, fields: [String: String] = [:], evidence: [Hash] = []
    ) {
        self.eventType = eventType
        self.actor = actor
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.time = time
        self.fields = fields
        self.evidence = evidence
    }

    /// The canonical encoding.
    /// - Throws: ``LedgerEntryError/timeOutOfRange`` outside years 0000–9999,
    ///   ``LedgerEntryError/tooLarge(_:)`` past ``maxEncodedSize``.
    public func encoded() throws(LedgerEntryError) -> [UInt8] {
        guard let timeText = LedgerTime.format(time) else { throw .timeOutOfRange }
        var writer = ByteWriter()
        writer.append(Self.version)
        for text in [eventType, actor, subjectKind, subjectID, timeText] {
            try Self.appendString(text, to: &writer)
        }
        // Swift orders strings by Unicode rules; the format orders raw bytes.
        let sortedFields = fields.map { (Array($0.key.utf8), $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        writer.appendUInt32(UInt32(sortedFields.count))
        for (key, value) in sortedFields {
            try Self.appendBytes(key, to: &writer)
            try Self.appendString(value, to: &writer)
        }
        writer.appendUInt32(UInt32(evidence.count))
        for hash in evidence {
            writer.append(hash.bytes)
        }
        guard writer.bytes.count <= Self.maxEncodedSize else { throw .tooLarge(writer.bytes.count) }
        return writer.bytes
    }

    /// The hash this entry occupies in the tree.
    public func leafHash() throws(LedgerEntryError) -> Hash {
        TreeHasher.leafHash(try encoded())
    }

    /// Decodes an encoding, accepting only the canonical form so that
    /// decode-then-encode gives back the same bytes.
    public init(decoding bytes: [UInt8]) throws(LedgerEntryError) {
        guard bytes.count <= Self.maxEncodedSize else { throw .tooLarge(bytes.count) }
        var reader = ByteReader(bytes)
        guard let version = reader.readByte() else { throw .truncated }
        guard version == Self.version else { throw .unsupportedVersion(version) }
        eventType = try Self.readString(&reader, field: "eventType")
        actor = try Self.readString(&reader, field: "actor")
        subjectKind = try Self.readString(&reader, field: "subjectKind")
        subjectID = try Self.readString(&reader, field: "subjectID")
        let timeText = try Self.readString(&reader, field: "time")
        guard let time = LedgerTime.parse(timeText) else { throw .invalidTime(timeText) }
        self.time = time
        fields = try Self.readFields(&reader)
        guard let evidenceCount = reader.readUInt32() else { throw .truncated }
        var evidence: [Hash] = []
        for _ in 0..<evidenceCount {
            guard let raw = reader.read(count: Hash.byteCount) else { throw .truncated }
            evidence.append(Hash(validBytes: Array(raw)))
        }
        self.evidence = evidence
        guard reader.remaining == 0 else { throw .trailingBytes(reader.remaining) }
    }

    /// Where the subject kind and identifier lie in an encoding, found
    /// without decoding the rest; nil if the encoding does not reach them.
    ///
    /// The fsck compares every entry's subject with its index columns but
    /// needs the fields only of the newest entry about each covered row, and
    /// it reads the entries in place, as the database driver holds them.
    public static func subjectRanges(in bytes: UnsafeRawBufferPointer) -> (kind: Range<Int>, id: Range<Int>)? {
        var reader = ByteReader(bytes)
        return locateSubject(&reader)
    }

    /// Reads the version and the strings up to the subject, leaving the
    /// reader at the time: the part of the layout both walkers share.
    private static func locateSubject(_ reader: inout ByteReader<UnsafeRawBufferPointer>) -> (kind: Range<Int>, id: Range<Int>)? {
        guard reader.readByte() == version, reader.readLengthPrefixedRange() != nil, reader.readLengthPrefixedRange() != nil,
            let kind = reader.readLengthPrefixedRange(), let id = reader.readLengthPrefixedRange()
        else { return nil }
        return (kind, id)
    }

    /// How many bytes the encoding at the start of `bytes` takes, found by
    /// walking its lengths without decoding anything; nil if `bytes` does
    /// not start with a whole version-1 encoding.
    ///
    /// This is what splits entries that arrive laid end to end, as the
    /// PostgreSQL fsck reads them; whatever it splits is still checked entry
    /// by entry.
    public static func encodedLength(atStartOf bytes: UnsafeRawBufferPointer) -> Int? {
        var reader = ByteReader(bytes)
        guard locateSubject(&reader) != nil, reader.readLengthPrefixedRange() != nil, let fieldCount = reader.readUInt32()
        else { return nil }
        for _ in 0..<fieldCount {
            guard reader.readLengthPrefixedRange() != nil, reader.readLengthPrefixedRange() != nil else { return nil }
        }
        guard let evidenceCount = reader.readUInt32(), UInt64(evidenceCount) * UInt64(Hash.byteCount) <= UInt64(reader.remaining)
        else { return nil }
        return reader.offset + Int(evidenceCount) * Hash.byteCount
    }

    private static func readFields(_ reader: inout ByteReader<[UInt8]>) throws(LedgerEntryError) -> [String: String] {
        guard let count = reader.readUInt32() else { throw .truncated }
        var fields: [String: String] = [:]
        fields.reserveCapacity(Int(min(count, 64)))
        var previousKey: ArraySlice<UInt8>?
        for _ in 0..<count {
            guard let keyBytes = reader.readLengthPrefixed() else { throw .truncated }
            guard let key = String(utf8Exactly: keyBytes) else { throw .invalidUTF8(field: "fields") }
            if let previousKey {
                guard !previousKey.elementsEqual(keyBytes) else { throw .duplicateKey(key) }
                guard previousKey.lexicographicallyPrecedes(keyBytes) else { throw .unsortedKeys(key) }
            }
            previousKey = keyBytes
            // Distinct bytes can still be equal Swift strings (canonical
            // equivalence); the dictionary would silently merge them.
            guard fields.updateValue(try readString(&reader, field: "fields[\(key)]"), forKey: key) == nil else {
                throw .duplicateKey(key)
            }
        }
        return fields
    }

    private static func appendString(_ text: String, to writer: inout ByteWriter) throws(LedgerEntryError) {
        try appendBytes(Array(text.utf8), to: &writer)
    }

    private static func appendBytes(_ bytes: [UInt8], to writer: inout ByteWriter) throws(LedgerEntryError) {
        guard bytes.count <= maxEncodedSize else { throw .tooLarge(bytes.count) }
        writer.appendUInt32(UInt32(bytes.count))
        writer.append(bytes)
    }

    private static func readString(_ reader: inout ByteReader<[UInt8]>, field: String) throws(LedgerEntryError) -> String {
        guard let bytes = reader.readLengthPrefixed() else { throw .truncated }
        guard let text = String(utf8Exactly: bytes) else { throw .invalidUTF8(field: field) }
        return text
    }
}

/// Why an entry cannot be encoded or bytes are not a canonical entry.
public enum LedgerEntryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The first byte is not a known version.
    case unsupportedVersion(UInt8)
    /// The bytes end inside a field.
    case truncated
    /// Bytes remain after the last evidence hash.
    case trailingBytes(Int)
    /// A string field is not valid UTF-8.
    case invalidUTF8(field: String)
    /// The time is not in the canonical RFC 3339 form.
    case invalidTime(String)
    /// A field key is not in ascending byte order.
    case unsortedKeys(String)
    /// A field key appears twice.
    case duplicateKey(String)
    /// The time is outside years 0000 to 9999.
    case timeOutOfRange
    /// The encoding would exceed ``LedgerEntry/maxEncodedSize`` bytes.
    case tooLarge(Int)

    public var description: String {
        switch self {
        case .unsupportedVersion(let version): "unsupported entry version \(version)"
        case .truncated: "entry is truncated"
        case .trailingBytes(let count): "entry has \(count) trailing bytes"
        case .invalidUTF8(let field): "entry \(field) is not valid UTF-8"
        case .invalidTime(let text): "entry time \"\(text)\" is not canonical RFC 3339 UTC with milliseconds"
        case .unsortedKeys(let key): "entry field key \"\(key)\" is out of order"
        case .duplicateKey(let key): "entry field key \"\(key)\" is repeated"
        case .timeOutOfRange: "entry time is outside years 0000 to 9999"
        case .tooLarge(let size): "entry is \(size) bytes, at most \(LedgerEntry.maxEncodedSize) allowed"
        }
    }
}
