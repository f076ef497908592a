/// A checkpoint the log signed, which inclusion proofs must be tied to.
///
/// A proof file names its own root, so on its own it only shows that the
/// file agrees with itself: anyone can write a one-entry "tree" whose root is
/// the leaf hash. A root only counts as the log's when it is the root of a
/// checkpoint the log signed, or provably a prefix of that tree.
public struct ProofAnchor: Sendable, Hashable {
    /// The verified checkpoint.
    public let checkpoint: Checkpoint
    /// Consistency proofs that may lead from an older proof's tree to the
    /// checkpoint's; the first with the right sizes is used.
    public let consistencyProofs: [ConsistencyProofFile]

    public init(checkpoint: Checkpoint, consistencyProofs: [ConsistencyProofFile] = []) {
        self.checkpoint = checkpoint
        self.consistencyProofs = consistencyProofs
    }

    /// Checks that a proof's tree is the checkpoint's tree or a prefix of it.
    /// The proof itself must already have been verified against its root.
    ///
    /// A proof of a newer tree is refused even with a consistency proof: that
    /// would show only that an unsigned tree extends the signed one, which
    /// says nothing about the entries it added.
    public func tie(_ proof: InclusionProofFile) throws(ProofAnchorError) {
        let size = checkpoint.size
        let root = checkpoint.root.bytes
        guard proof.treeSize <= size else { throw .newerTree(treeSize: proof.treeSize, checkpointSize: size) }
        guard proof.treeSize < size else {
            guard proof.root == root else { throw .rootDiffers(treeSize: size) }
            return
        }
        guard let bridge = consistencyProofs.first(where: { $0.size1 == proof.treeSize && $0.size2 == size }) else {
            throw .noConsistencyProof(treeSize: proof.treeSize, checkpointSize: size)
        }
        guard bridge.root1 == proof.root else { throw .consistencyProofMismatch(.root1, size1: proof.treeSize, size2: size) }
        guard bridge.root2 == root else { throw .consistencyProofMismatch(.root2, size1: proof.treeSize, size2: size) }
        do {
            try bridge.verify()
        } catch {
            throw .consistencyProofFails(error, size1: proof.treeSize, size2: size)
        }
    }
}

/// Why a proof, valid in itself, is not tied to the signed checkpoint.
public enum ProofAnchorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The proof is for a larger tree than the checkpoint's.
    case newerTree(treeSize: UInt64, checkpointSize: UInt64)
    /// Same size as the checkpoint, another root.
    case rootDiffers(treeSize: UInt64)
    /// An older tree, and no consistency proof from its size to the checkpoint's.
    case noConsistencyProof(treeSize: UInt64, checkpointSize: UInt64)
    /// The consistency proof's `root1` is not the proof's root, or its
    /// `root2` not the checkpoint's.
    case consistencyProofMismatch(HashRole, size1: UInt64, size2: UInt64)
    /// The consistency proof for these sizes does not verify.
    case consistencyProofFails(ProofVerificationError, size1: UInt64, size2: UInt64)

    public var description: String {
        switch self {
        case .newerTree(let treeSize, let checkpointSize):
            "proof is for tree size \(treeSize), beyond the checkpoint's \(checkpointSize); get a proof for size \(checkpointSize)"
        case .rootDiffers(let treeSize):
            "root is not the checkpoint's root for tree size \(treeSize)"
        case .noConsistencyProof(let treeSize, let checkpointSize):
            "proof is for tree size \(treeSize), the checkpoint for \(checkpointSize), and no consistency proof from \(treeSize) to \(checkpointSize) was given"
        case .consistencyProofMismatch(let role, let size1, let size2):
            "the consistency proof from \(size1) to \(size2) has another \(role) than \(role == .root1 ? "the proof's root" : "the checkpoint's")"
        case .consistencyProofFails(let error, let size1, let size2):
            "the consistency proof from \(size1) to \(size2) does not verify: \(error)"
        }
    }
}
