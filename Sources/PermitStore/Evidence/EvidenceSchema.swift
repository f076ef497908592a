import Fluent

extension StoreSchema {
    /// Evidence: the originals' access log and the review agency's reviews. The originals themselves are
    /// files named by their SHA-256, which the records (covered) carry.
    static let evidence = StoreSchema(
        migrations: [CreateRecordAccesses(), CreateRecordReviews()], covered: [RecordAccessRow.self, RecordReviewRow.self]
    )
}
