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

    /// Appends `encoded` in order under one checkpoint, after `previous`,
    /// the head the caller's transaction locked (or its previous part left),
    /// and returns the head it leaves.
    func append(_ encoded: [EncodedEvent], on db: any SQLDatabase, after previous: LedgerHead) async throws -> LedgerHead {
        let append = try LedgerAppend(encoded, after: previous, signer: signer)
        try await SQLLedgerLog(db: db).append(append)
        return append.head
    }
}

/// An event as the ledger stores it, encoded and hashed: the part of an
/// append that needs neither the head nor the database.
struct EncodedEvent: Sendable {
    let event: DomainEvent
    let bytes: [UInt8]
    let leafHash: Hash

    init(_ event: DomainEvent) throws {
        self.event = event
        bytes = try LedgerEntry(event).encoded()
        leafHash = TreeHasher.leafHash(bytes)
    }

    /// The events of `sources`, made and encoded on every processor:
    /// encoding and hashing is the bulk of an import's ledger work.
    static func all<Source: Sendable>(_ sources: [Source], _ event: @escaping @Sendable (Source) -> DomainEvent) throws -> [EncodedEvent] {
        try sources.parallelMap { source in Result { try EncodedEvent(event(source)) } }.map { try $0.get() }
    }

    static func all(_ events: [DomainEvent]) throws -> [EncodedEvent] {
        try all(events) { $0 }
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
