/// Reads integers out of untrusted bytes. Every read is checked against the
/// end, so a lying length or offset makes a read return nil instead of
/// trapping; the parsers built on it stop at the first nil.
struct ByteReader {
    let bytes: [UInt8]
    /// TIFF (and so EXIF) may be either; everything else here is big-endian.
    var littleEndian = false

    init(_ bytes: [UInt8], littleEndian: Bool = false) {
        self.bytes = bytes
        self.littleEndian = littleEndian
    }

    var count: Int { bytes.count }

    /// Whether `length` bytes from `offset` are all there, without the sum
    /// overflowing for offsets read from the file.
    func has(_ offset: Int, _ length: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= bytes.count && length <= bytes.count - offset
    }

    func u8(_ offset: Int) -> UInt8? {
        has(offset, 1) ? bytes[offset] : nil
    }

    func u16(_ offset: Int) -> UInt16? {
        guard has(offset, 2) else { return nil }
        let (a, b) = (UInt16(bytes[offset]), UInt16(bytes[offset + 1]))
        return littleEndian ? b << 8 | a : a << 8 | b
    }

    func u32(_ offset: Int) -> UInt32? {
        guard has(offset, 4) else { return nil }
        let value = bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return littleEndian ? value.byteSwapped : value
    }

    func slice(_ offset: Int, _ length: Int) -> ArraySlice<UInt8>? {
        has(offset, length) ? bytes[offset..<offset + length] : nil
    }

    /// Four bytes as text, the way box types and brands are written.
    func fourCC(_ offset: Int) -> String? {
        guard let code = slice(offset, 4), code.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
        return String(decoding: code, as: UTF8.self)
    }
}
