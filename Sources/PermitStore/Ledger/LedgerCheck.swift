import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// The ledger's fsck: recomputes every leaf from the stored entries, every
/// tree node from the leaves, checks every stored leaf hash and hash tile,
/// every stored checkpoint's signature and its root against the recomputed
/// tree, and every covered row against the latest entry about it. Trusts
/// nothing it read; throws the first ``LedgerDivergence``.
struct LedgerCheck {
    let store: Store
    /// Entries per page: a power of two, so that pages are whole subtrees
    /// (see `CheckedPage`).
    let pageSize: Int

    /// - Parameter pageSize: 2^13 entries unless a test asks for another;
    ///   four pages are in flight on both databases.
    init(store: Store, pageSize: Int = 1 << 13) {
        self.store = store
        self.pageSize = pageSize
    }

    func run() async throws -> LedgerCheckSummary {
        precondition(pageSize > 0 && pageSize & (pageSize - 1) == 0, "a page is a power of two of entries")
        let sql = try store.sql()
        // The covered tables and the stored tiles are read while the entries
        // are: neither is needed until the entries' tree is complete.
        let covered = Task { [store] in try await CoveredTables.load(on: try store.database()) }
        defer { covered.cancel() }
        let stored = Task { try await storedTiles() }
        defer { stored.cancel() }
        let (tree, latest) = try await checkEntries()
        let tileHashes = try Self.compareTiles(tree, stored: try await stored.value)
        let checkpoints = try await checkHeadAndCheckpoints(tree, on: sql)
        let rows = try await compareCoveredRows(try await covered.value, claims: try latest.mapValues { claim in
            do { return (claim.index, try LedgerEntry(decoding: claim.bytes).fields) } catch {
                throw LedgerDivergence(place: .entry(index: claim.index), subject: nil, reason: .notCanonical(error: "\(error)"))
            }
        })
        return LedgerCheckSummary(
            entries: tree.size, nodes: Int(tree.size) + tileHashes, checkpoints: checkpoints, coveredRows: rows,
            root: tree.root(size: tree.size)
        )
    }

    /// Compares the stored tiles with those of the recomputed tree: a tile
    /// in the tree but not stored, holding another hash, or stored but not in
    /// the tree is a divergence, named by the first node that differs.
    private static func compareTiles(_ tree: TreeLevels, stored: [TileAddress: [UInt8]]) throws -> Int {
        var stored = stored
        var compared = 0
        // The partial level-0 tile is the entries' own leaf hashes, checked with them.
        for tile in TileLayout.tiles(treeSize: tree.size) where tile.level > 0 || !tile.isPartial {
            let address = TileAddress(level: tile.level, index: tile.index)
            guard let bytes = stored.removeValue(forKey: address) else {
                throw LedgerDivergence(place: .node(address.node(at: 0)), subject: nil, reason: .tileMissing(address))
            }
            for (offset, hash) in tree.hashes(of: tile).enumerated() {
                let storedHash = bytes.dropFirst(offset * Hash.byteCount).prefix(Hash.byteCount)
                let same = storedHash.withUnsafeBytes { stored in (try? Hash(copying: stored)) == hash }
                guard !same else { continue }
                let node = address.node(at: offset)
                throw LedgerDivergence(
                    place: .node(node), subject: nil,
                    reason: .tileHash(address, stored: HexCoding.encode(storedHash), leaves: node.leafRange, computed: hash.hex)
                )
            }
            guard bytes.count == tile.width * Hash.byteCount else {
                throw LedgerDivergence(
                    place: .node(address.node(at: tile.width)), subject: nil,
                    reason: .tileWidth(address, bytes: bytes.count, hashes: tile.width)
                )
            }
            compared += tile.width
        }
        if let stray = stored.keys.min() {
            throw LedgerDivergence(place: .node(stray.node(at: 0)), subject: nil, reason: .tileStray(stray))
        }
        return compared
    }

    /// Every stored tile's bytes by address.
    private func storedTiles() async throws -> [TileAddress: [UInt8]] {
        var stored: [TileAddress: [UInt8]] = [:]
        for row in try await store.sql().select().columns("level", "idx", "hashes").from(LedgerTable.tiles).all() {
            let tile = TileAddress(
                level: Int(try row.decode(column: "level", as: Int16.self)),
                index: UInt64(clamping: try row.decode(column: "idx", as: Int64.self))
            )
            stored[tile] = [UInt8](try row.decode(column: "hashes", as: Data.self))
        }
        return stored
    }

