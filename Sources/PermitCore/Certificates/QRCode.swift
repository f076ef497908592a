/// A QR Code symbol (ISO/IEC 18004:2015) holding one byte-mode segment.
///
/// Certificates carry a QR code of their public verification URL. The encoder is
/// written here rather than pulled in as a dependency because PermitCore stays
/// pure, and because the subset it needs — byte mode, no ECI, no Micro QR — is
/// small enough to read in one sitting and pin down with tests.
public struct QRCode: Sendable, Equatable {
    /// How much of the symbol may be damaged and still decode: about 7, 15, 25
    /// and 30 % of the codewords respectively.
    public enum ErrorCorrection: Sendable { case low, medium, quartile, high }

    /// Modules per side (21 for version 1, 4 more per version).
    public let size: Int
    public let version: Int
    /// Row-major, `true` = dark module.
    public let modules: [Bool]

    /// Whether the module in column `x`, row `y` is dark. Coordinates outside the
    /// symbol answer `false`, so a renderer can draw the light quiet zone by
    /// simply asking past the edges.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }

    /// Encodes `text` as UTF-8 in byte mode with the smallest version (1…40) that fits.
    public init(encoding text: String, correction: ErrorCorrection = .medium) throws(QRCodeError) {
        try self.init(bytes: Array(text.utf8), correction: correction, mask: nil)
    }

    /// The whole pipeline. `mask` (0…7) overrides the penalty-based choice; only
    /// cross-checks against reference encoders need that.
    init(bytes: [UInt8], correction: ErrorCorrection, mask forcedMask: Int?) throws(QRCodeError) {
        guard let version = (1...40).first(where: { Self.fits(bytes.count, version: $0, correction: correction) }) else {
            throw .tooLong(bytes: bytes.count)
        }
        let layout = BlockLayout(version: version, correction: correction)
        let codewords = layout.interleave(Self.dataCodewords(bytes, version: version, capacity: layout.dataCodewords))

        var grid = ModuleGrid(version: version)
        grid.drawFunctionPatterns()
        grid.drawCodewords(codewords)
        let mask = forcedMask ?? grid.bestMask(correction: correction)
        grid.applyMask(mask)
        grid.drawFormatBits(correction: correction, mask: mask)

        self.size = grid.size
        self.version = version
        self.modules = grid.modules
    }

    /// Byte mode spends 4 bits on the mode and 8 or 16 on the length before the data.
    private static func fits(_ byteCount: Int, version: Int, correction: ErrorCorrection) -> Bool {
        guard byteCount < 1 << countBits(version: version) else { return false }
        let capacity = BlockLayout(version: version, correction: correction).dataCodewords * 8
        return 4 + countBits(version: version) + 8 * byteCount <= capacity
    }

    /// Width of the byte-mode character count indicator (Table 3).
    private static func countBits(version: Int) -> Int { version < 10 ? 8 : 16 }

    /// Mode indicator, count, data, terminator and padding, filling exactly
    /// `capacity` data codewords.
    private static func dataCodewords(_ bytes: [UInt8], version: Int, capacity: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: countBits(version: version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        // The terminator is up to four zero bits: it may be cut short when the
        // symbol is full, then zero bits pad to a codeword boundary.
        bits.append(0, count: min(4, capacity * 8 - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        // The standard's alternating pad codewords keep the unused area from
        // being one flat colour, which would defeat masking.
        for index in 0..<(capacity - codewords.count) { codewords.append(index % 2 == 0 ? 0xEC : 0x11) }
        return codewords
    }
}

public enum QRCodeError: Error, Equatable, Sendable {
    /// More UTF-8 bytes than version 40 holds at the requested error correction.
    case tooLong(bytes: Int)
}
