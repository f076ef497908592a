import Crypto
import PermitLedger
import Testing

@Suite("RFC 9162 tree hashing")
struct TreeHasherTests {
    @Test func hasherVectors() throws {
        let vectors = try MerkleVectors.load()
        #expect(vectors.hasher.count == 4)
        for vector in vectors.hasher {
            let expected = try Hash(hex: vector.hash)
            let actual: Hash
            if let left = vector.leftHex, let right = vector.rightHex {
                actual = TreeHasher.hashChildren(bytes(hex: left), bytes(hex: right))
            } else if let input = vector.leafInputHex {
                actual = TreeHasher.leafHash(bytes(hex: input))
            } else {
                actual = TreeHasher.root(ofLeafHashes: [])
                #expect(TreeHasher.emptyRoot == expected, "\(vector.desc)")
            }
            #expect(actual == expected, "\(vector.desc)")
        }
    }

    @Test func rootsForEverySize() throws {
        let vectors = try MerkleVectors.load()
        let leaves = vectors.leafHashes
        #expect(vectors.rootsBySize.count == leaves.count + 1)
        for (sizeText, rootHex) in vectors.rootsBySize {
            let size = try #require(Int(sizeText))
            #expect(TreeHasher.root(ofLeafHashes: Array(leaves[..<size])) == (try Hash(hex: rootHex)), "size \(size)")
        }
    }

    @Test func nodeHashesByLevel() throws {
        let vectors = try MerkleVectors.load()
        let store = InMemoryNodeStore(leaves: vectors.leafHashes)
        var checked = 0
        for (levelText, hashes) in vectors.nodeHashesByLevel {
            let level = try #require(Int(levelText))
            for (index, hex) in hashes.enumerated() {
                #expect(store.nodes[NodeID(level: level, index: UInt64(index))] == (try Hash(hex: hex)), "(\(level), \(index))")
                checked += 1
            }
        }
        #expect(checked == store.nodes.count)
    }

    @Test func nodeHashMatchesByteLevelDefinition() {
        let left = TreeHasher.leafHash([1])
        let right = TreeHasher.leafHash([2])
        #expect(TreeHasher.nodeHash(left, right) == TreeHasher.hashChildren(left.bytes, right.bytes))
        #expect(TreeHasher.nodeHash(left, right) != TreeHasher.nodeHash(right, left))
    }

    /// The tree pads its messages itself; every length around the 64-byte
    /// block edges, and the largest entry, must hash as SHA-256 does.
    @Test func messagesHashAsSHA256DoesAtEveryLength() {
        let lengths = Array(0...300) + [1_000, 4_095, 4_096, 65_535]
        for length in lengths {
            let entry = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ length) }
            #expect(TreeHasher.leafHash(entry).bytes == Array(SHA256.hash(data: [0x00] + entry)), "leaf of \(length) bytes")
        }
        var left = TreeHasher.leafHash([1])
        for round in 0..<100 {
            let right = TreeHasher.leafHash([UInt8(round)])
            let node = TreeHasher.nodeHash(left, right)
            #expect(node.bytes == Array(SHA256.hash(data: [0x01] + left.bytes + right.bytes)), "node \(round)")
            left = node
        }
    }

    @Test func leafAndNodeDomainsDiffer() {
        // 0x00 vs 0x01 prefix: the same 64 bytes hash differently as leaf and node.
        let left = TreeHasher.leafHash([1])
        let right = TreeHasher.leafHash([2])
        #expect(TreeHasher.leafHash(left.bytes + right.bytes) != TreeHasher.nodeHash(left, right))
    }
}
