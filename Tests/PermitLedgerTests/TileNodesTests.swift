import PermitLedger
import Testing

@Suite struct TileNodesTests {
    /// Leaves for a tree that spans three tile levels' worth of structure.
    static let leaves = (0..<70_000).map { TreeHasher.leafHash([UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8), 7]) }

    @Test func locationNamesTheTileAndPositions() {
        #expect(TileNodes.location(of: .leaf(0)) == (TileAddress(level: 0, index: 0), 0..<1))
        #expect(TileNodes.location(of: .leaf(513)) == (TileAddress(level: 0, index: 2), 1..<2))
        #expect(TileNodes.location(of: NodeID(level: 3, index: 33)) == (TileAddress(level: 0, index: 1), 8..<16))
        #expect(TileNodes.location(of: NodeID(level: 8, index: 5)) == (TileAddress(level: 1, index: 0), 5..<6))
        #expect(TileNodes.location(of: NodeID(level: 15, index: 1)) == (TileAddress(level: 1, index: 0), 128..<256))
        #expect(TileNodes.location(of: NodeID(level: 15, index: 2)) == (TileAddress(level: 1, index: 1), 0..<128))
        #expect(TileNodes.location(of: NodeID(level: 16, index: 0)) == (TileAddress(level: 2, index: 0), 0..<1))
    }

    /// Every perfect subtree, rebuilt from full and partial tiles, equals the
    /// reference root of its leaves.
    @Test func everyNodeFromItsTileMatchesTheReference() {
        let size = 1_000
        let store = InMemoryNodeStore(leaves: Array(Self.leaves[..<size]))
        let levelEight = (0..<size / 256).map { store.nodes[NodeID(level: 8, index: UInt64($0))]! }
        for (node, expected) in store.nodes {
            let (tile, _) = TileNodes.location(of: node)
            let hashes: [Hash] = switch tile.level {
            case 0: Array(store.leaves[Int(tile.index) * 256..<min(size, Int(tile.index + 1) * 256)])
            default: levelEight
            }
            #expect(TileNodes.hash(of: node, inTile: hashes) == expected, "\(node)")
        }
    }

    @Test func aTileTooNarrowForTheNodeGivesNothing() {
        let partial = Array(Self.leaves[..<10])
        #expect(TileNodes.hash(of: NodeID(level: 3, index: 1), inTile: partial) == nil)
        #expect(TileNodes.hash(of: NodeID(level: 3, index: 0), inTile: partial) != nil)
    }

    /// Appending leaf by leaf, the additions rebuild exactly the tiles a tree
    /// of that size has: full level-0 tiles, and every tile above.
    @Test func additionsRebuildEveryTile() {
        var frontier = Frontier()
        var tiles: [TileAddress: [Hash]] = [:]
        let size = 66_000
        for batch in stride(from: 0, to: size, by: 777) {
            var completed: [NodeHash] = []
            for leaf in Self.leaves[batch..<min(size, batch + 777)] { completed += frontier.append(leaf) }
            for addition in TileNodes.additions(from: completed) {
                #expect(tiles[addition.tile, default: []].count == addition.firstPosition, "\(addition.tile)")
                tiles[addition.tile, default: []] += addition.hashes
                #expect(addition.completesTile == (tiles[addition.tile]!.count == 256))
            }
        }
        let expected = TileLayout.tiles(treeSize: UInt64(size))
        #expect(Set(tiles.keys) == Set(expected.map { TileAddress(level: $0.level, index: $0.index) }))
        for tile in expected {
            #expect(tiles[TileAddress(level: tile.level, index: tile.index)]?.count == tile.width, "\(tile)")
        }
        let levelSixteen = TreeHasher.root(ofLeafHashes: Array(Self.leaves[..<65_536]))
        #expect(tiles[TileAddress(level: 2, index: 0)] == [levelSixteen])
    }
}
