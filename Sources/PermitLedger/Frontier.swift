/// The right edge of a tree: the hashes of the perfect subtrees that
/// decompose `[0, size)`, largest first (a compact range).
///
/// It is all the log writer needs to keep to append leaves and compute the
/// new root in O(log n), without reading the tree back from storage: one
/// hash per set bit of the size.
public struct Frontier: Sendable, Hashable {
    /// The number of leaves in the tree.
    public private(set) var size: UInt64
    /// The perfect subtree hashes, left to right; one per set bit of ``size``.
    public private(set) var hashes: [Hash]

    /// The frontier of the empty tree.
    public init() {
        size = 0
        hashes = []
    }

    /// Restores a frontier read from storage, for instance the hashes of
    /// ``nodeIDs(forSize:)``.
    /// - Throws: ``FrontierError/wrongHashCount(size:got:want:)`` unless there
    ///   is exactly one hash per set bit of `size`.
    public init(size: UInt64, hashes: [Hash]) throws(FrontierError) {
        guard hashes.count == size.nonzeroBitCount else {
            throw .wrongHashCount(size: size, got: hashes.count, want: size.nonzeroBitCount)
        }
        self.size = size
        self.hashes = hashes
    }

    /// The nodes whose hashes make up the frontier of a tree of `size` leaves,
    /// so a store can load a ``Frontier`` in one query.
    public static func nodeIDs(forSize size: UInt64) -> [NodeID] {
        NodeID.decomposition(of: 0..<size)
    }

    /// The nodes that ``hashes`` belong to.
    public var nodeIDs: [NodeID] { Self.nodeIDs(forSize: size) }

    /// The RFC 9162 root of the tree: the frontier folded from the right,
    /// since the right edge's ephemeral nodes hash exactly that way.
    public var root: Hash {
        guard var folded = hashes.last else { return TreeHasher.emptyRoot }
        for hash in hashes.dropLast().reversed() {
            folded = TreeHasher.nodeHash(hash, folded)
        }
        return folded
    }

    /// Appends one leaf and returns every perfect subtree it completes, the
    /// leaf itself first and then each parent up the right edge.
    /// - Precondition: the tree is not full (`size < UInt64.max`).
    @discardableResult
    public mutating func append(_ leafHash: Hash) -> [NodeHash] {
        precondition(size < UInt64.max, "tree is full")
        var node = NodeID.leaf(size)
        var hash = leafHash
        var completed = [NodeHash(node: node, hash: hash)]
        // Each trailing one bit of the old size is a perfect subtree of the
        // same height waiting on its left for exactly this right sibling.
        for _ in 0..<(~size).trailingZeroBitCount {
            hash = TreeHasher.nodeHash(hashes.removeLast(), hash)
            node = node.parent
            completed.append(NodeHash(node: node, hash: hash))
        }
        hashes.append(hash)
        size += 1
        return completed
    }

    /// Appends a batch and reports everything the store must persist for it.
    public func appending(_ leafHashes: some Sequence<Hash>) -> AppendResult {
        var frontier = self
        var completed: [NodeHash] = []
        for leafHash in leafHashes {
            completed += frontier.append(leafHash)
        }
        return AppendResult(frontier: frontier, root: frontier.root, completed: completed)
    }
}

/// A stored perfect subtree: its address and hash.
public struct NodeHash: Sendable, Hashable {
    /// Where the subtree sits.
    public let node: NodeID
    /// Its RFC 9162 hash.
    public let hash: Hash

    /// Pairs a node with its hash.
    public init(node: NodeID, hash: Hash) {
        self.node = node
        self.hash = hash
    }
}

/// The outcome of appending a batch of leaves to a ``Frontier``.
public struct AppendResult: Sendable, Hashable {
    /// The frontier after the batch, to keep for the next append.
    public let frontier: Frontier
    /// The root of the tree after the batch, for the next checkpoint.
    public let root: Hash
    /// Every perfect subtree the batch completed, leaves included, in
    /// completion order; each appears exactly once over a log's lifetime.
    public let completed: [NodeHash]
}

/// Why stored data cannot form a ``Frontier``.
public enum FrontierError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The number of hashes does not match the set bits of the size.
    case wrongHashCount(size: UInt64, got: Int, want: Int)

    public var description: String {
        switch self {
        case .wrongHashCount(let size, let got, let want):
            "frontier of size \(size) needs \(want) hashes, got \(got)"
        }
    }
}
