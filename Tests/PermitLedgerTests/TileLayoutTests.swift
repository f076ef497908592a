import PermitLedger
import Testing

@Suite("C2SP tlog-tiles layout")
struct TileLayoutTests {
    @Test func pathsUseThreeDigitGroups() {
        #expect(TileID(level: 0, index: 1_234_067, width: 256).path == "tile/0/x001/x234/067")
        #expect(TileID(level: 0, index: 0, width: 256).path == "tile/0/000")
        #expect(TileID(level: 1, index: 1000, width: 256).path == "tile/1/x001/000")
        #expect(TileID(level: 2, index: 5, width: 17).path == "tile/2/005.p/17")
        #expect(EntryBundleID(index: 1_234_067, width: 5).path == "tile/entries/x001/x234/067.p/5")
        #expect(EntryBundleID(index: 999, width: 256).path == "tile/entries/999")
        #expect(TileID(level: 0, index: UInt64.max / 256, width: 1).path == "tile/0/x072/x057/x594/x037/x927/935.p/1")
    }

    /// The worked examples of the spec's "Partial Tiles" section.
    @Test func tilesOfTheSpecExamples() {
        let tiles = TileLayout.tiles(treeSize: 70_000)
        let levelZero = tiles.filter { $0.level == 0 }
        #expect(levelZero.count == 274)
        #expect(levelZero.filter { !$0.isPartial }.count == 273)
        #expect(levelZero.last == TileID(level: 0, index: 273, width: 112))
        #expect(tiles.filter { $0.level == 1 } == [TileID(level: 1, index: 0, width: 256), TileID(level: 1, index: 1, width: 17)])
        #expect(tiles.filter { $0.level == 2 } == [TileID(level: 2, index: 0, width: 1)])
        #expect(tiles.count == 277)

        #expect(TileLayout.tiles(treeSize: 256) == [TileID(level: 0, index: 0, width: 256), TileID(level: 1, index: 0, width: 1)])
        #expect(TileLayout.tiles(treeSize: 0).isEmpty)
    }

    @Test func partialWidthsFollowTheSpecFormula() {
        for size in [UInt64(1), 255, 256, 257, 65_535, 65_536, 70_000, 16_777_217] {
            for tile in TileLayout.tiles(treeSize: size) where tile.isPartial {
                #expect(UInt64(tile.width) == (size >> (8 * UInt64(tile.level))) % 256, "size \(size) \(tile)")
            }
            // Every hash a tile lists is a complete subtree of the tree.
            #expect(TileLayout.tiles(treeSize: size).allSatisfy { $0.nodes.last!.leafRange.upperBound <= size })
        }
    }

    @Test func changedTilesAfterAnAppend() {
        #expect(TileLayout.changedTiles(from: 300, to: 600) == [
            TileID(level: 0, index: 1, width: 256), TileID(level: 0, index: 2, width: 88), TileID(level: 1, index: 0, width: 2),
        ])
        #expect(TileLayout.changedTiles(from: 600, to: 600).isEmpty)
        #expect(TileLayout.changedTiles(from: 0, to: 70_000) == TileLayout.tiles(treeSize: 70_000))
        #expect(TileLayout.changedEntryBundles(from: 250, to: 520) == [
            EntryBundleID(index: 0, width: 256), EntryBundleID(index: 1, width: 256), EntryBundleID(index: 2, width: 8),
        ])
        #expect(TileLayout.entryBundles(treeSize: 512) == [EntryBundleID(index: 0, width: 256), EntryBundleID(index: 1, width: 256)])
    }

    @Test func growingTreeRewritesEveryFinalTile() {
        // Writing the changed tiles after each append leaves exactly the
        // final tree's tiles, with their final widths, as the latest copies.
        var latest: [String: TileID] = [:]
        var size: UInt64 = 0
        for step in [1, 200, 55, 1, 300, 65_000, 4_443] {
            for tile in TileLayout.changedTiles(from: size, to: size + UInt64(step)) {
                latest["\(tile.level)/\(tile.index)"] = tile
            }
            size += UInt64(step)
        }
        #expect(Set(latest.values) == Set(TileLayout.tiles(treeSize: size)))
    }

    @Test func tileNodesAndEntries() {
        let tile = TileID(level: 1, index: 2, width: 3)
        #expect(tile.nodes == [NodeID(level: 8, index: 512), NodeID(level: 8, index: 513), NodeID(level: 8, index: 514)])
        #expect(EntryBundleID(index: 2, width: 3).entries == 512..<515)
    }

    @Test func tileBytesRoundTrip() throws {
        let vectors = try MerkleVectors.load()
        let leaves = vectors.leafHashes
        let bytes = TileCoding.tile(leaves)
        #expect(bytes.count == leaves.count * 32)
        #expect(Array(bytes[32..<64]) == leaves[1].bytes)
        #expect(try TileCoding.parseTile(bytes) == leaves)
        for length in [0, 31, 33, 257 * 32] {
            #expect(throws: TileCodingError.badTileLength(length)) { try TileCoding.parseTile([UInt8](repeating: 0, count: length)) }
        }
    }

    @Test func entryBundleHashesToLevelZeroTile() throws {
        let vectors = try MerkleVectors.load()
        let entries = vectors.leavesHex.map { bytes(hex: $0) }
        let bundle = try TileCoding.entryBundle(entries)
        #expect(Array(bundle.prefix(4)) == [0, 0, 0, 1])
        let parsed = try TileCoding.parseEntryBundle(bundle)
        #expect(parsed == entries)
        #expect(parsed.map { TreeHasher.leafHash($0) } == (try TileCoding.parseTile(TileCoding.tile(vectors.leafHashes))))
    }

    @Test func entryBundleLimits() throws {
        #expect(throws: TileCodingError.entryTooLarge(index: 1, size: 65_536)) {
            try TileCoding.entryBundle([[], [UInt8](repeating: 7, count: 65_536)])
        }
        #expect(try TileCoding.parseEntryBundle(try TileCoding.entryBundle([[UInt8](repeating: 7, count: 65_535)]))[0].count == 65_535)
        #expect(throws: TileCodingError.truncatedBundle) { try TileCoding.parseEntryBundle([0, 3, 1, 2]) }
        #expect(throws: TileCodingError.truncatedBundle) { try TileCoding.parseEntryBundle([0, 1, 9, 0]) }
        #expect(throws: TileCodingError.tooManyEntries(257)) {
            try TileCoding.parseEntryBundle(try TileCoding.entryBundle([[UInt8]](repeating: [], count: 257)))
        }
    }
}

@Suite("Tile paths parse back")
struct TilePathParsingTests {
    @Test func roundTrips() {
        for (index, width) in [(UInt64(0), 256), (5, 17), (1_234_067, 256), (999, 1), (1000, 255)] {
            let path = TileLayout.indexPath(index, width: width)
            let parsed = TileLayout.parseIndexPath(path.split(separator: "/").map(String.init))
            #expect(parsed?.index == index && parsed?.width == width, "\(path)")
        }
    }

    @Test func refusesOtherSpellings() {
        for path in ["", "1", "0001", "x000/001", "001.p/0", "001.p/256", "001.p/07", "y001/234", "001/234", "x001/23a", "001.p"] {
            #expect(TileLayout.parseIndexPath(path.split(separator: "/").map(String.init)) == nil, "\(path)")
        }
    }
}
