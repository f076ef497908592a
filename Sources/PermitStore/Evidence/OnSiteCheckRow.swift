import Fluent
import Foundation
import PermitCore

/// One statement of a case's on-site check; inserted once, never changed.
/// The latest stands, the earlier ones stay as the ledger's history.
final class OnSiteCheckRow: Model, @unchecked Sendable {
    static let schema = "onsite_checks"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_number") var caseNumber: String
    /// 1, 2, … within the case, in the order written under the ledger lock:
    /// two statements in one second still have an order.
    @Field(key: "revision") var revision: Int
    @Field(key: "started_at") var startedAt: Date
    @OptionalField(key: "ended_at") var endedAt: Date?
    /// `[KeyDevice]` as JSON with sorted keys, so the ledger's copy is stable.
    @Field(key: "devices") var devices: String
    @Field(key: "stated_by") var statedBy: String
    @Field(key: "stated_at") var statedAt: Date

    init() {}

    init(id: UUID, _ check: OnSiteCheck, caseNumber: CaseNumber, revision: Int, by actor: ActorReference, at now: Date) throws {
        self.id = id
        self.caseNumber = caseNumber.description
        self.revision = revision
        startedAt = LedgerTime.normalized(check.startedAt)
        endedAt = check.endedAt.map(LedgerTime.normalized)
        devices = try CaseJSON.encode(check.devices)
        statedBy = actor.rawValue
        statedAt = LedgerTime.normalized(now)
    }

    func domain() throws -> OnSiteCheck {
        guard let list = try? CaseJSON.decode([KeyDevice].self, devices) else {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
        return OnSiteCheck(startedAt: startedAt, endedAt: endedAt, devices: list)
    }
}

extension OnSiteCheckRow: LedgerCovered {
    static let subjectKind = "onsite-check"
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "case": caseNumber, "revision": String(revision), "startedAt": LedgerTime.text(startedAt), "devices": devices, "statedBy": statedBy,
            "statedAt": LedgerTime.text(statedAt),
        ]
        fields["endedAt"] = endedAt.map(LedgerTime.text)
        return fields
    }
}

struct CreateOnSiteChecks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OnSiteCheckRow.schema)
            .id()
            .field("case_number", .string, .required)
            .field("revision", .int, .required)
            .field("started_at", .datetime, .required)
            .field("ended_at", .datetime)
            .field("devices", .string, .required)
            .field("stated_by", .string, .required)
            .field("stated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OnSiteCheckRow.schema).delete()
    }
}

extension WriteTransaction {
    public func state(_ check: OnSiteCheck, id: UUID, of caseNumber: CaseNumber, by actor: ActorReference, at now: Date) async throws {
        let revision = try await OnSiteCheckRow.query(on: db).filter(\.$caseNumber == caseNumber.description).count() + 1
        let row = try OnSiteCheckRow(id: id, check, caseNumber: caseNumber, revision: revision, by: actor, at: now)
        let event = DomainEvent(
            kind: .onSiteCheckStated, actor: actor, subject: .init(kind: OnSiteCheckRow.subjectKind, id: row.subjectID),
            occurredAt: now, fields: [:]
        )
        try await insert(row, event)
    }

    /// The evidence facts of a case as they stand inside this transaction.
    public func evidence(of caseNumber: CaseNumber) async throws -> CaseEvidence {
        try await EvidenceReads.evidence(of: caseNumber, on: db)
    }
}

extension DomainEvent.Kind {
    public static let onSiteCheckStated = Self(rawValue: "onsite-check.stated")
}
