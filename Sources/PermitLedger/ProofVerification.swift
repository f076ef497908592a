/// Strict verification of RFC 9162 inclusion (§2.1.3.2) and consistency
/// (§2.1.4.2) proofs.
///
/// As strict as transparency-dev/merkle, and stricter than the RFC text: the
/// proof length must be exactly what the sizes imply (no trailing or missing
/// hashes, so one set of sizes has one proof), every hash must be 32 bytes,
/// and a consistency proof from the empty tree is an error. Checks run from
/// the cheapest and most telling to the hashing, so the error names the
/// first real defect.
public enum ProofVerification {
    /// Checks that `leafHash` is leaf `index` of the tree of `size` leaves
    /// whose root is `root`.
    public static func verifyInclusion(
        leafHash: Hash, index: UInt64, size: UInt64, proof: [Hash], root: Hash
    ) throws(ProofVerificationError) {
        let calculated = try rootFromInclusionProof(leafHash: leafHash, index: index, size: size, proof: proof)
        guard calculated == root else { throw .rootMismatch(.root, expected: root, calculated: calculated) }
    }

    /// The same check over raw bytes, as read from a proof file, so that a
    /// hash of the wrong length is a verification failure naming that hash.
    public static func verifyInclusion(
        leafHash: [UInt8], index: UInt64, size: UInt64, proof: [[UInt8]], root: [UInt8]
    ) throws(ProofVerificationError) {
        guard index < size else { throw .indexOutOfRange(index: index, size: size) }
        try checkLength(proof.count, want: inclusionProofLength(index: index, size: size))
        let leaf = try hash(leafHash, .leafHash)
        let nodes = try hashes(proof)
        try verifyInclusion(leafHash: leaf, index: index, size: size, proof: nodes, root: hash(root, .root))
    }

    /// The root implied by an inclusion proof, for callers that look the root
    /// up afterwards.
    public static func rootFromInclusionProof(
        leafHash: Hash, index: UInt64, size: UInt64, proof: [Hash]
    ) throws(ProofVerificationError) -> Hash {
        guard index < size else { throw .indexOutOfRange(index: index, size: size) }
        try checkLength(proof.count, want: inclusionProofLength(index: index, size: size))
        // RFC 9162 §2.1.3.2, step by step: fn walks the leaf's path, sn the
        // last leaf's; where they meet, left siblings are all that remain.
        var fn = index
        var sn = size - 1
        var result = leafHash
        for node in proof {
            // The exact-length check above makes the RFC's "sn is 0" exits
            // unreachable; the assertions keep that claim tested.
            assert(sn != 0)
            if fn & 1 == 1 || fn == sn {
                result = TreeHasher.nodeHash(node, result)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                result = TreeHasher.nodeHash(result, node)
            }
            fn >>= 1
            sn >>= 1
        }
        assert(sn == 0)
        return result
    }

    /// Checks that the tree of `size2` leaves with root `root2` extends the
    /// tree of `size1` leaves with root `root1`.
    public static func verifyConsistency(
        size1: UInt64, size2: UInt64, root1: Hash, root2: Hash, proof: [Hash]
    ) throws(ProofVerificationError) {
        try checkConsistencySizes(size1: size1, size2: size2, proofCount: proof.count)
        guard size1 < size2 else {
            guard root1 == root2 else { throw .rootMismatch(.root2, expected: root2, calculated: root1) }
            return
        }
        // RFC 9162 §2.1.4.2. When size1 is a power of two the old tree is
        // itself the seed subtree, so its root starts the chain.
        let chain = size1.nonzeroBitCount == 1 ? [root1] + proof : proof
        var fn = size1 - 1
        var sn = size2 - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = chain[0]
        var sr = chain[0]
        for node in chain.dropFirst() {
            assert(sn != 0)
            if fn & 1 == 1 || fn == sn {
                fr = TreeHasher.nodeHash(node, fr)
                sr = TreeHasher.nodeHash(node, sr)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                sr = TreeHasher.nodeHash(sr, node)
            }
            fn >>= 1
            sn >>= 1
        }
        assert(sn == 0)
        guard fr == root1 else { throw .rootMismatch(.root1, expected: root1, calculated: fr) }
        guard sr == root2 else { throw .rootMismatch(.root2, expected: root2, calculated: sr) }
    }

    /// The same check over raw bytes, as read from a proof file.
    public static func verifyConsistency(
        size1: UInt64, size2: UInt64, root1: [UInt8], root2: [UInt8], proof: [[UInt8]]
    ) throws(ProofVerificationError) {
        try checkConsistencySizes(size1: size1, size2: size2, proofCount: proof.count)
        let old = try hash(root1, .root1)
        let new = try hash(root2, .root2)
        try verifyConsistency(size1: size1, size2: size2, root1: old, root2: new, proof: hashes(proof))
    }

    /// The exact length of the inclusion proof for leaf `index` of a tree of
    /// `size` leaves: one sibling per level below the point where the leaf's
    /// path leaves the right edge, plus one left sibling per set bit above it.
    /// - Precondition: `index < size`.
    public static func inclusionProofLength(index: UInt64, size: UInt64) -> Int {
        let inner = 64 - (index ^ (size - 1)).leadingZeroBitCount
        return inner + (inner == 64 ? 0 : (index >> inner).nonzeroBitCount)
    }

    /// The exact length of the consistency proof between two trees: the path
    /// of the old tree's last perfect subtree, plus that subtree itself unless
    /// it is the whole old tree.
    /// - Precondition: `0 < size1 < size2`.
    public static func consistencyProofLength(size1: UInt64, size2: UInt64) -> Int {
        let level = size1.trailingZeroBitCount
        let index = (size1 >> level) - 1
        let last = (size2 - 1) >> level
        let inner = 64 - (index ^ last).leadingZeroBitCount
        let border = inner == 64 ? 0 : (index >> inner).nonzeroBitCount
        return (index == 0 ? 0 : 1) + inner + border
    }

    private static func checkConsistencySizes(
        size1: UInt64, size2: UInt64, proofCount: Int
    ) throws(ProofVerificationError) {
        guard size1 <= size2 else { throw .sizeDecreased(size1: size1, size2: size2) }
        guard size1 > 0 else { throw .consistencyFromEmptyTree }
        if size1 == size2 {
            guard proofCount == 0 else { throw .nonEmptyProofForEqualSizes(count: proofCount) }
        } else {
            try checkLength(proofCount, want: consistencyProofLength(size1: size1, size2: size2))
        }
    }

    private static func checkLength(_ got: Int, want: Int) throws(ProofVerificationError) {
        guard got == want else { throw .wrongProofLength(got: got, want: want) }
    }

    private static func hash(_ bytes: [UInt8], _ role: HashRole) throws(ProofVerificationError) -> Hash {
        do {
            return try Hash(bytes: bytes)
        } catch {
            throw .wrongHashLength(role, length: bytes.count)
        }
    }

    private static func hashes(_ proof: [[UInt8]]) throws(ProofVerificationError) -> [Hash] {
        var result: [Hash] = []
        result.reserveCapacity(proof.count)
        for (position, bytes) in proof.enumerated() {
            result.append(try hash(bytes, .proofNode(position)))
        }
        return result
    }
}
