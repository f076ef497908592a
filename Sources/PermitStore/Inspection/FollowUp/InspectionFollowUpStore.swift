import Fluent
import Foundation
import PermitCore

extension StoreSchema {
    /// 后续处置 of failed 双随机 tasks (RND-7).
    static let inspectionFollowUps = StoreSchema(migrations: [CreateInspectionFollowUps()], covered: [InspectionFollowUpRow.self])
}

extension DomainEvent.Kind {
    public static let inspectionFollowUpRecorded = Self(rawValue: "inspection.task.follow-up-recorded")
}

extension WriteTransaction {
    public func record(_ followUp: InspectionFollowUp, by actor: ActorReference, at now: Date) async throws {
        let row = InspectionFollowUpRow(followUp)
        try await insert(row, DomainEvent(
            kind: .inspectionFollowUpRecorded, actor: actor, subject: .init(kind: InspectionFollowUpRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:]
        ))
    }
}

/// Follow-ups, read-only, for the task page, the dashboard and the API.
public struct InspectionFollowUpRepository: Sendable {
    let store: Store

    public func followUps(of task: CaseNumber) async throws -> [InspectionFollowUp] {
        try await InspectionFollowUpRow.query(on: try store.database()).filter(\.$taskCase == task.description).sort(\.$recordedAt).all().map { try $0.domain() }
    }

    /// Every follow-up of tasks in `districts`, or of all districts when nil.
    public func followUps(in districts: [DistrictCode]?) async throws -> [InspectionFollowUp] {
        var query = InspectionFollowUpRow.query(on: try store.database())
        if let districts { query = query.filter(\.$district ~~ districts.map(\.rawValue)) }
        return try await query.sort(\.$recordedAt).all().map { try $0.domain() }
    }
}

extension Store {
    public var inspectionFollowUps: InspectionFollowUpRepository { InspectionFollowUpRepository(store: self) }
}
