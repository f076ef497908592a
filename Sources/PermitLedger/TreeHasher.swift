import Crypto
import Foundation

/// The RFC 9162 §2.1.1 Merkle tree hash functions (identical to RFC 6962).
///
/// Leaves and interior nodes get different one-byte prefixes so that no leaf
/// can be passed off as an interior node (second-preimage resistance); every
/// other type in this module builds on these three functions.
public enum TreeHasher {
    /// The root of the empty tree, SHA-256 of the empty string.
    public static let emptyRoot = Hash(SHA256.hash(data: [UInt8]()))

    /// `SHA-256(0x00 ‖ entry)`: the hash a log entry occupies in the tree.
    public static func leafHash(_ entry: some DataProtocol) -> Hash {
        // Contiguous bytes are hashed where they lie; only other collections
        // are copied first.
        if let hash = entry.withContiguousStorageIfAvailable({ leafHash(UnsafeRawBufferPointer($0)) }) { return hash }
        return Array(entry).withUnsafeBytes { leafHash($0) }
    }

    /// `SHA-256(0x00 ‖ entry)` of bytes in memory the caller owns.
    public static func leafHash(_ entry: UnsafeRawBufferPointer) -> Hash {
        TreeMessageHash.sha256(prefix: 0x00, entry)
    }

    /// `SHA-256(0x01 ‖ left ‖ right)`: the hash of an interior node.
    public static func nodeHash(_ left: Hash, _ right: Hash) -> Hash {
        left.withUnsafeBytes { left in right.withUnsafeBytes { TreeMessageHash.sha256(prefix: 0x01, left, $0) } }
    }

    /// The interior-node function over arbitrary byte strings.
    ///
    /// Only for interoperability vectors (the upstream suite hashes 4-byte
    /// children); tree code uses ``nodeHash(_:_:)``, whose types guarantee
    /// 32-byte children.
    public static func hashChildren(_ left: some DataProtocol, _ right: some DataProtocol) -> Hash {
        var hasher = SHA256()
        hasher.update(data: [0x01])
        hasher.update(data: left)
        hasher.update(data: right)
        return Hash(hasher.finalize())
    }

    /// MTH of a list of leaf hashes, by the recursive definition of RFC 9162
    /// §2.1.1: split at the largest power of two below the count.
    ///
    /// This is the reference the incremental ``Frontier`` and the `fsck`
    /// recomputation are checked against, so it deliberately shares no code
    /// with them.
    public static func root(ofLeafHashes leaves: [Hash]) -> Hash {
        leaves.isEmpty ? emptyRoot : subtreeRoot(leaves[...])
    }

    private static func subtreeRoot(_ leaves: ArraySlice<Hash>) -> Hash {
        if leaves.count == 1 { return leaves[leaves.startIndex] }
        let split = largestPowerOfTwo(below: leaves.count)
        let middle = leaves.startIndex + split
        return nodeHash(subtreeRoot(leaves[..<middle]), subtreeRoot(leaves[middle...]))
    }

    private static func largestPowerOfTwo(below count: Int) -> Int {
        var power = 1
        while power << 1 < count { power <<= 1 }
        return power
    }
}
