import PermitLedger
import Testing

@Suite("Incremental appender")
struct FrontierTests {
    @Test func rootsMatchVectorsAtEverySize() throws {
        let vectors = try MerkleVectors.load()
        var frontier = Frontier()
        #expect(frontier.root == (try Hash(hex: vectors.rootsBySize["0"] ?? "")))
        for (offset, leaf) in vectors.leafHashes.enumerated() {
            frontier.append(leaf)
            #expect(frontier.root == (try Hash(hex: vectors.rootsBySize[String(offset + 1)] ?? "")), "size \(offset + 1)")
        }
    }

    @Test func completedNodesMatchVectors() throws {
        let vectors = try MerkleVectors.load()
        let result = Frontier().appending(vectors.leafHashes)
        var expected: [NodeHash] = []
        for (levelText, hashes) in vectors.nodeHashesByLevel {
            let level = try #require(Int(levelText))
            for (index, hex) in hashes.enumerated() {
                expected.append(NodeHash(node: NodeID(level: level, index: UInt64(index)), hash: try Hash(hex: hex)))
            }
        }
        #expect(Set(result.completed) == Set(expected))
        #expect(result.completed.count == expected.count)
    }

    @Test func appenderAgreesWithBatchRoot() {
        let leaves = syntheticLeaves(130)
        var frontier = Frontier()
        for size in 0...leaves.count {
            #expect(frontier.root == TreeHasher.root(ofLeafHashes: Array(leaves[..<size])), "size \(size)")
            #expect(frontier.size == UInt64(size))
            #expect(frontier.hashes.count == size.nonzeroBitCount)
            if size < leaves.count { frontier.append(leaves[size]) }
        }
    }

    @Test func everyPerfectSubtreeIsReportedOnceWithItsHash() throws {
        let leaves = syntheticLeaves(100)
        let store = InMemoryNodeStore(leaves: leaves)
        var frontier = Frontier()
        var reported: [NodeID: Hash] = [:]
        // Uneven batches, as real commits arrive.
        var start = 0
        for batch in [1, 2, 3, 5, 8, 13, 21, 34, 13] {
            let result = frontier.appending(leaves[start..<(start + batch)])
            for completed in result.completed {
                #expect(reported.updateValue(completed.hash, forKey: completed.node) == nil, "\(completed.node) twice")
            }
            start += batch
            frontier = result.frontier
            #expect(result.root == store.root(size: start))
        }
        #expect(reported == store.nodes)
    }

    @Test func frontierHashesAreTheStoredRightEdge() throws {
        let leaves = syntheticLeaves(45)
        let store = InMemoryNodeStore(leaves: leaves)
        let frontier = Frontier().appending(leaves).frontier
        #expect(frontier.nodeIDs == Frontier.nodeIDs(forSize: 45))
        #expect(frontier.nodeIDs.map { store.nodes[$0] } == frontier.hashes)
    }

    @Test func restoredFrontierContinues() throws {
        let leaves = syntheticLeaves(40)
        let store = InMemoryNodeStore(leaves: leaves)
        let ids = Frontier.nodeIDs(forSize: 27)
        let restored = try Frontier(size: 27, hashes: ids.compactMap { store.nodes[$0] })
        #expect(restored.root == store.root(size: 27))
        #expect(restored.appending(leaves[27...]).root == store.root(size: 40))
    }

    @Test func rejectsInconsistentFrontier() {
        #expect(throws: FrontierError.wrongHashCount(size: 7, got: 2, want: 3)) {
            try Frontier(size: 7, hashes: syntheticLeaves(2))
        }
        #expect(throws: FrontierError.wrongHashCount(size: 0, got: 1, want: 0)) {
            try Frontier(size: 0, hashes: syntheticLeaves(1))
        }
    }
}
