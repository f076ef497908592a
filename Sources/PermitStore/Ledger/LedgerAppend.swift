import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// One append, worked out before any statement runs: the entries' rows, the
/// head they leave (frontier and freshly signed checkpoint), the tiles they
/// complete or extend and the checkpoint kept for history, if one is due.
/// `LedgerLog.append` stores it.
struct LedgerAppend: Sendable {
    /// The size of the tree the append starts from.
    let firstIndex: UInt64
    let head: LedgerHead
    let entries: [EncodedEvent]
    let tileAdditions: [TileAddition]
    /// The checkpoint kept for history, if one is due.
    let history: Checkpoint?

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
}
