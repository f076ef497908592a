/// The size a PNG declares in its first chunk, which the format requires
/// to be `IHDR` right after the signature.
enum PNGHeader {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func size(_ reader: ByteReader) -> PixelSize? {
        guard reader.bytes.starts(with: signature), reader.u32(8) == 13, reader.fourCC(12) == "IHDR",
              let width = reader.u32(16), let height = reader.u32(20)
        else { return nil }
        // The specification caps both at 2^31 − 1 and forbids zero.
        guard (1...0x7FFF_FFFF).contains(width), (1...0x7FFF_FFFF).contains(height) else { return nil }
        return PixelSize(width: Int(width), height: Int(height))
    }
}
