import Fluent
import Foundation

/// One appended event of the write path, in the order the database gave it.
final class EventRecord: Model, @unchecked Sendable {
    static let schema = "events"

    // managed fields
    @ID(custom: "seq", generatedBy: .database) var id: Int?

    // data fields
    @Field(key: "kind") var kind: String
    @Field(key: "actor") var actor: String
    @Field(key: "subject_kind") var subjectKind: String
    @Field(key: "subject_id") var subjectID: String
    @Field(key: "occurred_at") var occurredAt: Date
    /// The event's fields as JSON with sorted keys.
    @Field(key: "fields") var fields: String

    init() {}
}
