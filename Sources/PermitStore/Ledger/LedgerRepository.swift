import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// One ledger entry as stored, with the index the log gave it.
public struct IndexedEntry: Sendable, Hashable {
    public let index: UInt64
    /// The canonical bytes the tree commits to.
    public let bytes: [UInt8]
    public let entry: LedgerEntry

    public var leafHash: Hash { TreeHasher.leafHash(bytes) }
}

/// Why a ledger question has no answer; each maps to a 4xx problem.
public enum LedgerQueryError: Error, Hashable, Sendable {
    /// The tree is smaller than the size asked about.
    case sizeBeyondTree(size: UInt64, treeSize: UInt64)
    case indexOutOfRange(index: UInt64, size: UInt64)
    /// No leaf has this hash within the size asked about.
    case unknownLeafHash
    /// A leaf hash that is not 32 bytes of standard base64 or hex.
    case invalidLeafHash
    /// A consistency proof needs `0 < size1 <= size2`.
    case invalidSizes(size1: UInt64, size2: UInt64)
    /// The tile or entry bundle does not exist at the current size.
    case noSuchTile(String)
}

/// Reads the ledger: checkpoints, entries, proofs and tiles. Writing is the
/// journal's alone.
public struct LedgerRepository: Sendable {
    let store: Store

    /// The latest signed checkpoint, as served at `checkpoint`.
    public func checkpoint() async throws -> String {
        let head = try await SQLLedgerLog(db: try store.sql()).head()
        guard head.checkpoint.isEmpty else { return head.checkpoint }
        // Before the first append there is nothing stored to serve; the empty
        // tree's head is signed on demand.
        let empty = try Checkpoint(origin: store.signer.origin, size: 0, root: TreeHasher.emptyRoot)
        return try SignedCheckpoint(signing: empty, with: [store.signer.key]).formatted
    }

    public func size() async throws -> UInt64 {
        try await SQLLedgerLog(db: try store.sql()).head().frontier.size
    }

    /// Checkpoints kept for history, oldest first.
    public func checkpointHistory() async throws -> [(size: UInt64, note: String)] {
        try await store.sql().select().columns("size", "note").from(LedgerTable.checkpoints).orderBy("size").all()
            .map { (UInt64(try $0.decode(column: "size", as: Int64.self)), try $0.decode(column: "note", as: String.self)) }
    }

    /// Entries `range`, clipped to the log.
    public func entries(_ range: Range<UInt64>) async throws -> [IndexedEntry] {
        try await SQLLedgerLog(db: try store.sql()).entries(range)
    }

    /// Every entry about one subject, for instance a case, oldest first.
    public func entries(about subject: DomainEvent.Subject) async throws -> [IndexedEntry] {
        try await SQLLedgerLog(db: try store.sql()).entries(about: subject)
    }

    /// The newest entries, newest first.
    public func recentEntries(limit: Int) async throws -> [IndexedEntry] {
        let size = try await size()
        return try await entries(size - min(size, UInt64(max(0, limit)))..<size).reversed()
    }

    /// The RFC 9162 inclusion proof of entry `index` in the tree of `size`
    /// leaves (the current size when nil).
    public func inclusionProof(index: UInt64, size: UInt64? = nil) async throws -> InclusionProofFile {
        let sql = try store.sql()
        let (treeSize, head) = try await resolve(size, on: sql)
        guard index < treeSize else { throw LedgerQueryError.indexOutOfRange(index: index, size: treeSize) }
        let plan = try ProofPlan.inclusion(index: index, size: treeSize)
        let rootNodes = Frontier.nodeIDs(forSize: treeSize)
        let lookup = try await SQLLedgerLog(db: sql).nodes(plan.nodes + rootNodes + [.leaf(index)], known: head.knownNodes)
        return InclusionProofFile(
            leafIndex: index, treeSize: treeSize, root: try Self.root(rootNodes, lookup),
            leafHash: try Self.hash(.leaf(index), lookup), proof: try plan.proof(lookup: lookup)
        )
    }

