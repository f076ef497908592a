import Fluent
import Foundation
import PermitCore

/// An event as it was appended, with the position the database gave it.
public struct StoredEvent: Sendable, Equatable {
    public var sequence: Int
    public var event: DomainEvent
}

public struct EventRepository: Sendable {
    let store: Store

    public func count() async throws -> Int {
        try await EventRecord.query(on: try store.database()).count()
    }

    /// Events in append order, from the oldest.
    public func all() async throws -> [StoredEvent] {
        try await EventRecord.query(on: try store.database()).sort(\.$id).all().map { record in
            guard let sequence = record.id,
                  let fields = try? JSONDecoder().decode([String: String].self, from: Data(record.fields.utf8))
            else { throw StoreError.corruptRow(table: EventRecord.schema, id: record.id.map(String.init) ?? "?") }
            let event = DomainEvent(
                kind: .init(rawValue: record.kind), actor: .init(rawValue: record.actor),
                subject: .init(kind: record.subjectKind, id: record.subjectID), occurredAt: record.occurredAt,
                fields: fields
            )
            return StoredEvent(sequence: sequence, event: event)
        }
    }
}
