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

extension QRCode.ErrorCorrection {
    /// The two bits naming the level in the format information. The standard
    /// numbers them L=01, M=00, Q=11, H=10, not in order of strength.
    fileprivate var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }

    /// Row of this level in the block tables below.
    fileprivate var tableRow: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }
}

/// How one version and level splits its codewords into Reed–Solomon blocks
/// (ISO/IEC 18004 Table 9). Blocks are interleaved so that a local smudge on
/// the printed symbol spreads its damage over several blocks.
private struct BlockLayout {
    /// Error-correction codewords per block, by level row then version − 1.
    private static let ecCodewordsPerBlock: [[UInt8]] = [
        [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
         28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
         26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
         28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
         30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]
    /// Number of blocks, same indexing.
    private static let blockCounts: [[UInt8]] = [
        [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
         8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
         17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
         23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
         25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]

    let ecPerBlock: Int
    let blockCount: Int
    /// Data plus error-correction codewords in the whole symbol.
    let totalCodewords: Int

    init(version: Int, correction: QRCode.ErrorCorrection) {
        ecPerBlock = Int(Self.ecCodewordsPerBlock[correction.tableRow][version - 1])
        blockCount = Int(Self.blockCounts[correction.tableRow][version - 1])
        totalCodewords = Self.rawDataModules(version: version) / 8
    }

    var dataCodewords: Int { totalCodewords - ecPerBlock * blockCount }

    /// Modules left for codewords once every function pattern is placed; the
    /// 0–7 bits that do not make a whole codeword are the remainder bits.
    /// Computing it saves a 40-entry table that would have to be checked too.
    static func rawDataModules(version: Int) -> Int {
        var modules = (16 * version + 128) * version + 64  // size² − finders, separators, format, timing
        if version >= 2 {
            let alignmentsPerSide = version / 7 + 2
            // Alignment patterns, less the parts that overlap the timing lines.
            modules -= (25 * alignmentsPerSide - 10) * alignmentsPerSide - 55
            if version >= 7 { modules -= 2 * 18 }  // two copies of the version information
        }
        return modules
    }

    /// Splits `data` into blocks, appends each block's error correction, and
    /// interleaves codeword by codeword. When the codewords do not divide
    /// evenly, the last blocks are one data codeword longer.
    func interleave(_ data: [UInt8]) -> [UInt8] {
        let longBlocks = totalCodewords % blockCount
        let shortDataLength = totalCodewords / blockCount - ecPerBlock
        let generator = ReedSolomon.generator(degree: ecPerBlock)
        var dataBlocks: [[UInt8]] = []
        var ecBlocks: [[UInt8]] = []
        var offset = 0
        for block in 0..<blockCount {
            let length = shortDataLength + (block >= blockCount - longBlocks ? 1 : 0)
            let blockData = Array(data[offset..<offset + length])
            offset += length
            dataBlocks.append(blockData)
            ecBlocks.append(ReedSolomon.remainder(of: blockData, dividedBy: generator))
        }
        var result: [UInt8] = []
        result.reserveCapacity(totalCodewords)
        for index in 0...shortDataLength {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<ecPerBlock {
            for block in ecBlocks { result.append(block[index]) }
        }
        return result
    }
}

/// Reed–Solomon error correction over GF(2⁸) with the QR field polynomial
/// x⁸ + x⁴ + x³ + x² + 1 (0x11D) and generator roots α⁰ … αⁿ⁻¹.
private enum ReedSolomon {
    /// Coefficients of ∏(x − αⁱ), highest power first, without the leading 1.
    static func generator(degree: Int) -> [UInt8] {
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            // Multiply the polynomial so far by (x − root); in GF(2⁸) − is ⊕.
            for index in 0..<degree {
                coefficients[index] = multiply(coefficients[index], root)
                if index + 1 < degree { coefficients[index] ^= coefficients[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return coefficients
    }

    /// The error-correction codewords: `data`·xⁿ mod generator, by long division.
    static func remainder(of data: [UInt8], dividedBy generator: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ remainder.removeFirst()
            remainder.append(0)
            for index in remainder.indices { remainder[index] ^= multiply(generator[index], factor) }
        }
        return remainder
    }

    /// Carry-less multiplication reduced by 0x11D. Bit by bit rather than with
    /// log tables: codes of a few hundred bytes make speed irrelevant.
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product = 0
        for bit in (0..<8).reversed() {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= ((Int(y) >> bit) & 1) * Int(x)
        }
        return UInt8(product)
    }
}

/// Big-endian bit accumulator for the data segment.
private struct BitWriter {
    private(set) var bits: [Bool] = []
    var count: Int { bits.count }

    mutating func append(_ value: Int, count: Int) {
        for shift in (0..<count).reversed() { bits.append((value >> shift) & 1 == 1) }
    }

    /// Whole bytes; callers pad to a multiple of eight first.
    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(0) { $0 << 1 | ($1 ? 1 : 0) }
        }
    }
}

/// The symbol under construction. Function patterns are flagged so that data
/// placement and masking leave them alone.
private struct ModuleGrid {
    let version: Int
    let size: Int
    private(set) var modules: [Bool]
    private var isFunction: [Bool]

    init(version: Int) {
        self.version = version
        size = 4 * version + 17
        modules = Array(repeating: false, count: size * size)
        isFunction = modules
    }

    private mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark
        isFunction[y * size + x] = true
    }

    mutating func drawFunctionPatterns() {
        for index in 0..<size {
            setFunction(x: 6, y: index, dark: index % 2 == 0)
            setFunction(x: index, y: 6, dark: index % 2 == 0)
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] { drawFinder(centerX: x, centerY: y) }
        let centers = alignmentCenters
        for x in centers {
            for y in centers {
                // The three corners taken by finder patterns get no alignment pattern.
                let onFinder = (x == 6 && y == 6) || (x == 6 && y == centers.last) || (x == centers.last && y == 6)
                if !onFinder { drawAlignment(centerX: x, centerY: y) }
            }
        }
        // Reserves the format areas now; the real bits are drawn once the mask is known.
        drawFormatBits(correction: .medium, mask: 0)
        drawVersionBits()
    }

    /// A 7×7 finder with its light separator, clipped at the symbol's edges.
    private mutating func drawFinder(centerX: Int, centerY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let (x, y) = (centerX + dx, centerY + dy)
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    private mutating func drawAlignment(centerX: Int, centerY: Int) {
        for dy in -2...2 {
            for dx in -2...2 { setFunction(x: centerX + dx, y: centerY + dy, dark: max(abs(dx), abs(dy)) != 1) }
        }
    }

    /// Row/column coordinates of alignment pattern centres (Annex E): 6, then
    /// evenly spaced (by an even step) up to size − 7. Version 32 is the one
    /// version whose spacing the standard does not round that way.
    private var alignmentCenters: [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        return [6] + (0..<count - 1).map { size - 7 - (count - 2 - $0) * step }
    }

    /// 15-bit format information: level and mask protected by a (15, 5) BCH
    /// code, XOR-ed with 0x5412 so that it is never all light. Drawn twice, and
    /// the always-dark module sits beside the lower copy.
    mutating func drawFormatBits(correction: QRCode.ErrorCorrection, mask: Int) {
        let data = correction.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0b101010000010010
        let bit = { (index: Int) in (bits >> index) & 1 == 1 }

        for index in 0...5 { setFunction(x: 8, y: index, dark: bit(index)) }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for index in 9..<15 { setFunction(x: 14 - index, y: 8, dark: bit(index)) }

        for index in 0..<8 { setFunction(x: size - 1 - index, y: 8, dark: bit(index)) }
        for index in 8..<15 { setFunction(x: 8, y: size - 15 + index, dark: bit(index)) }
        setFunction(x: 8, y: size - 8, dark: true)
    }

    /// 18-bit version information for versions 7 and up, protected by an
    /// (18, 6) BCH code; one 6×3 copy near each of the two upper-right and
    /// lower-left finders.
    private mutating func drawVersionBits() {
        guard version >= 7 else { return }
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = version << 12 | remainder
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let (near, far) = (size - 11 + index % 3, index / 3)
            setFunction(x: near, y: far, dark: dark)
            setFunction(x: far, y: near, dark: dark)
        }
    }

    /// Places codewords most significant bit first in two-module-wide columns,
    /// zig-zagging up and down from the bottom-right corner and skipping the
    /// vertical timing line. Leftover remainder bits stay light.
    mutating func drawCodewords(_ codewords: [UInt8]) {
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction[y * size + x] && bitIndex < codewords.count * 8 {
                    modules[y * size + x] = (codewords[bitIndex >> 3] >> (7 - (bitIndex & 7))) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }

    /// XORs a mask pattern (Table 10) over the data area; applying it twice undoes it.
    mutating func applyMask(_ mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] {
                let flip = switch mask {
                case 0: (x + y) % 2 == 0
                case 1: y % 2 == 0
                case 2: x % 3 == 0
                case 3: (x + y) % 3 == 0
                case 4: (x / 3 + y / 2) % 2 == 0
                case 5: x * y % 2 + x * y % 3 == 0
                case 6: (x * y % 2 + x * y % 3) % 2 == 0
                default: ((x + y) % 2 + x * y % 3) % 2 == 0
                }
                if flip { modules[y * size + x].toggle() }
            }
        }
    }

