import Fluent
import Foundation
import PermitCore

extension StoreSchema {
    /// Supervision after licensing: classification history and the quality
    /// facts it reads (SUP-1, SUP-2, SUP-6).
    static let supervision = StoreSchema(
        migrations: [CreateClassificationRecords(), CreateQualityFacts()], covered: [ClassificationRow.self, QualityFactRow.self]
    )
}

extension DomainEvent.Kind {
    public static let enterpriseClassified = Self(rawValue: "supervision.classified")
    public static let qualityFactRecorded = Self(rawValue: "supervision.quality-fact-recorded")
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

    /// An enterprise's quality facts, oldest first, inside the transaction:
    /// the AA ban reads them under the writers' lock.
    public func qualityFacts(of code: UnifiedSocialCreditCode) async throws -> [QualityFact] {
        try await QualityFactRow.query(on: db).filter(\.$creditCode == code.rawValue).sort(\.$occurredOn).sort(\.$recordedAt).all().map { try $0.domain() }
    }

    /// Adds a fact; a capability that records one inside its own change
    /// (a failed sampling) calls this in its transaction.
    public func record(_ fact: QualityFact, by actor: ActorReference, at now: Date) async throws {
        let row = QualityFactRow(fact, at: now)
        let event = DomainEvent(
            kind: .qualityFactRecorded, actor: actor, subject: .init(kind: QualityFactRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:]
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

    /// The decisions of many enterprises, oldest first each, a thousand
    /// credit codes a query (the bind limit): for a district's plan.
    public func classifications(of codes: Set<UnifiedSocialCreditCode>) async throws -> [UnifiedSocialCreditCode: [ClassificationRecord]] {
        var rows: [ClassificationRow] = []
        for batch in codes.map(\.rawValue).sorted().chunked(by: 1_000) {
            rows += try await ClassificationRow.query(on: try store.database()).filter(\.$creditCode ~~ Array(batch))
                .sort(\.$classifiedOn).sort(\.$writtenAt).all()
        }
        return Dictionary(grouping: try rows.map { try $0.domain() }, by: \.creditCode)
    }

    /// The quality facts of many enterprises, oldest first each.
    public func qualityFacts(of codes: Set<UnifiedSocialCreditCode>) async throws -> [UnifiedSocialCreditCode: [QualityFact]] {
        var rows: [QualityFactRow] = []
        for batch in codes.map(\.rawValue).sorted().chunked(by: 1_000) {
            rows += try await QualityFactRow.query(on: try store.database()).filter(\.$creditCode ~~ Array(batch))
                .sort(\.$occurredOn).sort(\.$recordedAt).all()
        }
        return Dictionary(grouping: try rows.map { try $0.domain() }, by: \.creditCode)
    }

    /// The newest decisions about enterprises a district sees that none of
    /// `staff` (its own people) took, for its notices (第十五条: both
    /// districts are told of a change the other district or the city made).
    public func decisions(
        about codes: Set<UnifiedSocialCreditCode>, notBy staff: Set<ActorReference>, limit: Int
    ) async throws -> [ClassificationRecord] {
        var rows: [ClassificationRow] = []
        for batch in codes.map(\.rawValue).sorted().chunked(by: 1_000) {
            rows += try await ClassificationRow.query(on: try store.database()).filter(\.$creditCode ~~ Array(batch))
                .filter(\.$classifiedBy !~ staff.map(\.rawValue)).sort(\.$writtenAt, .descending).limit(limit).all()
        }
        return try rows.sorted { $0.writtenAt > $1.writtenAt }.prefix(limit).map { try $0.domain() }
    }
}

extension Store {
    public var supervision: SupervisionRepository { SupervisionRepository(store: self) }
}
