import Foundation
import PermitCore
import PermitLedger
import SQLKit

/// Appends events to the ledger inside the caller's transaction: the entry
/// and its leaf hash, the tiles it completes or extends, the new frontier and
/// a freshly signed checkpoint, so every acknowledged change is already
/// covered by a signed tree head when its transaction commits.
struct LedgerWriter: Sendable {
    let signer: LedgerSigner
    /// The shortest interval between two checkpoints kept for history.
    static let historyInterval: TimeInterval = 1

    /// Appends `event` and returns its index.
    @discardableResult
    func append(_ event: DomainEvent, on db: any SQLDatabase) async throws -> UInt64 {
        try await append([event], on: db).lowerBound
    }

    /// Appends `events` in order under one lock and one checkpoint.
    func append(_ events: [DomainEvent], on db: any SQLDatabase) async throws -> Range<UInt64> {
        var head = try await LedgerHead.read(on: db, forUpdate: true)
        let first = head.frontier.size
        var completed: [NodeHash] = []
        var entryRows: [[any SQLExpression]] = []
        for event in events {
            let bytes = try LedgerEntry(event).encoded()
            let leafHash = TreeHasher.leafHash(bytes)
            entryRows.append([
                SQLBind(Int64(head.frontier.size)), SQLBind(event.subject.kind), SQLBind(event.subject.id), SQLBind(Data(bytes)),
                SQLBind(Data(leafHash.bytes)),
            ])
            completed += head.frontier.append(leafHash)
        }
        // Batches stay under every database's limit on bound parameters.
        for batch in entryRows.chunked(into: 200) {
            try await db.insert(into: LedgerTable.entries).columns("idx", "subject_kind", "subject_id", "entry", "leaf_hash")
                .rows(batch).run()
        }
        try await LedgerTileStore(db: db).add(TileNodes.additions(from: completed))

        let checkpoint = try Checkpoint(origin: signer.origin, size: head.frontier.size, root: head.frontier.root)
        let signed = try SignedCheckpoint(signing: checkpoint, with: [signer.key]).formatted
        head.checkpoint = signed
        let now = events.last?.occurredAt ?? Date()
        if head.historyAt.map({ now.timeIntervalSince($0) >= Self.historyInterval }) ?? true {
            try await db.insert(into: LedgerTable.checkpoints).columns("size", "note", "signed_at")
                .values(SQLBind(Int64(checkpoint.size)), SQLBind(signed), SQLBind(now)).run()
            head.historyAt = now
        }
        try await head.write(on: db)
        return first..<head.frontier.size
    }
}

extension Array {
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

extension LedgerEntry {
    /// The ledger's form of a domain event.
    init(_ event: DomainEvent) throws {
        self.init(
            eventType: event.kind.rawValue, actor: event.actor.rawValue,
            subjectKind: event.subject.kind, subjectID: event.subject.id, time: event.occurredAt,
            fields: event.fields, evidence: try event.evidence.map { try Hash(hex: $0) }
        )
    }
}

extension DomainEvent {
    /// The domain event an entry records.
    init(_ entry: LedgerEntry) {
        self.init(
            kind: .init(rawValue: entry.eventType), actor: .init(rawValue: entry.actor),
            subject: .init(kind: entry.subjectKind, id: entry.subjectID), occurredAt: entry.time,
            fields: entry.fields, evidence: entry.evidence.map(\.hex)
        )
    }
}
