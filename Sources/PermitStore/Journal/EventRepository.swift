import Foundation
import PermitCore

/// An event as it was appended, with the position the ledger gave it.
public struct StoredEvent: Sendable, Equatable {
    public var sequence: Int
    public var event: DomainEvent
}

/// The ledger's entries seen as domain events.
public struct EventRepository: Sendable {
    let store: Store

    public func count() async throws -> Int {
        Int(try await store.ledger.size())
    }

    /// Events in append order, from the oldest.
    public func all() async throws -> [StoredEvent] {
        try await store.ledger.entries(0..<UInt64(Int64.max)).map {
            StoredEvent(sequence: Int($0.index), event: DomainEvent($0.entry))
        }
    }
}
