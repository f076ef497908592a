/// Which stored perfect-subtree hashes an inclusion or consistency proof
/// needs, and how to turn them into the proof.
///
/// Proof generation is split from storage so the store can fetch every node
/// in one query and so the planning can be tested without a database. The
/// structure follows transparency-dev/merkle's `proof.Nodes`: a proof node is
/// either a stored perfect subtree or, at most once per proof, an ephemeral
/// right-edge node that must be rehashed from several stored subtrees.
public struct ProofPlan: Sendable, Hashable {
    /// The node hashes to fetch, in the order ``proof(from:)`` expects them.
    public let nodes: [NodeID]
    /// The positions in ``nodes`` that collapse into one ephemeral proof node.
    /// Empty when the proof needs no ephemeral node.
    public let ephemeral: Range<Int>

    /// The number of hashes in the finished proof.
    public var proofLength: Int { nodes.count - max(0, ephemeral.count - 1) }

    /// The plan for the RFC 9162 §2.1.3.1 inclusion proof of leaf `index` in
    /// the tree of `size` leaves.
    /// - Throws: ``ProofPlanError/indexOutOfRange(index:size:)`` unless `index < size`.
    public static func inclusion(index: UInt64, size: UInt64) throws(ProofPlanError) -> ProofPlan {
        guard index < size else { throw .indexOutOfRange(index: index, size: size) }
        return path(level: 0, index: index, size: size)
    }

    /// The plan for the RFC 9162 §2.1.4.1 consistency proof between the trees
    /// of `size1` and `size2` leaves.
    ///
    /// Equal sizes need an empty proof. A proof from the empty tree is refused
    /// rather than returned empty, because the verifier refuses it too: every
    /// tree extends the empty one, so such a proof would prove nothing.
    public static func consistency(size1: UInt64, size2: UInt64) throws(ProofPlanError) -> ProofPlan {
        guard size1 <= size2 else { throw .sizeDecreased(size1: size1, size2: size2) }
        guard size1 > 0 else { throw .emptyOldTree }
        guard size1 < size2 else { return ProofPlan(nodes: [], ephemeral: 0..<0) }
        // The old tree's rightmost perfect subtree is where the two trees'
        // structures part; the proof is that subtree's path in the new tree,
        // prefixed by the subtree itself unless it is the whole old tree.
        let level = size1.trailingZeroBitCount
        let index = (size1 >> level) - 1
        let tail = path(level: level, index: index, size: size2)
        guard index > 0 else { return tail }
        let seed = NodeID(level: level, index: index)
        let shifted = tail.ephemeral.isEmpty ? 0..<0 : tail.ephemeral.lowerBound + 1..<tail.ephemeral.upperBound + 1
        return ProofPlan(nodes: [seed] + tail.nodes, ephemeral: shifted)
    }

    /// Builds the proof from the hashes of ``nodes``, fetched in that order.
    public func proof(from fetched: [Hash]) throws(ProofPlanError) -> [Hash] {
        guard fetched.count == nodes.count else {
            throw .fetchedCountMismatch(got: fetched.count, want: nodes.count)
        }
        guard ephemeral.count > 1 else { return fetched }
        // The parts are perfect subtrees of shrinking size, so the ephemeral
        // node's RFC 9162 hash folds them from the right.
        var folded = fetched[ephemeral.upperBound - 1]
        for position in ephemeral.dropLast().reversed() {
            folded = TreeHasher.nodeHash(fetched[position], folded)
        }
        return Array(fetched[..<ephemeral.lowerBound]) + [folded] + fetched[ephemeral.upperBound...]
    }

    /// Builds the proof from a store's answer keyed by node, in whatever order
    /// the query returned it.
    /// - Throws: ``ProofPlanError/missingNode(_:)`` for the first absent node.
    public func proof(lookup: [NodeID: Hash]) throws(ProofPlanError) -> [Hash] {
        var fetched: [Hash] = []
        fetched.reserveCapacity(nodes.count)
        for node in nodes {
            guard let hash = lookup[node] else { throw .missingNode(node) }
            fetched.append(hash)
        }
        return try proof(from: fetched)
    }

    /// Walks from the node at (`level`, `index`) up to the root of the tree of
    /// `size` leaves, collecting the sibling at each level: a perfect sibling
    /// is fetched as is, a sibling cut by the right edge becomes the ephemeral
    /// range, and a sibling wholly beyond the edge does not exist (the node is
    /// promoted unchanged).
    private static func path(level startLevel: Int, index startIndex: UInt64, size: UInt64) -> ProofPlan {
        var nodes: [NodeID] = []
        var ephemeral = 0..<0
        var level = startLevel
        var index = startIndex
        while !(index == 0 && (level >= 64 || size <= UInt64(1) << level)) {
            let sibling = NodeID(level: level, index: index ^ 1)
            let start = sibling.firstLeaf
            if start < size {
                if size - start >= sibling.leafCount {
                    nodes.append(sibling)
                } else {
                    let parts = NodeID.decomposition(of: start..<size)
                    ephemeral = nodes.count..<(nodes.count + parts.count)
                    nodes += parts
                }
            }
            level += 1
            index >>= 1
        }
        return ProofPlan(nodes: nodes, ephemeral: ephemeral)
    }
}

/// Why a proof cannot be planned or assembled.
public enum ProofPlanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The leaf is not in the tree.
    case indexOutOfRange(index: UInt64, size: UInt64)
    /// A consistency proof was asked from a larger tree to a smaller one.
    case sizeDecreased(size1: UInt64, size2: UInt64)
    /// A consistency proof was asked from the empty tree.
    case emptyOldTree
    /// The store returned a different number of hashes than the plan lists.
    case fetchedCountMismatch(got: Int, want: Int)
    /// The store has no hash for a node the plan needs.
    case missingNode(NodeID)

    public var description: String {
        switch self {
        case .indexOutOfRange(let index, let size): "leaf index \(index) is not below tree size \(size)"
        case .sizeDecreased(let size1, let size2): "size1 \(size1) is larger than size2 \(size2)"
        case .emptyOldTree: "no consistency proof exists from the empty tree"
        case .fetchedCountMismatch(let got, let want): "fetched \(got) node hashes, plan needs \(want)"
        case .missingNode(let node): "node \(node) is not stored"
        }
    }
}
