import PermitLedger
import Testing

@Suite("Tree levels — every perfect subtree of a list of leaves")
struct TreeLevelsTests {
    private static func leaves(_ count: Int) -> [Hash] {
        (0..<count).map { TreeHasher.leafHash(Array("leaf \($0)".utf8)) }
    }

    @Test("built from pages joined in order, a tree is the tree built leaf by leaf", arguments: [1, 2, 4, 8, 64])
    func pagesJoined(pageSize: Int) {
        for count in [0, 1, 2, 3, 7, 8, 9, 63, 64, 65, 200, 513] {
            let leaves = Self.leaves(count)
            var joined = TreeLevels()
            for start in stride(from: 0, to: count, by: pageSize) {
                joined.append(alignedSubtrees: TreeLevels(leaves: Array(leaves[start..<min(start + pageSize, count)])))
            }
            let whole = TreeLevels(leaves: leaves)
            #expect(joined.levels == whole.levels, "\(count) leaves in pages of \(pageSize)")
            #expect(joined.root(size: joined.size) == whole.root(size: whole.size))
        }
    }

    @Test("the root at every size is the RFC 9162 root of that many leaves")
    func rootsBySize() {
        let leaves = Self.leaves(40)
        let tree = TreeLevels(leaves: leaves)
        for size in 0...40 {
            #expect(tree.root(size: UInt64(size)) == Frontier().appending(leaves.prefix(size)).root)
        }
    }
}
