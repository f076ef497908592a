import PermitLedger
import Testing

@Suite("Proof planning")
struct ProofPlanTests {
    @Test func inclusionVectors() throws {
        let vectors = try MerkleVectors.load()
        let store = InMemoryNodeStore(leaves: vectors.leafHashes)
        for vector in vectors.inclusion {
            let proof = try store.inclusionProof(index: vector.leafIndex, size: vector.treeSize)
            #expect(proof == (try vector.proof.map { try Hash(hex: $0) }), "\(vector.leafIndex) in \(vector.treeSize)")
        }
    }

    @Test func consistencyVectors() throws {
        let vectors = try MerkleVectors.load()
        let store = InMemoryNodeStore(leaves: vectors.leafHashes)
        for vector in vectors.consistency {
            let proof = try store.consistencyProof(size1: vector.size1, size2: vector.size2)
            #expect(proof == (try vector.proof.map { try Hash(hex: $0) }), "\(vector.size1) -> \(vector.size2)")
        }
    }

    /// RFC 9162 §2.1.5's seven-leaf tree, letter by letter.
    @Test func rfcSymbolicExample() throws {
        let vectors = try MerkleVectors.load()
        let example = vectors.rfc9162SymbolicExample
        #expect(example.results == example.expectedPerRfc)
        let leaves = Array(vectors.leafHashes[..<7])
        let store = InMemoryNodeStore(leaves: leaves)
        let (a, b, c, d, e, f, j) = (leaves[0], leaves[1], leaves[2], leaves[3], leaves[4], leaves[5], leaves[6])
        let (g, h, i) = (TreeHasher.nodeHash(a, b), TreeHasher.nodeHash(c, d), TreeHasher.nodeHash(e, f))
        let (k, l) = (TreeHasher.nodeHash(g, h), TreeHasher.nodeHash(i, j))
        let letters: [String: Hash] = ["a": a, "b": b, "c": c, "d": d, "e": e, "f": f, "g": g, "h": h, "i": i, "j": j, "k": k, "l": l]
        #expect(TreeHasher.nodeHash(k, l) == store.root(size: 7))
        #expect(example.expectedPerRfc.count == 7)
        for (name, expected) in example.expectedPerRfc {
            let words = name.split(separator: " ")
            let proof: [Hash]
            if words[0] == "inclusion" {
                let index = try #require(UInt64(words[1].dropFirst()))
                proof = try store.inclusionProof(index: index, size: 7)
            } else {
                let sizes = words[1].split(separator: "-").map { $0.trimmingPrefix(">") }
                proof = try store.consistencyProof(size1: try #require(UInt64(sizes[0])), size2: try #require(UInt64(sizes[1])))
            }
            #expect(proof == expected.compactMap { letters[$0] }, "\(name)")
        }
    }

    @Test func ephemeralNodeIsFolded() throws {
        let plan = try ProofPlan.inclusion(index: 0, size: 7)
        #expect(plan.nodes == [
            NodeID(level: 0, index: 1), NodeID(level: 1, index: 1), NodeID(level: 1, index: 2), NodeID(level: 0, index: 6),
        ])
        #expect(plan.ephemeral == 2..<4)
        #expect(plan.proofLength == 3)
        let fetched = syntheticLeaves(4)
        let proof = try plan.proof(from: fetched)
        #expect(proof == [fetched[0], fetched[1], TreeHasher.nodeHash(fetched[2], fetched[3])])
    }

    @Test func plansOnlyCompleteSubtrees() throws {
        for size in UInt64(1)...64 {
            for index in 0..<size {
                let plan = try ProofPlan.inclusion(index: index, size: size)
                #expect(plan.nodes.allSatisfy { $0.leafRange.upperBound <= size }, "\(index) in \(size)")
                #expect(plan.proofLength == ProofVerification.inclusionProofLength(index: index, size: size))
                #expect(Set(plan.nodes).count == plan.nodes.count)
            }
            for size1 in 1...size {
                let plan = try ProofPlan.consistency(size1: size1, size2: size)
                #expect(plan.nodes.allSatisfy { $0.leafRange.upperBound <= size }, "\(size1) -> \(size)")
                let want = size1 == size ? 0 : ProofVerification.consistencyProofLength(size1: size1, size2: size)
                #expect(plan.proofLength == want, "\(size1) -> \(size)")
            }
        }
    }

    @Test func hugeTreesDoNotOverflow() throws {
        let plan = try ProofPlan.inclusion(index: UInt64.max - 1, size: UInt64.max)
        #expect(plan.proofLength == ProofVerification.inclusionProofLength(index: UInt64.max - 1, size: UInt64.max))
        #expect(plan.proofLength == 63)
        let consistency = try ProofPlan.consistency(size1: (1 << 63) + 1, size2: UInt64.max)
        #expect(consistency.proofLength == ProofVerification.consistencyProofLength(size1: (1 << 63) + 1, size2: UInt64.max))
    }

    @Test func rejectsImpossibleRequests() {
        #expect(throws: ProofPlanError.indexOutOfRange(index: 5, size: 5)) { try ProofPlan.inclusion(index: 5, size: 5) }
        #expect(throws: ProofPlanError.indexOutOfRange(index: 0, size: 0)) { try ProofPlan.inclusion(index: 0, size: 0) }
        #expect(throws: ProofPlanError.sizeDecreased(size1: 3, size2: 2)) { try ProofPlan.consistency(size1: 3, size2: 2) }
        #expect(throws: ProofPlanError.emptyOldTree) { try ProofPlan.consistency(size1: 0, size2: 2) }
    }

    @Test func equalSizesNeedNoNodes() throws {
        let plan = try ProofPlan.consistency(size1: 5, size2: 5)
        #expect(plan.nodes.isEmpty)
        #expect(try plan.proof(from: []).isEmpty)
    }

    @Test func rejectsIncompleteFetches() throws {
        let plan = try ProofPlan.inclusion(index: 0, size: 7)
        #expect(throws: ProofPlanError.fetchedCountMismatch(got: 3, want: 4)) { try plan.proof(from: syntheticLeaves(3)) }
        var lookup = InMemoryNodeStore(leaves: syntheticLeaves(7)).nodes
        lookup[NodeID(level: 0, index: 6)] = nil
        #expect(throws: ProofPlanError.missingNode(NodeID(level: 0, index: 6))) { try plan.proof(lookup: lookup) }
    }
}
