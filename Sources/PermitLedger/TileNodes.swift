/// Where a perfect subtree's hash lives when the tree is stored as C2SP hash
/// tiles, and how to recompute it from the tile.
///
/// A tile at tile level L holds consecutive node hashes of tree level `8 × L`;
/// the seven tree levels between two tile levels are not stored, because
/// rehashing at most 255 nodes of one tile costs less than a row per node
/// costs on every append (and on every fsck read).
public enum TileNodes {
    /// The tile whose hashes `node` is built from, and which of its positions.
    public static func location(of node: NodeID) -> (tile: TileAddress, positions: Range<Int>) {
        let tileLevel = node.level / TileLayout.height
        let levelsAbove = node.level % TileLayout.height
        let first = node.index << UInt64(levelsAbove)
        let offset = Int(first % UInt64(TileLayout.width))
        return (TileAddress(level: tileLevel, index: first / UInt64(TileLayout.width)), offset..<offset + 1 << levelsAbove)
    }

    /// The hash of `node`, given the hashes of the tile ``location(of:)``
    /// names (full or partial); nil if the tile does not reach the node yet.
    public static func hash(of node: NodeID, inTile hashes: [Hash]) -> Hash? {
        let positions = location(of: node).positions
        guard positions.upperBound <= hashes.count else { return nil }
        var layer = Array(hashes[positions])
        while layer.count > 1 {
            layer = stride(from: 0, to: layer.count, by: 2).map { TreeHasher.nodeHash(layer[$0], layer[$0 + 1]) }
        }
        return layer[0]
    }

    /// What a batch of completed perfect subtrees (``Frontier/append(_:)``'s
    /// answer) adds to the tiles: for each tile touched, the position of its
    /// first new hash and the new hashes, in tile order.
    public static func additions(from completed: [NodeHash]) -> [TileAddition] {
        var additions: [TileAddition] = []
        for node in completed where node.node.level % TileLayout.height == 0 {
            let (tile, positions) = location(of: node.node)
            if let existing = additions.firstIndex(where: { $0.tile == tile }) {
                additions[existing].hashes.append(node.hash)
            } else {
                additions.append(TileAddition(tile: tile, firstPosition: positions.lowerBound, hashes: [node.hash]))
            }
        }
        return additions.sorted { ($0.tile.level, $0.tile.index) < ($1.tile.level, $1.tile.index) }
    }
}

/// A hash tile's place in the tree, whatever its current width.
public struct TileAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The tile level L: its hashes are tree nodes at level `8 × L`.
    public let level: Int
    /// The tile index N within its level.
    public let index: UInt64

    public init(level: Int, index: UInt64) {
        self.level = level
        self.index = index
    }

    /// The tree node at `position` of this tile.
    public func node(at position: Int) -> NodeID {
        NodeID(level: level * TileLayout.height, index: index * UInt64(TileLayout.width) + UInt64(position))
    }

    public static func < (lhs: TileAddress, rhs: TileAddress) -> Bool {
        (lhs.level, lhs.index) < (rhs.level, rhs.index)
    }

    public var description: String { "tile \(level)/\(index)" }
}

/// New hashes for one tile, starting at `firstPosition`.
public struct TileAddition: Sendable, Hashable {
    public let tile: TileAddress
    public let firstPosition: Int
    public var hashes: [Hash]

    /// Whether the tile is complete (256 hashes) once these are added.
    public var completesTile: Bool { firstPosition + hashes.count == TileLayout.width }
}
