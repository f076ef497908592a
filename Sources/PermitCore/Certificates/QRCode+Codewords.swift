// The codewords of a QR symbol: capacities, Reed–Solomon blocks and the bit stream.
import Foundation

extension QRCode.ErrorCorrection {
    /// The two bits naming the level in the format information. The standard
    /// numbers them L=01, M=00, Q=11, H=10, not in order of strength.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }

    /// Row of this level in the block tables below.
    var tableRow: Int {
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
struct BlockLayout {
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
enum ReedSolomon {
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
struct BitWriter {
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
