import Fluent

extension StoreSchema {
    /// Evidence: the originals' access log, the review agency's reviews, the team's statements of
    /// its on-site checks and the statements ticked in videos. The originals themselves are
    /// files named by their SHA-256, which the records (covered) carry.
    static let evidence = StoreSchema(
        migrations: [CreateRecordAccesses(), CreateRecordReviews(), CreateOnSiteChecks(), CreateStatementTicks()],
        covered: [RecordAccessRow.self, RecordReviewRow.self, OnSiteCheckRow.self, StatementTickRow.self]
    )
}
