import Fluent
import FluentSQL
import Foundation
import PermitCore
import SQLKit

extension StoreSchema {
    /// 双随机一公开: plans, their frozen pools, sources and draws (RND-1…4).
    static let inspection = StoreSchema(migrations: [CreateInspectionPlans()], covered: [InspectionPlanRow.self])
}

extension DomainEvent.Kind {
    public static let inspectionPlanCreated = Self(rawValue: "inspection.plan.created")
    /// Carries the pools' SHA-256 (`poolsHash`) and the sources' names.
    public static let inspectionPlanFrozen = Self(rawValue: "inspection.plan.frozen")
    public static let inspectionSourceEntered = Self(rawValue: "inspection.source.entered")
    /// The last source's value, with the draw it made (`drawHash`).
    public static let inspectionDrawPublished = Self(rawValue: "inspection.draw.published")
    public static let enterpriseRiskTierSet = Self(rawValue: "enterprise.risk-tier-set")
}

extension WriteTransaction {
    public func inspectionPlan(identifier: String) async throws -> InspectionPlan? {
        try await InspectionPlanRow.query(on: db).filter(\.$identifier == identifier).first()?.domain()
    }

    /// The next public number of `year`'s plans: `SJ-2026-001`, … The
    /// ledger's lock orders writers, so two plans never read the same count.
    public func nextInspectionPlanIdentifier(year: Int) async throws -> String {
        let count = try await InspectionPlanRow.query(on: db).filter(\.$year == year).count()
        let serial = String(count + 1)
        return "SJ-\(year)-" + String(repeating: "0", count: max(0, 3 - serial.count)) + serial
    }

    public func create(_ plan: InspectionPlan, by actor: ActorReference, at now: Date) async throws {
        let row = InspectionPlanRow(plan)
        try await insert(row, event(.inspectionPlanCreated, row, actor, now))
    }

    /// Stores the pools as the canonical JSON it hashes, with the hash and
    /// the sources' names, in one entry. Returns the plan as stored.
    public func freeze(
        _ plan: InspectionPlan, pools: FrozenPools, sourceNames: [String], on day: CivilDate, by actor: ActorReference, at now: Date
    ) async throws -> InspectionPlan {
        guard let row = try await InspectionPlanRow.find(plan.id.rawValue, on: db) else { throw StoreError.corruptRow(table: InspectionPlanRow.schema, id: plan.id.description) }
        let text = String(decoding: try pools.canonicalJSON(), as: UTF8.self)
        row.frozenOn = day.description
        row.pools = text
        row.poolsHash = InspectionPlanRow.hash(text)
        row.sourceNames = try Self.json(sourceNames)
        row.sourceValues = try Self.json([String?](repeating: nil, count: sourceNames.count))
        try await update(row, event(.inspectionPlanFrozen, row, actor, now))
        return try row.domain()
    }

    /// Writes the entered source values and, once made, the draw file.
    public func saveSources(of plan: InspectionPlan, by actor: ActorReference, at now: Date) async throws {
        guard let row = try await InspectionPlanRow.find(plan.id.rawValue, on: db), let frozen = plan.frozen else {
            throw StoreError.corruptRow(table: InspectionPlanRow.schema, id: plan.id.description)
        }
        row.sourceValues = try Self.json(frozen.sourceValues)
        row.draw = try plan.draw.map { String(decoding: try $0.jsonData(), as: UTF8.self) }
        try await update(row, event(plan.draw == nil ? .inspectionSourceEntered : .inspectionDrawPublished, row, actor, now))
    }

    /// Every enterprise seen by one of `districts` (registered or producing
    /// there); the plan rules keep those producing there with a licence.
    public func enterprises(seenByAnyOf districts: [DistrictCode]) async throws -> [Enterprise] {
        guard !districts.isEmpty else { return [] }
        let rows = try await sql.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier(EnterpriseRecord.schema))).from(EnterpriseRecord.schema)
            .where(SQLColumn("id", table: EnterpriseRecord.schema), .in, SQLGroupExpression(
                sql.select().column("enterprise_id").from(EnterpriseIndex.districts).where("district_code", .in, districts.map(\.rawValue)).query
            ))
            .all(decodingFluent: EnterpriseRecord.self)
        return try rows.map { try $0.domain() }
    }

    public func inspectors(inAnyOf districts: [DistrictCode]) async throws -> [Inspector] {
        try await InspectorRecord.query(on: db).filter(\.$districtCode ~~ districts.map(\.rawValue)).all().map { try $0.domain() }
    }

    /// The matching of the latest plan drawn before `plan` was made: whom it
    /// sent to which enterprise, so they are not sent there again (回避).
    public func previousMatching(before plan: InspectionPlan) async throws -> [EnterpriseMatch] {
        let drawn = try await InspectionPlanRow.query(on: db).filter(\.$draw != nil).filter(\.$id != plan.id.rawValue).all()
        let latest = drawn.max { ($0.createdOn, $0.identifier) < ($1.createdOn, $1.identifier) }
        return try latest?.domain().draw?.matching ?? []
    }

    /// 风险等级: sets an enterprise's tier, ledgered as a change of the
    /// enterprise, whose entry's fields include the tier.
    public func setRiskTier(_ tier: RiskTier, of enterprise: EnterpriseID, by actor: ActorReference, at now: Date) async throws -> Enterprise {
        guard let record = try await EnterpriseRecord.find(enterprise.rawValue, on: db) else {
            throw EnterpriseError.unknownEnterprise(enterprise.description)
        }
        record.riskTier = tier.rawValue
        record.updatedAt = now
        let subject = DomainEvent.Subject(kind: EnterpriseRecord.subjectKind, id: record.subjectID)
        try await update(record, DomainEvent(kind: .enterpriseRiskTierSet, actor: actor, subject: subject, occurredAt: now, fields: [:]))
        return try record.domain()
    }

    private func event(_ kind: DomainEvent.Kind, _ row: InspectionPlanRow, _ actor: ActorReference, _ now: Date) -> DomainEvent {
        DomainEvent(kind: kind, actor: actor, subject: .init(kind: InspectionPlanRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:])
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Plans, read-only, for the public pages and the API.
public struct InspectionRepository: Sendable {
    let store: Store

    /// Every plan, latest first.
    public func plans() async throws -> [InspectionPlan] {
        try await InspectionPlanRow.query(on: try store.database()).sort(\.$year, .descending).sort(\.$identifier, .descending).all()
            .map { try $0.domain() }
    }

    public func plan(identifier: String) async throws -> InspectionPlan? {
        try await InspectionPlanRow.query(on: try store.database()).filter(\.$identifier == identifier).first()?.domain()
    }

    /// The frozen pools exactly as hashed, for `pools.json`.
    public func poolsText(identifier: String) async throws -> String? {
        try await InspectionPlanRow.query(on: try store.database()).filter(\.$identifier == identifier).first()?.pools
    }

    /// The draw file exactly as stored, for `draw.json`.
    public func drawText(identifier: String) async throws -> String? {
        try await InspectionPlanRow.query(on: try store.database()).filter(\.$identifier == identifier).first()?.draw
    }
}

extension Store {
    public var inspection: InspectionRepository { InspectionRepository(store: self) }
}
