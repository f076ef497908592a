import Fluent
import Foundation
import PermitCore

/// An alert raised: inserted once, never changed. Its key is the primary
/// key, so a second raise of the same alert cannot be written.
final class CaseAlertRow: Model, @unchecked Sendable {
    static let schema = "case_alerts"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "task") var task: String
    @Field(key: "kind") var kind: String
    @Field(key: "due") var due: String
    @Field(key: "raised_at") var raisedAt: Date

    init() {}

    init(_ alert: CaseAlert, at now: Date) {
        id = alert.key
        caseNumber = alert.caseNumber.description
        task = alert.task.key
        kind = alert.kind.rawValue
        due = alert.due.description
        raisedAt = LedgerTime.normalized(now)
    }
}

extension CaseAlertRow: LedgerCovered {
    static let subjectKind = "case-alert"
    var subjectID: String { id ?? "" }

    func ledgerFields() throws -> [String: String] {
        ["case": caseNumber, "task": task, "kind": kind, "due": due, "raisedAt": LedgerTime.text(raisedAt)]
    }
}

struct CreateCaseAlerts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CaseAlertRow.schema)
            .field("id", .string, .identifier(auto: false))
            .field("case_number", .string, .required)
            .field("task", .string, .required)
            .field("kind", .string, .required)
            .field("due", .string, .required)
            .field("raised_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseAlertRow.schema).delete()
    }
}

extension WriteTransaction {
    /// Raises the alerts not raised before and returns them; inside the
    /// ledger's lock, so two jobs running at once raise each alert once.
    public func raise(_ alerts: [CaseAlert], by actor: ActorReference, at now: Date) async throws -> [CaseAlert] {
        guard !alerts.isEmpty else { return [] }
        let raised = Set(try await CaseAlertRow.query(on: db).filter(\.$id ~~ alerts.map(\.key)).all().compactMap(\.id))
        var new: [CaseAlert] = []
        for alert in alerts where !raised.contains(alert.key) {
            let row = CaseAlertRow(alert, at: now)
            let event = DomainEvent(
                kind: .caseAlertRaised, actor: actor, subject: .init(kind: CaseAlertRow.subjectKind, id: alert.key), occurredAt: now, fields: [:]
            )
            try await insert(row, event)
            new.append(alert)
        }
        return new
    }
}

extension CaseRepository {
    /// Alerts raised for a case, oldest first.
    public func alerts(of number: CaseNumber) async throws -> [(key: String, raisedAt: Date)] {
        try await CaseAlertRow.query(on: try store.database()).filter(\.$caseNumber == number.description).sort(\.$raisedAt).all()
            .map { ($0.id ?? "", $0.raisedAt) }
    }
}

extension DomainEvent.Kind {
    public static let caseAlertRaised = Self(rawValue: "case.alert_raised")
}
