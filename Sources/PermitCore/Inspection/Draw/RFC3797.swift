/// RFC 3797 (Publicly Verifiable Nominations Committee Random Selection),
/// §4 and its reference code: the selection PermitTrail's
/// 双随机一公开 draw uses, so that anyone can re-run it from the published
/// pools and sources.
///
/// For selection i = 0, 1, …: MD5 over the two-byte big-endian index, the key
/// string's bytes and the index again; the digest read as a 128-bit unsigned
/// big-endian integer, divided by the number of entries not yet selected; the
/// remainder r picks the (r+1)-th entry still in the pool, counted in pool
/// order. Entries are numbered from 1.
public enum RFC3797 {
    /// The key string: each source's key part, in the order the sources were named.
    public static func keyString(_ sources: [RFC3797Source]) throws(DrawError) -> String {
        guard !sources.isEmpty else { throw .noSources }
        if let empty = sources.firstIndex(where: \.isEmpty) { throw .emptySource(empty + 1) }
        return sources.map(\.keyPart).joined()
    }

    /// The key string of a sub-draw: `key` with `label` appended as one more
    /// string source (see ``RFC3797Source``). Each tier and each enterprise's
    /// inspectors are drawn with their own label, so no two sub-draws share a
    /// hash sequence, and each is still a plain RFC 3797 run that
    /// `permittrail draw rfc3797 … LABEL` repeats.
    public static func key(_ key: String, extendedWith label: String) throws(DrawError) -> String {
        let source = try RFC3797Source(parsing: label)
        guard case .text = source, !source.isEmpty else { throw .emptySource(0) }
        return key + source.keyPart
    }

    /// MD5(index, key, index) for the selection with 0-based `index`.
    public static func digest(index: Int, key: String) -> [UInt8] {
        let bracket = [UInt8(truncatingIfNeeded: index >> 8), UInt8(truncatingIfNeeded: index)]
        var md5 = MD5()
        md5.update(bracket)
        md5.update(key.utf8)
        md5.update(bracket)
        return md5.finalize()
    }

    /// Selects `count` of the pool entries 1…`pool`, without replacement, and
    /// returns every step in order.
    public static func select(count: Int, fromPoolOf pool: Int, key: String) throws(DrawError) -> [RFC3797Step] {
        guard count >= 0 else { throw .negativeCount(count) }
        guard count <= pool else { throw .countExceedsPool(count: count, pool: pool) }
        guard count <= 65536 else { throw .tooManySelections(count) }
        var remaining = RemainingPool(size: pool)
        var steps: [RFC3797Step] = []
        steps.reserveCapacity(count)
        for index in 0..<count {
            let digest = digest(index: index, key: key)
            let divisor = pool - index
            let remainder = Self.remainder(of: digest, dividedBy: divisor)
            let position = remaining.removeEntry(at: remainder) + 1
            steps.append(RFC3797Step(index: index + 1, md5: digest.hexUppercased, divisor: divisor, remainder: remainder, selected: position))
        }
        return steps
    }

    /// The 16-byte digest as a big-endian integer, modulo `divisor`, a byte
    /// at a time as the RFC's `longremainder` does.
    static func remainder(of digest: [UInt8], dividedBy divisor: Int) -> Int {
        let divisor = UInt64(divisor)
        var remainder: UInt64 = 0
        for byte in digest { remainder = (remainder << 8 | UInt64(byte)) % divisor }
        return Int(remainder)
    }
}

/// One row of the RFC's output table ("index, hex value of MD5, div,
/// selected"), plus the remainder, so a reader can check each step by hand.
public struct RFC3797Step: Codable, Hashable, Sendable {
    /// 1-based, as the RFC prints it; the bytes hashed are `index - 1`.
    public var index: Int
    /// The MD5 digest, 32 upper-case hex digits.
    public var md5: String
    /// The number of entries not yet selected.
    public var divisor: Int
    /// The digest modulo `divisor`: how many remaining entries were skipped.
    public var remainder: Int
    /// The pool position (1-based) selected.
    public var selected: Int

    public init(index: Int, md5: String, divisor: Int, remainder: Int, selected: Int) {
        self.index = index
        self.md5 = md5
        self.divisor = divisor
        self.remainder = remainder
        self.selected = selected
    }
}

extension [UInt8] {
    var hexUppercased: String {
        let digits = Array("0123456789ABCDEF".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(count * 2)
        for byte in self { text.append(digits[Int(byte >> 4)]); text.append(digits[Int(byte & 0x0F)]) }
        return String(decoding: text, as: UTF8.self)
    }
}

/// The entries not yet selected, as a Fenwick tree of ones: finding and
/// removing the r-th remaining entry is O(log n) instead of the reference
/// code's scan, which matters for a pool of 100,000 enterprises.
private struct RemainingPool {
    private var tree: [Int]
    private let highestBit: Int

    init(size: Int) {
        tree = [Int](repeating: 0, count: size + 1)
        for position in 1...max(size, 1) where position <= size {
            tree[position] += 1
            let parent = position + (position & -position)
            if parent <= size { tree[parent] += tree[position] }
        }
        var bit = 1
        while bit * 2 <= size { bit *= 2 }
        highestBit = size == 0 ? 0 : bit
    }

    /// Removes the entry with `rank` (0-based) among those remaining and
    /// returns its 0-based position.
    mutating func removeEntry(at rank: Int) -> Int {
        var position = 0
        var left = rank + 1
        var bit = highestBit
        while bit > 0 {
            let next = position + bit
            if next < tree.count, tree[next] < left {
                position = next
                left -= tree[next]
            }
            bit /= 2
        }
        var index = position + 1
        while index < tree.count {
            tree[index] -= 1
            index += index & -index
        }
        return position
    }
}
