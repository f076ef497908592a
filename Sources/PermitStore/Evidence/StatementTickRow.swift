import Fluent
import Foundation
import PermitCore

/// Where a required statement is said in a video (REC-5); inserted once,
/// never changed. A wrong tick is put right by ticking the item again: the
/// latest tick of an item in a video stands.
final class StatementTickRow: Model, @unchecked Sendable {
    static let schema = "statement_ticks"

    @ID(key: .id) var id: UUID?
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "case_number") var caseNumber: String
    /// 1, 2, … within the case, in the order written under the ledger lock:
    /// two ticks in one second still have an order.
    @Field(key: "revision") var revision: Int
    @Field(key: "item") var item: String
    @Field(key: "offset_seconds") var offset: Int
    @Field(key: "ticked_by") var tickedBy: String
    @Field(key: "ticked_at") var tickedAt: Date

    init() {}

    init(id: UUID, _ tick: StatementTick, caseNumber: CaseNumber, revision: Int, by actor: ActorReference, at now: Date) {
        self.id = id
        recordID = tick.video.rawValue
        self.caseNumber = caseNumber.description
        self.revision = revision
        item = tick.item
        offset = tick.offset
        tickedBy = actor.rawValue
        tickedAt = LedgerTime.normalized(now)
    }

    func domain() -> StatementTick {
        StatementTick(item: item, video: CaseRecordID(rawValue: recordID), offset: offset)
    }
}

extension StatementTickRow: LedgerCovered {
    static let subjectKind = "statement-tick"
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    func ledgerFields() throws -> [String: String] {
        [
            "record": recordID.uuidString.lowercased(), "case": caseNumber, "revision": String(revision), "item": item, "offset": String(offset),
            "tickedBy": tickedBy, "tickedAt": LedgerTime.text(tickedAt),
        ]
    }
}

struct CreateStatementTicks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StatementTickRow.schema)
            .id()
            .field("record_id", .uuid, .required)
            .field("case_number", .string, .required)
            .field("revision", .int, .required)
            .field("item", .string, .required)
            .field("offset_seconds", .int, .required)
            .field("ticked_by", .string, .required)
            .field("ticked_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StatementTickRow.schema).delete()
    }
}

extension WriteTransaction {
    public func tick(_ tick: StatementTick, id: UUID, of caseNumber: CaseNumber, by actor: ActorReference, at now: Date) async throws {
        let revision = try await StatementTickRow.query(on: db).filter(\.$caseNumber == caseNumber.description).count() + 1
        let row = StatementTickRow(id: id, tick, caseNumber: caseNumber, revision: revision, by: actor, at: now)
        let event = DomainEvent(
            kind: .statementTicked, actor: actor, subject: .init(kind: StatementTickRow.subjectKind, id: row.subjectID),
            occurredAt: now, fields: [:]
        )
        try await insert(row, event)
    }
}

extension DomainEvent.Kind {
    public static let statementTicked = Self(rawValue: "statement.ticked")
}
