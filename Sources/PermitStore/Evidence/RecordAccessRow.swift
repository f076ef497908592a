import Fluent
import Foundation
import PermitCore

/// One look at an original record (REC-9: every access is logged): who,
/// when, which record, and whether it was viewed or downloaded. Inserted
/// once, never changed, covered by the ledger.
final class RecordAccessRow: Model, @unchecked Sendable {
    static let schema = "record_accesses"

    @ID(key: .id) var id: UUID?
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "kind") var kind: String
    @Field(key: "actor") var actor: String
    @Field(key: "at") var at: Date

    init() {}

    init(id: UUID, record: CaseRecordID, caseNumber: CaseNumber, kind: RecordAccessKind, actor: ActorReference, at now: Date) {
        self.id = id
        recordID = record.rawValue
        self.caseNumber = caseNumber.description
        self.kind = kind.rawValue
        self.actor = actor.rawValue
        at = LedgerTime.normalized(now)
    }
}

/// How an original was looked at.
public enum RecordAccessKind: String, Sendable, CaseIterable {
    /// Its facts and metadata (`GET /api/v1/records/{id}`).
    case view
    /// The original itself (`…/content`).
    case download
}

extension RecordAccessRow: LedgerCovered {
    static let subjectKind = "record-access"
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    func ledgerFields() throws -> [String: String] {
        ["record": recordID.uuidString.lowercased(), "case": caseNumber, "kind": kind, "actor": actor, "at": LedgerTime.text(at)]
    }
}

struct CreateRecordAccesses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RecordAccessRow.schema)
            .id()
            .field("record_id", .uuid, .required)
            .field("case_number", .string, .required)
            .field("kind", .string, .required)
            .field("actor", .string, .required)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecordAccessRow.schema).delete()
    }
}

extension WriteTransaction {
    /// Logs a view or download of an original in the ledger.
    public func logAccess(
        id: UUID, to record: CaseRecordID, of caseNumber: CaseNumber, kind: RecordAccessKind, by actor: ActorReference, at now: Date
    ) async throws {
        let row = RecordAccessRow(id: id, record: record, caseNumber: caseNumber, kind: kind, actor: actor, at: now)
        let event = DomainEvent(
            kind: kind == .view ? .recordViewed : .recordDownloaded, actor: actor,
            subject: .init(kind: RecordAccessRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:]
        )
        try await insert(row, event)
    }
}

extension DomainEvent.Kind {
    public static let recordViewed = Self(rawValue: "record.viewed")
    public static let recordDownloaded = Self(rawValue: "record.downloaded")
}
