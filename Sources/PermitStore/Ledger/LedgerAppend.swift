import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// One append, worked out before any statement runs: the entries' rows, the
/// head they leave (frontier and freshly signed checkpoint), the tiles they
/// complete or extend and the checkpoint kept for history, if one is due.
struct LedgerAppend: Sendable {
    /// The size of the tree the append starts from.
    let firstIndex: UInt64
    let head: LedgerHead
    private let entries: [EncodedEvent]
    private let tileAdditions: [TileAddition]
    private let history: Checkpoint?

    init(_ entries: [EncodedEvent], after previous: LedgerHead, signer: LedgerSigner) throws {
        var head = previous
        firstIndex = head.frontier.size
        var completed: [NodeHash] = []
        for entry in entries { completed += head.frontier.append(entry.leafHash) }
        let checkpoint = try Checkpoint(origin: signer.origin, size: head.frontier.size, root: head.frontier.root)
        head.checkpoint = try SignedCheckpoint(signing: checkpoint, with: [signer.key]).formatted
        let now = entries.last?.event.occurredAt ?? Date()
        let keepsHistory = head.historyAt.map { now.timeIntervalSince($0) >= LedgerWriter.historyInterval } ?? true
        if keepsHistory { head.historyAt = now }
        self.head = head
        self.entries = entries
        // A level-0 tile is stored only once it is full; until then it is the
        // newest entries' leaf hashes.
        tileAdditions = TileNodes.additions(from: completed).filter { $0.tile.level > 0 || $0.completesTile }
        history = keepsHistory ? checkpoint : nil
    }

    /// Writes the append, in the transaction that locked `previous`.
    func write(on db: any SQLDatabase) async throws {
        let bundles = LedgerLayout(db) == .bundles
        try await head.write(on: db)
        // The tiles before the entries: a level-0 tile's earlier leaves
        // are read from the rows that a bundle then takes.
        try await LedgerTileStore(db: db).add(tileAdditions)
        let rows = bundles ? try await LedgerBundleStore(db: db).add(entries[...], from: firstIndex) : entries[...]
        try await BulkInsert(table: LedgerTable.entries, columns: ["idx", "subject_kind", "subject_id", "entry", "leaf_hash"])
            .run(zip(rows.indices, rows).map { offset, entry in Self.row(entry, at: firstIndex + UInt64(offset)) }, on: db)
        if let history, let at = head.historyAt {
            try await db.insert(into: LedgerTable.checkpoints).columns("size", "note", "signed_at")
                .values(SQLBind(Int64(history.size)), SQLBind(head.checkpoint), SQLBind(at)).run()
        }
    }

    private static func row(_ entry: EncodedEvent, at index: UInt64) -> [BulkValue] {
        [
            .integer(Int64(index)), .text(entry.event.subject.kind), .text(entry.event.subject.id), .blob(entry.bytes),
            .blob(entry.leafHash.bytes),
        ]
    }
}
