import Fluent
import Foundation
import PermitCore

/// The evidence facts of cases, read the same way in and out of a write.
enum EvidenceReads {
    static func evidence(of caseNumber: CaseNumber, on db: any Database) async throws -> CaseEvidence {
        let number = caseNumber.description
        let check = try await OnSiteCheckRow.query(on: db).filter(\.$caseNumber == number)
            .sort(\.$revision, .descending).first()?.domain()
        var reviews: [CaseRecordID: RecordReview] = [:]
        for row in try await RecordReviewRow.query(on: db).filter(\.$caseNumber == number).sort(\.$reviewedAt).all() {
            let review = try row.domain()
            reviews[review.record] = review
        }
        // The latest tick of an item in a video stands.
        var ticks: [String: StatementTick] = [:]
        for row in try await StatementTickRow.query(on: db).filter(\.$caseNumber == number).sort(\.$revision).all() {
            let tick = row.domain()
            ticks["\(tick.video)/\(tick.item)"] = tick
        }
        let ordered = ticks.values.sorted { ($0.video.rawValue.uuidString, $0.offset, $0.item) < ($1.video.rawValue.uuidString, $1.offset, $1.item) }
        return CaseEvidence(check: check, reviews: reviews, ticks: ordered)
    }

    /// The standing statement of each case's check, for the worklist.
    static func checks(of numbers: [CaseNumber], on db: any Database) async throws -> [CaseNumber: OnSiteCheck] {
        var rows: [OnSiteCheckRow] = []
        // In batches, as the bind parameters of one statement are limited.
        for batch in numbers.map(\.description).chunked(by: 1_000) {
            rows += try await OnSiteCheckRow.query(on: db).filter(\.$caseNumber ~~ Array(batch)).sort(\.$revision).all()
        }
        var checks: [CaseNumber: OnSiteCheck] = [:]
        for row in rows.sorted(by: { $0.revision < $1.revision }) {
            guard let number = try? CaseNumber(parsing: row.caseNumber) else { continue }
            checks[number] = try row.domain()
        }
        return checks
    }
}

extension CaseRepository {
    public func evidence(of number: CaseNumber) async throws -> CaseEvidence {
        try await EvidenceReads.evidence(of: number, on: try store.database())
    }

    public func onSiteChecks(of numbers: [CaseNumber]) async throws -> [CaseNumber: OnSiteCheck] {
        try await EvidenceReads.checks(of: numbers, on: try store.database())
    }
}
