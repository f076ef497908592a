// Placing a QR symbol's modules: function patterns, codewords, masks.
import Foundation

/// The symbol under construction. Function patterns are flagged so that data
/// placement and masking leave them alone.
struct ModuleGrid {
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