    /// The mask with the lowest penalty, the first one on ties, scored on the
    /// finished symbol including its format bits as the standard asks.
    func bestMask(correction: QRCode.ErrorCorrection) -> Int {
        let penalties = (0..<8).map { penalty(ofMask: $0, correction: correction) }
        return penalties.firstIndex(of: penalties.min()!)!
    }

    private func penalty(ofMask mask: Int, correction: QRCode.ErrorCorrection) -> Int {
        var trial = self
        trial.applyMask(mask)
        trial.drawFormatBits(correction: correction, mask: mask)
        return trial.penalty
    }

    /// Section 7.8.3: runs, 2×2 blocks, finder look-alikes and dark/light balance.
    private var penalty: Int {
        var score = 0
        for index in 0..<size {
            score += Self.linePenalty((0..<size).map { modules[index * size + $0] })
            score += Self.linePenalty((0..<size).map { modules[$0 * size + index] })
        }
        for y in 0..<size - 1 {
            for x in 0..<size - 1 {
                let colour = modules[y * size + x]
                if modules[y * size + x + 1] == colour, modules[(y + 1) * size + x] == colour,
                   modules[(y + 1) * size + x + 1] == colour {
                    score += 3
                }
            }
        }
        // 10 points for every full 5 % the dark share strays from 50 %.
        let dark = modules.count(where: \.self)
        score += 10 * (abs(dark * 20 - modules.count * 10) / modules.count)
        return score
    }

    private static let finderLike: [Bool] = [true, false, true, true, true, false, true]

    /// Rules 1 and 3 for one row or column. Modules beyond the edge count as
    /// light, as the quiet zone is.
    private static func linePenalty(_ line: [Bool]) -> Int {
        var score = 0
        var runStart = 0
        for index in 1...line.count where index == line.count || line[index] != line[runStart] {
            let run = index - runStart
            if run >= 5 { score += 3 + run - 5 }
            runStart = index
        }
        func isLight(_ range: Range<Int>) -> Bool {
            range.clamped(to: line.indices).allSatisfy { !line[$0] }
        }
        for start in 0...(line.count - 7) where line[start..<start + 7].elementsEqual(finderLike) {
            if isLight(start - 4..<start) || isLight(start + 7..<start + 11) { score += 40 }
        }
        return score
    }
}
