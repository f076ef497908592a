import PermitLedger
import Testing

@Suite("NodeID")
struct NodeIDTests {
    @Test func coverageAndRelatives() throws {
        let node = NodeID(level: 2, index: 3)
        #expect(node.leafRange == 12..<16)
        #expect(node.parent == NodeID(level: 3, index: 1))
        #expect(node.sibling == NodeID(level: 2, index: 2))
        let children = try #require(node.children)
        #expect(children.left == NodeID(level: 1, index: 6))
        #expect(children.right == NodeID(level: 1, index: 7))
        #expect(NodeID.leaf(5).children == nil)
    }

    @Test func decompositionOfFrontier() {
        #expect(NodeID.decomposition(of: 0..<7) == [
            NodeID(level: 2, index: 0), NodeID(level: 1, index: 2), NodeID(level: 0, index: 6),
        ])
        #expect(NodeID.decomposition(of: 0..<8) == [NodeID(level: 3, index: 0)])
        #expect(NodeID.decomposition(of: 0..<0).isEmpty)
    }

    @Test func decompositionOfUnalignedRange() {
        #expect(NodeID.decomposition(of: 3..<13) == [
            NodeID(level: 0, index: 3), NodeID(level: 2, index: 1), NodeID(level: 2, index: 2), NodeID(level: 0, index: 12),
        ])
    }

    @Test func decompositionIsMinimalAndContiguous() {
        for begin in UInt64(0)..<40 {
            for end in begin...40 {
                let parts = NodeID.decomposition(of: begin..<end)
                var cursor = begin
                for part in parts {
                    #expect(part.firstLeaf == cursor)
                    cursor = part.leafRange.upperBound
                }
                #expect(cursor == end)
                // Minimal: no two neighbours of one level are siblings.
                for (left, right) in zip(parts, parts.dropFirst()) where left.level == right.level {
                    #expect(left.sibling != right, "\(begin)..<\(end)")
                }
            }
        }
    }

    @Test func decompositionAtTheTopOfTheRange() {
        let parts = NodeID.decomposition(of: 0..<UInt64.max)
        #expect(parts.count == 64)
        #expect(parts.first == NodeID(level: 63, index: 0))
        #expect(parts.last == NodeID(level: 0, index: UInt64.max - 1))
    }
}
