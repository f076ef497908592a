import PermitLedger

/// A fake node store: every perfect subtree hash of a list of leaves, computed
/// with the recursive reference root so it shares no code with ``Frontier``
/// or the proof planner it is used to check.
struct InMemoryNodeStore {
    let leaves: [Hash]
    let nodes: [NodeID: Hash]

    init(leaves: [Hash]) {
        self.leaves = leaves
        var nodes: [NodeID: Hash] = [:]
        var level = 0
        while 1 << level <= leaves.count {
            for index in 0..<(leaves.count >> level) {
                let range = (index << level)..<((index + 1) << level)
                nodes[NodeID(level: level, index: UInt64(index))] = TreeHasher.root(ofLeafHashes: Array(leaves[range]))
            }
            level += 1
        }
        self.nodes = nodes
    }

    /// What the real store does: fetch the planned nodes, then assemble.
    func inclusionProof(index: UInt64, size: UInt64) throws -> [Hash] {
        try ProofPlan.inclusion(index: index, size: size).proof(lookup: nodes)
    }

    func consistencyProof(size1: UInt64, size2: UInt64) throws -> [Hash] {
        try ProofPlan.consistency(size1: size1, size2: size2).proof(lookup: nodes)
    }

    func root(size: Int) -> Hash {
        TreeHasher.root(ofLeafHashes: Array(leaves[..<size]))
    }
}
