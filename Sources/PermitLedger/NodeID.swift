/// The address of a perfect subtree: `2^level` leaves starting at leaf
/// `index << level`.
///
/// Only perfect subtrees are ever stored, because their hashes never change
/// once the last of their leaves is appended. The nodes on the right edge of a
/// tree whose size is not a power of two ("ephemeral" nodes) are recomputed
/// from perfect subtrees when needed, see ``ProofPlan``.
public struct NodeID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Height above the leaves; leaves are level 0. At most 63, which covers
    /// every tree whose size fits in `UInt64`.
    public let level: Int
    /// Position among the nodes of the same level, counted from the left.
    public let index: UInt64

    /// - Precondition: `0 <= level <= 63` and the subtree's first leaf index
    ///   fits in `UInt64`.
    public init(level: Int, index: UInt64) {
        precondition((0...63).contains(level), "NodeID level \(level) out of range")
        precondition(level == 0 || index >> (64 - level) == 0, "NodeID start overflows")
        self.level = level
        self.index = index
    }

    /// The leaf node for the entry at `index`.
    public static func leaf(_ index: UInt64) -> NodeID { NodeID(level: 0, index: index) }

    /// The index of the first leaf this subtree covers.
    public var firstLeaf: UInt64 { index << level }

    /// How many leaves this subtree covers.
    public var leafCount: UInt64 { 1 << level }

    /// The leaves this subtree covers.
    /// - Precondition: the range ends at or below `UInt64.max`.
    public var leafRange: Range<UInt64> { firstLeaf..<(firstLeaf + leafCount) }

    /// The node whose children are this node and its sibling.
    public var parent: NodeID { NodeID(level: level + 1, index: index >> 1) }

    /// The other child of this node's parent.
    public var sibling: NodeID { NodeID(level: level, index: index ^ 1) }

    /// The two children, for levels above 0.
    public var children: (left: NodeID, right: NodeID)? {
        guard level > 0 else { return nil }
        return (NodeID(level: level - 1, index: index << 1), NodeID(level: level - 1, index: index << 1 | 1))
    }

    /// Splits `range` into the fewest perfect subtrees, left to right.
    ///
    /// Those subtrees form a "compact range": for `0..<size` they are the
    /// tree's frontier (largest first), and for the right part of a
    /// non-perfect subtree they are what its ephemeral hash is built from.
    public static func decomposition(of range: Range<UInt64>) -> [NodeID] {
        var result: [NodeID] = []
        var begin = range.lowerBound
        while begin < range.upperBound {
            let remaining = range.upperBound - begin
            let fitting = 63 - remaining.leadingZeroBitCount
            let level = begin == 0 ? fitting : min(fitting, begin.trailingZeroBitCount)
            result.append(NodeID(level: level, index: begin >> level))
            begin += 1 << level
        }
        return result
    }

    /// Orders by level, then index: the order a store's primary key would use.
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool {
        (lhs.level, lhs.index) < (rhs.level, rhs.index)
    }

    public var description: String { "(\(level), \(index))" }
}