    private func checkHeadAndCheckpoints(_ tree: TreeLevels, on sql: any SQLDatabase) async throws -> Int {
        let size = tree.size
        let head: LedgerHead
        do { head = try await SQLLedgerLog(db: sql).head() } catch {
            throw LedgerDivergence(place: .head, subject: nil, reason: .headUnreadable(error: "\(error)"))
        }
        guard head.frontier.size == size else {
            throw LedgerDivergence(place: .head, subject: nil, reason: .headSize(recorded: head.frontier.size, entries: size))
        }
        guard head.frontier.hashes == tree.frontier(size: size) else {
            throw LedgerDivergence(place: .head, subject: nil, reason: .headFrontier)
        }
        var notes = try await store.ledger.checkpointHistory()
        if size > 0 { notes.append((size, head.checkpoint)) }
        for (storedSize, note) in notes {
            try check(note, storedSize: storedSize, tree)
        }
        return notes.count
    }

    private func check(_ note: String, storedSize: UInt64, _ tree: TreeLevels) throws {
        let treeSize = tree.size
        let signed: SignedCheckpoint
        do {
            signed = try SignedCheckpoint(verifying: note, verifier: store.signer.verifierKey, origin: store.signer.origin)
        } catch {
            throw LedgerDivergence(place: .checkpoint(size: storedSize), subject: nil, reason: .checkpointSignature(error: "\(error)"))
        }
        let checkpoint = signed.checkpoint
        guard checkpoint.size == storedSize, checkpoint.size <= treeSize else {
            throw LedgerDivergence(
                place: .checkpoint(size: storedSize), subject: nil,
                reason: .checkpointSize(signed: checkpoint.size, filedAs: storedSize, treeSize: treeSize)
            )
        }
        let root = tree.root(size: checkpoint.size)
        guard checkpoint.root == root else {
            throw LedgerDivergence(
                place: .checkpoint(size: storedSize), subject: nil,
                reason: .checkpointRoot(signed: checkpoint.root.base64, tree: root.base64)
            )
        }
    }

    private func compareCoveredRows(
        _ tables: [String: CoveredTables.Rows], claims latest: [DomainEvent.Subject: (index: UInt64, fields: [String: String])]
    ) async throws -> Int {
        var compared = 0
        for (kind, rows) in tables.sorted(by: { $0.key < $1.key }) {
            let claims = latest.filter { $0.key.kind == kind }.sorted { $0.value.index < $1.value.index }
            for (subject, claim) in claims {
                guard let row = rows[subject.id] else {
                    throw LedgerDivergence(
                        place: .coveredRow(kind: kind, id: subject.id), subject: subject,
                        reason: .rowMissing(entry: claim.index)
                    )
                }
                let fields: [String: String]
                do { fields = try row.get() } catch {
                    throw LedgerDivergence(
                        place: .coveredRow(kind: kind, id: subject.id), subject: subject, reason: .rowUnreadable(error: "\(error)")
                    )
                }
                if let field = Self.firstDifferingField(ledger: claim.fields, table: fields) {
                    throw LedgerDivergence(
                        place: .coveredRow(kind: kind, id: subject.id), subject: subject,
                        reason: .rowDiffers(entry: claim.index, field: field, ledger: claim.fields[field], table: fields[field])
                    )
                }
                compared += 1
            }
            if let stray = rows.keys.filter({ latest[DomainEvent.Subject(kind: kind, id: $0)] == nil }).min() {
                throw LedgerDivergence(
                    place: .coveredRow(kind: kind, id: stray), subject: .init(kind: kind, id: stray),
                    reason: .rowUnrecorded
                )
            }
        }
        return compared
    }

    private static func firstDifferingField(ledger: [String: String], table: [String: String]) -> String? {
        Set(ledger.keys).union(table.keys).sorted().first { ledger[$0] != table[$0] }
    }
}

extension LedgerRepository {
    /// Runs the ledger's fsck; throws the first ``LedgerDivergence``.
    public func check() async throws -> LedgerCheckSummary {
        try await LedgerCheck(store: store).run()
    }
}
