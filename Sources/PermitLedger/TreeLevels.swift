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

    /// Adds the leaves of `page`, a tree of the leaves that follow this
    /// one's, built on its own, taking its perfect subtrees as they are and
    /// hashing only those that span both trees. Several threads can thus
    /// each build the trees of their own leaves.
    /// - Precondition: this tree's size is a multiple of a power of two that
    ///   is at least `page`'s size, so that every subtree of `page` is one of
    ///   the whole tree.
    public mutating func append(alignedSubtrees page: TreeLevels) {
        let alignment = page.levels[0].count <= 1 ? 1 : 1 << (Int.bitWidth - (page.levels[0].count - 1).leadingZeroBitCount)
        precondition(levels[0].count.isMultiple(of: alignment), "a page must start at a multiple of its size")
        for (level, hashes) in page.levels.enumerated() {
            if level == levels.count { levels.append([]) }
            levels[level].append(contentsOf: hashes)
        }
        // A whole page completes subtrees above its own root.
        var level = page.levels.count - 1
        while levels[level].count / 2 > (level + 1 < levels.count ? levels[level + 1].count : 0) {
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
