/// Every perfect subtree hash of a list of leaves, level by level: what the
/// fsck recomputes from the entries and compares with what is stored, and
/// what a store is rebuilt from.
public struct TreeLevels: Sendable {
    /// `levels[0]` are the leaf hashes, `levels[l][i]` the node (`l`, `i`).
    public private(set) var levels: [[Hash]] = [[]]

    /// The empty tree, to grow leaf by leaf with ``append(_:)``.
    public init() {}

    public init(leaves: [Hash]) {
        levels[0].reserveCapacity(leaves.count)
        for leaf in leaves { append(leaf) }
    }

    /// Adds a leaf and every perfect subtree it completes, so a tree read
    /// from storage is built while the next entries are still being read.
    public mutating func append(_ leaf: Hash) {
        levels[0].append(leaf)
        var level = 0
        while levels[level].count.isMultiple(of: 2) {
            let count = levels[level].count
            let parent = TreeHasher.nodeHash(levels[level][count - 2], levels[level][count - 1])
            if level + 1 == levels.count { levels.append([]) }
            levels[level + 1].append(parent)
            level += 1
        }
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
