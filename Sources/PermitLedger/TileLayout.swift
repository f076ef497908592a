/// A C2SP tlog-tiles hash tile: up to 256 consecutive node hashes at tree
/// level `8 × level`, served at `tile/<L>/<N>[.p/<W>]`.
///
/// Tiles let auditors fetch the tree as a few immutable static files and
/// compute any proof themselves, instead of trusting a proof endpoint.
public struct TileID: Sendable, Hashable, CustomStringConvertible {
    /// The tile level L; its hashes are tree nodes at level `8 × L`.
    public let level: Int
    /// The tile index N within its level.
    public let index: UInt64
    /// How many hashes it holds: 256 when full, 1...255 when partial.
    public let width: Int

    /// - Precondition: `0 <= level <= 7` (deeper levels would exceed 64-bit
    ///   tree sizes) and `1 <= width <= 256`.
    public init(level: Int, index: UInt64, width: Int) {
        precondition((0...7).contains(level) && (1...TileLayout.width).contains(width))
        self.level = level
        self.index = index
        self.width = width
    }

    /// Whether more hashes will be added to this tile as the tree grows.
    public var isPartial: Bool { width < TileLayout.width }

    /// The path below the log's URL prefix.
    public var path: String { "tile/\(level)/" + TileLayout.indexPath(index, width: width) }

    /// The tree nodes whose hashes the tile holds, in order, so the store can
    /// fetch them to build it.
    public var nodes: [NodeID] {
        let first = index * UInt64(TileLayout.width)
        return (0..<UInt64(width)).map { NodeID(level: level * TileLayout.height, index: first + $0) }
    }

    public var description: String { path }
}

/// A C2SP tlog-tiles entry bundle: up to 256 consecutive log entries, served
/// at `tile/entries/<N>[.p/<W>]`.
public struct EntryBundleID: Sendable, Hashable, CustomStringConvertible {
    /// The bundle index N; it holds entries from `N × 256`.
    public let index: UInt64
    /// How many entries it holds: 256 when full, 1...255 when partial.
    public let width: Int

    /// - Precondition: `1 <= width <= 256`.
    public init(index: UInt64, width: Int) {
        precondition((1...TileLayout.width).contains(width))
        self.index = index
        self.width = width
    }

    /// Whether more entries will be added to this bundle as the log grows.
    public var isPartial: Bool { width < TileLayout.width }

    /// The path below the log's URL prefix.
    public var path: String { "tile/entries/" + TileLayout.indexPath(index, width: width) }

    /// The log indices of the entries in this bundle.
    public var entries: Range<UInt64> {
        let first = index * UInt64(TileLayout.width)
        return first..<(first + UInt64(width))
    }

    public var description: String { path }
}

/// Pure layout rules of C2SP tlog-tiles: which tiles and bundles exist for a
/// tree size and where they live. Kept apart from storage so the file and
/// object-store drivers cannot disagree about paths.
public enum TileLayout {
    /// Hashes per full tile and entries per full bundle.
    public static let width = 256
    /// Tree levels spanned by one tile level (`256 = 2^8`).
    public static let height = 8

    /// Every hash tile of the tree of `size` leaves, level by level.
    public static func tiles(treeSize size: UInt64) -> [TileID] {
        changedTiles(from: 0, to: size)
    }

    /// The tiles whose content differs between the trees of `oldSize` and
    /// `newSize` leaves: what a writer must (re)write after an append.
    public static func changedTiles(from oldSize: UInt64, to newSize: UInt64) -> [TileID] {
        guard oldSize < newSize else { return [] }
        var result: [TileID] = []
        for level in 0..<8 {
            let shift = UInt64(level * height)
            let (newCount, oldCount) = (newSize >> shift, oldSize >> shift)
            guard newCount > oldCount else { break }
            for (index, width) in spans(from: oldCount, to: newCount) {
                result.append(TileID(level: level, index: index, width: width))
            }
        }
        return result
    }

    /// Every entry bundle of the log of `size` entries.
    public static func entryBundles(treeSize size: UInt64) -> [EntryBundleID] {
        changedEntryBundles(from: 0, to: size)
    }

    /// The bundles whose content differs between the two sizes.
    public static func changedEntryBundles(from oldSize: UInt64, to newSize: UInt64) -> [EntryBundleID] {
        guard oldSize < newSize else { return [] }
        return spans(from: oldSize, to: newSize).map { EntryBundleID(index: $0.index, width: $0.width) }
    }

    /// The `x001/x234/067` form of N, with `.p/<W>` for partial tiles: the
    /// three-digit groups keep directories small and never let a file and a
    /// directory share a name.
    public static func indexPath(_ index: UInt64, width: Int) -> String {
        var groups: [String] = []
        var rest = index
        repeat {
            let group = String(rest % 1000)
            groups.insert(String(repeating: "0", count: 3 - group.count) + group, at: 0)
            rest /= 1000
        } while rest > 0
        let path = groups.dropLast().map { "x" + $0 + "/" }.joined() + groups[groups.count - 1]
        return width < Self.width ? path + ".p/\(width)" : path
    }

    /// The tiles (index, width) covering items `oldCount..<newCount` of one
    /// level, each with its width at `newCount`.
    private static func spans(from oldCount: UInt64, to newCount: UInt64) -> [(index: UInt64, width: Int)] {
        let tileWidth = UInt64(width)
        return (oldCount / tileWidth...(newCount - 1) / tileWidth).map { index in
            (index, Int(min(tileWidth, newCount - index * tileWidth)))
        }
    }
}

extension TileLayout {
    /// Parses the `N[.p/W]` part of a tile path, given as path components
    /// (`["x001", "234.p", "5"]`), accepting only the one spelling
    /// ``indexPath(_:width:)`` produces, so each tile has exactly one URL.
    public static func parseIndexPath(_ components: [String]) -> (index: UInt64, width: Int)? {
        guard var last = components.last else { return nil }
        var groups = components.dropLast()
        var width = Self.width
        if components.count >= 2, components[components.count - 2].hasSuffix(".p") {
            guard let partial = Int(last), (1..<Self.width).contains(partial), String(partial) == last else { return nil }
            width = partial
            last = String(components[components.count - 2].dropLast(2))
            groups = groups.dropLast()
        }
        guard groups.allSatisfy({ $0.hasPrefix("x") }) else { return nil }
        let digits = groups.map { String($0.dropFirst()) } + [last]
        guard digits.allSatisfy({ $0.count == 3 && $0.allSatisfy { ("0"..."9").contains($0) } }) else { return nil }
        var index: UInt64 = 0
        for group in digits {
            let (scaled, overflow) = index.multipliedReportingOverflow(by: 1000)
            guard !overflow else { return nil }
            index = scaled + UInt64(group)!
        }
        // A leading zero group would be a second spelling of the same index.
        guard indexPath(index, width: width) == components.joined(separator: "/") else { return nil }
        return (index, width)
    }
}