    /// The inclusion proof of the first entry whose leaf hash is `leafHash`.
    public func inclusionProof(leafHash: Hash, size: UInt64? = nil) async throws -> InclusionProofFile {
        let sql = try store.sql()
        let (treeSize, _) = try await resolve(size, on: sql)
        guard let index = try await SQLLedgerLog(db: sql).firstIndex(ofLeaf: leafHash, below: treeSize) else {
            throw LedgerQueryError.unknownLeafHash
        }
        return try await inclusionProof(index: index, size: treeSize)
    }

    /// The RFC 9162 consistency proof between the trees of `size1` and `size2`
    /// leaves (the current size when nil).
    public func consistencyProof(size1: UInt64, size2: UInt64? = nil) async throws -> ConsistencyProofFile {
        let sql = try store.sql()
        let (newSize, head) = try await resolve(size2, on: sql)
        guard size1 > 0, size1 <= newSize else { throw LedgerQueryError.invalidSizes(size1: size1, size2: newSize) }
        let plan = try ProofPlan.consistency(size1: size1, size2: newSize)
        let (oldRoot, newRoot) = (Frontier.nodeIDs(forSize: size1), Frontier.nodeIDs(forSize: newSize))
        let lookup = try await SQLLedgerLog(db: sql).nodes(plan.nodes + oldRoot + newRoot, known: head.knownNodes)
        return ConsistencyProofFile(
            size1: size1, size2: newSize, root1: try Self.root(oldRoot, lookup), root2: try Self.root(newRoot, lookup),
            proof: try plan.proof(lookup: lookup)
        )
    }

    /// A C2SP hash tile, `tile/<L>/<N>[.p/<W>]`, if it exists at this size.
    public func tile(_ id: TileID) async throws -> [UInt8] {
        let sql = try store.sql()
        let log = SQLLedgerLog(db: sql)
        let size = try await log.head().frontier.size
        let available = size >> UInt64(id.level * TileLayout.height)
        guard let last = id.nodes.last, last.index < available else { throw LedgerQueryError.noSuchTile(id.path) }
        let address = TileAddress(level: id.level, index: id.index)
        // A partial tile's URL keeps serving its first W hashes as the tile grows.
        guard let hashes = try await log.tiles([address])[address], hashes.count >= id.width else {
            throw StoreError.corruptRow(table: LedgerTable.tiles, id: id.path)
        }
        return TileCoding.tile(Array(hashes.prefix(id.width)))
    }

    /// A C2SP entry bundle, `tile/entries/<N>[.p/<W>]`, if it exists.
    public func entryBundle(_ id: EntryBundleID) async throws -> [UInt8] {
        let size = try await self.size()
        guard id.entries.upperBound <= size else { throw LedgerQueryError.noSuchTile(id.path) }
        return try TileCoding.entryBundle(try await entries(id.entries).map(\.bytes))
    }

    /// The tree size asked about (the current one when nil) and the head.
    private func resolve(_ size: UInt64?, on sql: any SQLDatabase) async throws -> (UInt64, LedgerHead) {
        let head = try await SQLLedgerLog(db: sql).head()
        let treeSize = head.frontier.size
        guard let size else { return (treeSize, head) }
        guard size <= treeSize else { throw LedgerQueryError.sizeBeyondTree(size: size, treeSize: treeSize) }
        return (size, head)
    }

    private static func hash(_ node: NodeID, _ lookup: [NodeID: Hash]) throws -> Hash {
        guard let hash = lookup[node] else { throw StoreError.corruptRow(table: LedgerTable.tiles, id: node.description) }
        return hash
    }

    /// The root folded from the perfect subtrees that decompose the tree.
    private static func root(_ nodes: [NodeID], _ lookup: [NodeID: Hash]) throws -> Hash {
        let size = nodes.last.map { $0.leafRange.upperBound } ?? 0
        return try Frontier(size: size, hashes: nodes.map { try hash($0, lookup) }).root
    }
}
