/// Byte formats of C2SP tlog-tiles resources.
public enum TileCoding {
    /// A tile's body: its hashes concatenated, 32 bytes each.
    public static func tile(_ hashes: [Hash]) -> [UInt8] {
        hashes.flatMap(\.bytes)
    }

    /// Splits a tile body back into hashes.
    /// - Throws: ``TileCodingError/badTileLength(_:)`` unless it holds 1 to
    ///   256 whole hashes.
    public static func parseTile(_ bytes: [UInt8]) throws(TileCodingError) -> [Hash] {
        guard !bytes.isEmpty, bytes.count % Hash.byteCount == 0,
              bytes.count / Hash.byteCount <= TileLayout.width else { throw .badTileLength(bytes.count) }
        return stride(from: 0, to: bytes.count, by: Hash.byteCount).map {
            Hash(validBytes: Array(bytes[$0..<($0 + Hash.byteCount)]))
        }
    }

    /// An entry bundle's body: each entry as a big-endian `UInt16` length
    /// followed by its bytes.
    /// - Throws: ``TileCodingError/entryTooLarge(index:size:)`` for an entry
    ///   over 65,535 bytes, which the format cannot carry.
    public static func entryBundle(_ entries: [[UInt8]]) throws(TileCodingError) -> [UInt8] {
        var out: [UInt8] = []
        for (index, entry) in entries.enumerated() {
            guard entry.count <= Int(UInt16.max) else { throw .entryTooLarge(index: index, size: entry.count) }
            out += [UInt8(entry.count >> 8), UInt8(entry.count & 0xFF)] + entry
        }
        return out
    }

    /// Splits an entry bundle body back into entries.
    /// - Throws: ``TileCodingError/truncatedBundle`` if a length runs past
    ///   the end, ``TileCodingError/tooManyEntries(_:)`` beyond 256 entries.
    public static func parseEntryBundle(_ bytes: [UInt8]) throws(TileCodingError) -> [[UInt8]] {
        var entries: [[UInt8]] = []
        var offset = 0
        while offset < bytes.count {
            guard bytes.count - offset >= 2 else { throw .truncatedBundle }
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            offset += 2
            guard bytes.count - offset >= length else { throw .truncatedBundle }
            entries.append(Array(bytes[offset..<(offset + length)]))
            offset += length
            guard entries.count <= TileLayout.width else { throw .tooManyEntries(entries.count) }
        }
        return entries
    }
}

/// Why a tile or entry bundle body is malformed.
public enum TileCodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A tile body is not 1 to 256 whole 32-byte hashes.
    case badTileLength(Int)
    /// An entry is longer than a `UInt16` length prefix can state.
    case entryTooLarge(index: Int, size: Int)
    /// An entry's stated length runs past the end of the bundle.
    case truncatedBundle
    /// A bundle holds more than 256 entries.
    case tooManyEntries(Int)

    public var description: String {
        switch self {
        case .badTileLength(let length): "tile is \(length) bytes, not 1 to 256 whole hashes"
        case .entryTooLarge(let index, let size): "entry \(index) is \(size) bytes, at most 65535 fit a bundle"
        case .truncatedBundle: "entry bundle is truncated"
        case .tooManyEntries(let count): "entry bundle has \(count) entries, at most 256 allowed"
        }
    }
}
