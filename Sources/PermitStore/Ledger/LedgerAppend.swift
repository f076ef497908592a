import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// One append, worked out before any statement runs: the entries' rows, the
/// head they leave (frontier and freshly signed checkpoint), the tiles they
/// complete or extend and the checkpoint kept for history, if one is due.
/// Knowing all of it first is what lets an append that writes only its entry
/// and the head be a single statement (see `isOneStatement`).
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

    /// One entry that completes no tile and keeps no checkpoint for history:
    /// the head update and the entry insert as one statement, which needs no
    /// transaction of its own. This is most appends: a tile completes once
    /// in 256, a history checkpoint once a second at most.
    var isOneStatement: Bool { entries.count == 1 && tileAdditions.isEmpty && history == nil }

    /// Writes the append.
    /// - Parameter checked: the head was not read under its lock but taken
    ///   from the cache, so it is written only if the stored one still has
    ///   the size the append starts from.
    /// - Throws: `StaleLedgerHead` when it no longer has.
    func write(on db: any SQLDatabase, checked: Bool) async throws {
        let bundles = LedgerLayout(db) == .bundles
        let completesBundle = bundles && head.frontier.size / LedgerBundleStore.width > firstIndex / LedgerBundleStore.width
        let tiles = LedgerTileStore(db: db)
        if entries.count == 1, !completesBundle {
            // Always conditional: on a head just read under its lock the
            // condition holds, and one statement serves both cases.
            try await OneStatementAppend(head: head, firstIndex: firstIndex, entry: entries[0]).run(on: db)
            try await tiles.add(tileAdditions)
        } else {
            // The head first: with a cached head this is also the check that no
            // other writer appended, before any row takes an index.
            if checked {
                guard try await head.write(on: db, ifSizeIs: firstIndex) else { throw StaleLedgerHead() }
            } else {
                try await head.write(on: db)
            }
            // The tiles before the entries: a level-0 tile's earlier leaves
            // are read from the rows that a bundle then takes.
            try await tiles.add(tileAdditions)
            let rows = bundles ? try await LedgerBundleStore(db: db).add(entries[...], from: firstIndex) : entries[...]
            try await BulkInsert(table: LedgerTable.entries, columns: ["idx", "subject_kind", "subject_id", "entry", "leaf_hash"])
                .run(zip(rows.indices, rows).map { offset, entry in Self.row(entry, at: firstIndex + UInt64(offset)) }, on: db)
        }
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
