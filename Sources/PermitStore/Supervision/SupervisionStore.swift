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

    /// The decisions of many enterprises in one query, oldest first each:
    /// for a district's plan.
    public func classifications(of codes: Set<UnifiedSocialCreditCode>) async throws -> [UnifiedSocialCreditCode: [ClassificationRecord]] {
        guard !codes.isEmpty else { return [:] }
        let rows = try await ClassificationRow.query(on: try store.database()).filter(\.$creditCode ~~ codes.map(\.rawValue))
            .sort(\.$classifiedOn).sort(\.$writtenAt).all()
        return Dictionary(grouping: try rows.map { try $0.domain() }, by: \.creditCode)
    }

    /// The quality facts of many enterprises, oldest first each.
    public func qualityFacts(of codes: Set<UnifiedSocialCreditCode>) async throws -> [UnifiedSocialCreditCode: [QualityFact]] {
        guard !codes.isEmpty else { return [:] }
        let rows = try await QualityFactRow.query(on: try store.database()).filter(\.$creditCode ~~ codes.map(\.rawValue))
            .sort(\.$occurredOn).sort(\.$recordedAt).all()
        return Dictionary(grouping: try rows.map { try $0.domain() }, by: \.creditCode)
    }

    /// The newest decisions taken by another district about enterprises a
    /// district sees (it is where they are registered), for its notices
    /// (第十五条: the production district tells the registration district).
    public func decisions(about codes: Set<UnifiedSocialCreditCode>, notBy district: DistrictCode, limit: Int) async throws -> [ClassificationRecord] {
        guard !codes.isEmpty else { return [] }
        return try await ClassificationRow.query(on: try store.database()).filter(\.$creditCode ~~ codes.map(\.rawValue))
            .filter(\.$district != district.rawValue).sort(\.$writtenAt, .descending).limit(limit).all().map { try $0.domain() }
    }
}

extension Store {
    public var supervision: SupervisionRepository { SupervisionRepository(store: self) }
}
