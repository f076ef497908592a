import Fluent
import Foundation
import PermitCore

extension StoreSchema {
    /// 双随机一公开 tasks and the inspectors' accounts (RND-4…8).
    static let inspectionTasks = StoreSchema(migrations: [CreateInspectionTasks()], covered: [InspectionTaskRow.self, InspectorAccountRow.self])
}

extension DomainEvent.Kind {
    public static let inspectionTaskDispatched = Self(rawValue: "inspection.task.dispatched")
    public static let inspectionTaskDeclared = Self(rawValue: "inspection.task.declared")
    public static let inspectionFormSubmitted = Self(rawValue: "inspection.task.form-submitted")
    public static let inspectionFormSigned = Self(rawValue: "inspection.task.form-signed")
    /// Reported and published (PUB-1).
    public static let inspectionResultPublished = Self(rawValue: "inspection.task.result-published")
    public static let inspectionTaskNotChecked = Self(rawValue: "inspection.task.not-checked")
    public static let inspectorAccountLinked = Self(rawValue: "inspector.account-linked")
}

extension WriteTransaction {
    public func inspectionTasks(of plan: InspectionPlanID) async throws -> [InspectionTask] {
        try await InspectionTaskRow.query(on: db).filter(\.$planID == plan.rawValue).sort(\.$caseNumber).all().map { try $0.domain() }
    }

    public func inspectionTask(_ number: CaseNumber) async throws -> InspectionTask? {
        try await InspectionTaskRow.query(on: db).filter(\.$caseNumber == number.description).first()?.domain()
    }

    public func dispatch(_ task: InspectionTask, by actor: ActorReference, at now: Date) async throws {
        let row = try InspectionTaskRow(task)
        try await insert(row, event(.inspectionTaskDispatched, row, actor, now))
    }

    /// Rewrites the task's row, the entry saying what happened.
    public func save(_ task: InspectionTask, _ kind: DomainEvent.Kind, by actor: ActorReference, at now: Date) async throws {
        guard let row = try await InspectionTaskRow.find(task.id.rawValue, on: db) else {
            throw StoreError.corruptRow(table: InspectionTaskRow.schema, id: task.id.description)
        }
        try row.update(from: task)
        try await update(row, event(kind, row, actor, now))
    }

    /// Certificate number → the account linked to it.
    public func inspectorAccounts(_ certificates: [String]) async throws -> [String: UserID] {
        guard !certificates.isEmpty else { return [:] }
        let rows = try await InspectorAccountRow.query(on: db).filter(\.$id ~~ certificates).all()
        return Dictionary(rows.compactMap { row in row.id.map { ($0, UserID(rawValue: row.userID)) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Links (or re-links) a certificate to an account; an account signs for
    /// one certificate only, so a previous link of the account is dropped.
    public func linkInspector(_ certificate: String, to user: UserID, district: DistrictCode, by actor: ActorReference, at now: Date) async throws {
        if let other = try await InspectorAccountRow.query(on: db).filter(\.$userID == user.rawValue).filter(\.$id != certificate).first() {
            try await other.delete(on: db)
        }
        if let row = try await InspectorAccountRow.find(certificate, on: db) {
            row.userID = user.rawValue
            row.district = district.rawValue
            try await update(row, event(.inspectorAccountLinked, row, actor, now))
        } else {
            let row = InspectorAccountRow(certificate: certificate, user: user, district: district)
            try await insert(row, event(.inspectorAccountLinked, row, actor, now))
        }
    }

    /// The accounts behind linked certificates, as they stand in this transaction.
    public func users(_ ids: [UserID]) async throws -> [UserID: User] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await UserRecord.query(on: db).filter(\.$id ~~ ids.map(\.rawValue)).all()
        return Dictionary(try rows.map { let user = try $0.domain(); return (user.id, user) }, uniquingKeysWith: { first, _ in first })
    }

    private func event<R: LedgerCovered>(_ kind: DomainEvent.Kind, _ row: R, _ actor: ActorReference, _ now: Date) -> DomainEvent {
        DomainEvent(kind: kind, actor: actor, subject: .init(kind: R.subjectKind, id: row.subjectID), occurredAt: now, fields: [:])
    }
}

/// The digest a form version is signed under: SHA-256 of the form's
/// canonical JSON, the same bytes the task's row keeps.
public enum InspectionFormDigest {
    public static func of<T: Encodable>(_ form: T) throws -> String {
        InspectionTaskRow.hash(try InspectionTaskRow.json(form))
    }
}

/// Tasks, read-only, for worklists, pages, the dashboard and the public results.
public struct InspectionTaskRepository: Sendable {
    let store: Store

    public func tasks(of plan: InspectionPlanID) async throws -> [InspectionTask] {
        try await InspectionTaskRow.query(on: try store.database()).filter(\.$planID == plan.rawValue).sort(\.$caseNumber).all().map { try $0.domain() }
    }

    public func task(_ number: CaseNumber) async throws -> InspectionTask? {
        try await InspectionTaskRow.query(on: try store.database()).filter(\.$caseNumber == number.description).first()?.domain()
    }

    /// Every task of `districts`, or of all districts when nil.
    public func tasks(in districts: [DistrictCode]?) async throws -> [InspectionTask] {
        var query = InspectionTaskRow.query(on: try store.database())
        if let districts { query = query.filter(\.$district ~~ districts.map(\.rawValue)) }
        return try await query.sort(\.$caseNumber).all().map { try $0.domain() }
    }

    /// Certificate number → account, for the certificates given.
    public func accounts(_ certificates: [String]) async throws -> [String: UserID] {
        guard !certificates.isEmpty else { return [:] }
        let rows = try await InspectorAccountRow.query(on: try store.database()).filter(\.$id ~~ certificates).all()
        return Dictionary(rows.compactMap { row in row.id.map { ($0, UserID(rawValue: row.userID)) } }, uniquingKeysWith: { first, _ in first })
    }
}

extension Store {
    public var inspectionTasks: InspectionTaskRepository { InspectionTaskRepository(store: self) }
}
