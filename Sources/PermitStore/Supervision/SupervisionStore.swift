import Fluent
import Foundation
import PermitCore

extension StoreSchema {
    /// Supervision after licensing: classification history (SUP-1, SUP-6).
    static let supervision = StoreSchema(migrations: [CreateClassificationRecords()], covered: [ClassificationRow.self])
}

extension DomainEvent.Kind {
    public static let enterpriseClassified = Self(rawValue: "supervision.classified")
}

extension WriteTransaction {
    /// An enterprise's classification history, oldest first, as it stands
    /// inside the transaction: the rise rule reads it under the writers' lock.
    public func classifications(of code: UnifiedSocialCreditCode) async throws -> [ClassificationRecord] {
        try await ClassificationRow.query(on: db).filter(\.$creditCode == code.rawValue)
            .sort(\.$classifiedOn).sort(\.$writtenAt).all().map { try $0.domain() }
    }

    /// Appends a decision; earlier ones stay as they were.
    public func record(_ classification: ClassificationRecord, by actor: ActorReference, at now: Date) async throws {
        let row = ClassificationRow(classification, at: now)
        let event = DomainEvent(
            kind: .enterpriseClassified, actor: actor, subject: .init(kind: ClassificationRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:]
        )
        try await insert(row, event)
    }
}

/// Classification history, read-only.
public struct SupervisionRepository: Sendable {
    let store: Store

    /// One enterprise's decisions, oldest first.
    public func classifications(of code: UnifiedSocialCreditCode) async throws -> [ClassificationRecord] {
        try await classifications(of: [code])[code] ?? []
    }

    /// The decisions of many enterprises in one query, oldest first each:
    /// for a district's plan.
    public func classifications(of codes: Set<UnifiedSocialCreditCode>) async throws -> [UnifiedSocialCreditCode: [ClassificationRecord]] {
        guard !codes.isEmpty else { return [:] }
        let rows = try await ClassificationRow.query(on: try store.database()).filter(\.$creditCode ~~ codes.map(\.rawValue))
            .sort(\.$classifiedOn).sort(\.$writtenAt).all()
        return Dictionary(grouping: try rows.map { try $0.domain() }, by: \.creditCode)
    }
}

extension Store {
    public var supervision: SupervisionRepository { SupervisionRepository(store: self) }
}
