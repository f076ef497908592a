/// Every perfect subtree hash of a list of leaves, level by level: what the
/// fsck recomputes from the entries and compares with what is stored, and
/// what a store is rebuilt from.
public struct TreeLevels: Sendable {
    /// `levels[0]` are the leaf hashes, `levels[l][i]` the node (`l`, `i`).
    public let levels: [[Hash]]

    public init(leaves: [Hash]) {
        var levels = [leaves]
        while let below = levels.last, below.count > 1 {
            var above: [Hash] = []
            above.reserveCapacity(below.count / 2)
            for position in stride(from: 0, to: below.count - 1, by: 2) {
                above.append(TreeHasher.nodeHash(below[position], below[position + 1]))
            }
            levels.append(above)
        }
        self.levels = levels
    }

    /// The number of leaves.
    public var size: UInt64 { UInt64(levels[0].count) }

    /// The hash of a perfect subtree, if the leaves reach its end.
    public func hash(of node: NodeID) -> Hash? {
        guard node.level < levels.count, node.index < levels[node.level].count else { return nil }
        return levels[node.level][Int(node.index)]
    }

    /// The RFC 9162 root of the tree of the first `size` leaves.
    /// - Precondition: `size` is at most ``size``.
    public func root(size: UInt64) -> Hash {
        let hashes = Frontier.nodeIDs(forSize: size).map { hash(of: $0)! }
        // One hash per set bit of the size, by construction of the decomposition.
        return (try? Frontier(size: size, hashes: hashes))?.root ?? TreeHasher.emptyRoot
    }

    /// The frontier of the tree of the first `size` leaves.
    /// - Precondition: `size` is at most ``size``.
    public func frontier(size: UInt64) -> [Hash] {
        Frontier.nodeIDs(forSize: size).map { hash(of: $0)! }
    }

    /// The hashes the tile holds at this tree's size.
    public func hashes(of tile: TileID) -> [Hash] {
        tile.nodes.map { hash(of: $0)! }
    }
}
