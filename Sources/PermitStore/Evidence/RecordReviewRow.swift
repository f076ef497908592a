import Fluent
import Foundation
import PermitCore

/// A review of an audio-visual record (REC-10); inserted once, never changed.
final class RecordReviewRow: Model, @unchecked Sendable {
    static let schema = "record_reviews"

    @ID(key: .id) var id: UUID?
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "decision") var decision: String
    @OptionalField(key: "reason") var reason: String?
    @Field(key: "reviewer") var reviewer: String
    @Field(key: "reviewed_at") var reviewedAt: Date

    init() {}

    init(id: UUID, _ review: RecordReview, caseNumber: CaseNumber) {
        self.id = id
        recordID = review.record.rawValue
        self.caseNumber = caseNumber.description
        decision = review.decision.rawValue
        reason = review.reason
        reviewer = review.reviewer.rawValue
        reviewedAt = LedgerTime.normalized(review.reviewedAt)
    }

    func domain() throws -> RecordReview {
        guard let decision = RecordReview.Decision(rawValue: decision) else {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
        return RecordReview(
            record: CaseRecordID(rawValue: recordID), decision: decision, reason: reason,
            reviewer: ActorReference(rawValue: reviewer), reviewedAt: reviewedAt
        )
    }
}

extension RecordReviewRow: LedgerCovered {
    static let subjectKind = "record-review"
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "record": recordID.uuidString.lowercased(), "case": caseNumber, "decision": decision, "reviewer": reviewer,
            "reviewedAt": LedgerTime.text(reviewedAt),
        ]
        fields["reason"] = reason
        return fields
    }
}

struct CreateRecordReviews: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RecordReviewRow.schema)
            .id()
            .field("record_id", .uuid, .required)
            .field("case_number", .string, .required)
            .field("decision", .string, .required)
            .field("reason", .string)
            .field("reviewer", .string, .required)
            .field("reviewed_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecordReviewRow.schema).delete()
    }
}

extension WriteTransaction {
    public func review(_ review: RecordReview, id: UUID, of caseNumber: CaseNumber) async throws {
        let row = RecordReviewRow(id: id, review, caseNumber: caseNumber)
        let event = DomainEvent(
            kind: .recordReviewed, actor: review.reviewer, subject: .init(kind: RecordReviewRow.subjectKind, id: row.subjectID),
            occurredAt: review.reviewedAt, fields: [:]
        )
        try await insert(row, event)
    }
}

extension DomainEvent.Kind {
    public static let recordReviewed = Self(rawValue: "record.reviewed")
}
