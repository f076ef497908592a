import Foundation
import PermitLedger
import SQLKit

/// The tree as stored (see `StoreLedgerTiles`): hash tiles in
/// `ledger_tiles`, except the partial level-0 tile, which is the leaf hashes
/// of the newest entries.
struct LedgerTileStore {
    let db: any SQLDatabase

    /// Writes what an append adds to the tiles: each tile above level 0 as it
    /// grows, a level-0 tile once it is full.
    func add(_ additions: [TileAddition]) async throws {
        for addition in additions where addition.tile.level > 0 || addition.completesTile {
            // A tile this append starts needs nothing stored before it: an
            // import completes dozens of them per part.
            var hashes = addition.firstPosition == 0 ? [] : try await self.hashes(of: [addition.tile])[addition.tile] ?? []
            guard hashes.count >= addition.firstPosition else { throw corrupt(addition.tile) }
            hashes = hashes.prefix(addition.firstPosition) + addition.hashes
            try await db.insert(into: LedgerTable.tiles).columns("level", "idx", "hashes")
                .values(SQLBind(Int16(addition.tile.level)), SQLBind(Int64(addition.tile.index)), SQLBind(LedgerBytes.data(hashes)))
                .onConflict(with: ["level", "idx"]) { $0.set(excludedValueOf: "hashes") }
                .run()
        }
    }

    /// The hashes each tile holds now; a tile that has none yet is absent.
    func hashes(of tiles: Set<TileAddress>) async throws -> [TileAddress: [Hash]] {
        guard !tiles.isEmpty else { return [:] }
        let rows = try await db.select().columns("level", "idx", "hashes").from(LedgerTable.tiles)
            .where { group in
                tiles.reduce(group) { group, tile in
                    group.orWhere { $0.where("level", .equal, Int16(tile.level)).where("idx", .equal, Int64(tile.index)) }
                }
            }
            .all()
        var result: [TileAddress: [Hash]] = [:]
        for row in rows {
            let tile = TileAddress(
                level: Int(try row.decode(column: "level", as: Int16.self)), index: UInt64(try row.decode(column: "idx", as: Int64.self))
            )
            guard let hashes = LedgerBytes.hashes(try row.decode(column: "hashes", as: Data.self)) else { throw corrupt(tile) }
            result[tile] = hashes
        }
        // Only full level-0 tiles are stored; a partial one is the newest leaves.
        for tile in tiles where tile.level == 0 && result[tile] == nil {
            let leaves = try await leafHashes(tile.index * UInt64(TileLayout.width)..<(tile.index + 1) * UInt64(TileLayout.width))
            if !leaves.isEmpty { result[tile] = leaves }
        }
        return result
    }

    /// The stored leaf hashes of entries `range`, in order, up to the first gap.
    private func leafHashes(_ range: Range<UInt64>) async throws -> [Hash] {
        let rows = try await db.select().columns("idx", "leaf_hash").from(LedgerTable.entries)
            .where("idx", .greaterThanOrEqual, Int64(range.lowerBound)).where("idx", .lessThan, Int64(range.upperBound))
            .orderBy("idx").all()
        var hashes: [Hash] = []
        for row in rows {
            let index = try row.decode(column: "idx", as: Int64.self)
            guard index == Int64(range.lowerBound) + Int64(hashes.count) else { break }
            guard let hash = LedgerBytes.hash(try row.decode(column: "leaf_hash", as: Data?.self) ?? Data()) else {
                throw StoreError.corruptRow(table: LedgerTable.entries, id: "\(index)")
            }
            hashes.append(hash)
        }
        return hashes
    }

    private func corrupt(_ tile: TileAddress) -> StoreError {
        StoreError.corruptRow(table: LedgerTable.tiles, id: "\(tile.level)/\(tile.index)")
    }
}
