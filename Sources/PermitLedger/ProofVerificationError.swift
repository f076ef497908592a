/// Which hash of a proof an error refers to.
public enum HashRole: Hashable, Sendable, CustomStringConvertible {
    case leafHash
    case root
    case root1
    case root2
    /// The proof hash at this zero-based position.
    case proofNode(Int)

    public var description: String {
        switch self {
        case .leafHash: "leaf hash"
        case .root: "root"
        case .root1: "root1"
        case .root2: "root2"
        case .proofNode(let position): "proof[\(position)]"
        }
    }
}

/// Why an inclusion or consistency proof was rejected.
///
/// The cases carry data rather than prose so callers can map them (an HTTP
/// problem, a CLI line); ``description`` is the short English reason printed
/// after `FAIL: `.
public enum ProofVerificationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A hash is not exactly 32 bytes.
    case wrongHashLength(HashRole, length: Int)
    /// The leaf index is not below the tree size.
    case indexOutOfRange(index: UInt64, size: UInt64)
    /// The first tree is larger than the second.
    case sizeDecreased(size1: UInt64, size2: UInt64)
    /// A consistency proof from the empty tree, which proves nothing.
    case consistencyFromEmptyTree
    /// Equal tree sizes must come with an empty proof.
    case nonEmptyProofForEqualSizes(count: Int)
    /// The proof has missing or extra hashes for these sizes.
    case wrongProofLength(got: Int, want: Int)
    /// The proof leads to a different root than the one claimed.
    case rootMismatch(HashRole, expected: Hash, calculated: Hash)

    public var description: String {
        switch self {
        case .wrongHashLength(let role, let length):
            "\(role) is \(length) bytes, expected \(Hash.byteCount)"
        case .indexOutOfRange(let index, let size):
            "leaf index \(index) is not below tree size \(size)"
        case .sizeDecreased(let size1, let size2):
            "size1 \(size1) is larger than size2 \(size2)"
        case .consistencyFromEmptyTree:
            "consistency proof from the empty tree is meaningless"
        case .nonEmptyProofForEqualSizes(let count):
            "sizes are equal but the proof has \(count) hashes"
        case .wrongProofLength(let got, let want):
            "proof has \(got) hashes, expected \(want)"
        case .rootMismatch(let role, let expected, let calculated):
            "calculated \(role) \(calculated.hex), but expected \(expected.hex)"
        }
    }
}
