import Fluent
import Foundation
import PermitCore

/// The one write path. A change of state is a closure that writes records,
/// plus the event that describes it; `commit` runs both in one database
/// transaction, so the state and its record in the log exist together or not
/// at all. Records are internal to this module, so no other code can write
/// the tables the log covers.
struct Journal: Sendable {
    private let gate: WriteGate?

    init(serialised: Bool) {
        gate = serialised ? WriteGate() : nil
    }

    /// Runs `change` in a transaction; `change` returns its result and the
    /// event to append. Throwing anywhere rolls everything back.
    func commit<T: Sendable>(
        on database: any Database,
        _ change: @escaping @Sendable (any Database) async throws -> (T, DomainEvent)
    ) async throws -> T {
        let transaction: @Sendable () async throws -> T = {
            try await database.transaction { db in
                let (result, event) = try await change(db)
                try await Self.append(event, on: db)
                return result
            }
        }
        if let gate {
            return try await gate.withExclusiveAccess(transaction)
        }
        return try await transaction()
    }

    private static func append(_ event: DomainEvent, on database: any Database) async throws {
        let record = EventRecord()
        record.kind = event.kind.rawValue
        record.actor = event.actor.rawValue
        record.subjectKind = event.subject.kind
        record.subjectID = event.subject.id
        record.occurredAt = event.occurredAt
        record.fields = try canonicalJSON(event.fields)
        try await record.create(on: database)
    }

    /// Sorted keys give one byte sequence per set of fields.
    static func canonicalJSON(_ fields: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(fields), as: UTF8.self)
    }
}
