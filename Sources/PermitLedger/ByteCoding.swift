/// Big-endian writer for the ledger's binary encodings.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ raw: some Sequence<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    mutating func appendUInt32(_ value: UInt32) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }
}

/// Big-endian reader that never reads past the end: every read returns nil
/// instead, so a hostile length prefix can neither crash nor allocate.
struct ByteReader<Bytes: RandomAccessCollection<UInt8>> where Bytes.Index == Int {
    private let bytes: Bytes
    /// How many bytes were read, from the start of `bytes`.
    private(set) var offset = 0

    init(_ bytes: Bytes) {
        self.bytes = bytes
    }

    var remaining: Int { bytes.count - offset }

    mutating func readByte() -> UInt8? {
        guard remaining >= 1 else { return nil }
        defer { offset += 1 }
        return bytes[bytes.startIndex + offset]
    }

    mutating func readUInt32() -> UInt32? {
        guard let raw = read(count: 4) else { return nil }
        return raw.reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func read(count: Int) -> Bytes.SubSequence? {
        readRange(count: count).map { bytes[bytes.startIndex + $0.lowerBound..<bytes.startIndex + $0.upperBound] }
    }

    /// A `UInt32` length followed by that many bytes.
    mutating func readLengthPrefixed() -> Bytes.SubSequence? {
        readLengthPrefixedRange().map { bytes[bytes.startIndex + $0.lowerBound..<bytes.startIndex + $0.upperBound] }
    }

    /// Where a `UInt32` length and that many bytes lie, from the start of
    /// `bytes`, for a reader that only locates fields.
    mutating func readLengthPrefixedRange() -> Range<Int>? {
        guard let length = readUInt32(), UInt64(length) <= UInt64(remaining) else { return nil }
        return readRange(count: Int(length))
    }

    private mutating func readRange(count: Int) -> Range<Int>? {
        guard count >= 0, remaining >= count else { return nil }
        defer { offset += count }
        return offset..<(offset + count)
    }
}

extension String {
    /// The text of `bytes` if they are valid UTF-8, else nil.
    ///
    /// Decoding with repair and comparing the bytes back is exact, because
    /// repair always changes invalid bytes; `String(validating:as:)` on a
    /// slice looks up generic metadata at run time on every call, and the
    /// fsck decodes every entry.
    init?(utf8Exactly bytes: ArraySlice<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(bytes) else { return nil }
        self = text
    }
}
