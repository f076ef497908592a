import Fluent
import Foundation
import PermitCore

/// The inspector database (RND-2): reads return domain values, every change
/// goes through the journal with its event.
public struct InspectorRepository: Sendable {
    let store: Store

    /// Every inspector, or one district's, by name.
    public func inspectors(in district: DistrictCode? = nil) async throws -> [Inspector] {
        var query = InspectorRecord.query(on: try store.database()).sort(\.$districtCode).sort(\.$name)
        if let district { query = query.filter(\.$districtCode == district.rawValue) }
        return try await query.all().map { try $0.domain() }
    }

    public func inspector(_ id: InspectorID) async throws -> Inspector? {
        try await InspectorRecord.find(id.rawValue, on: try store.database())?.domain()
    }

    public func add(
        _ valid: ValidInspector, in district: DistrictCode, id: InspectorID = InspectorID(rawValue: UUID()),
        by actor: ActorReference, at now: Date
    ) async throws -> Inspector {
        try await mappingDuplicateCertificate(valid) {
            try await store.journal.commit(on: try store.database()) { db in
                guard try await DistrictRecord.find(district.rawValue, on: db) != nil else { throw InspectorError.unknownDistrict(district) }
                let taken = try await holder(of: valid.certificateNumber, on: db) != nil
                let (inspector, event) = try InspectorRules.add(valid, id: id, in: district, certificateTaken: taken, by: actor, at: now)
                let record = InspectorRecord(inspector, at: now)
                try await record.create(on: db)
                return (inspector, try event.covering(record))
            }
        }
    }

    /// Updates an inspector of `district`; one of another district is as
    /// unknown as one that does not exist, so a district cannot probe another's ids.
    public func update(
        _ id: InspectorID, in district: DistrictCode, to valid: ValidInspector, by actor: ActorReference, at now: Date
    ) async throws -> Inspector {
        try await mappingDuplicateCertificate(valid) {
            try await store.journal.commit(on: try store.database()) { db in
                guard let record = try await InspectorRecord.find(id.rawValue, on: db), record.districtCode == district.rawValue else {
                    throw InspectorError.unknownInspector(id)
                }
                let holder = try await holder(of: valid.certificateNumber, on: db)
                let taken = holder.map { $0.id != id.rawValue } ?? false
                let (inspector, event) = try InspectorRules.update(try record.domain(), to: valid, certificateTaken: taken, by: actor, at: now)
                record.update(from: inspector, at: now)
                try await record.save(on: db)
                return (inspector, try event.covering(record))
            }
        }
    }

    private func holder(of certificate: EnforcementCertificateNumber, on db: any Database) async throws -> InspectorRecord? {
        try await InspectorRecord.query(on: db).filter(\.$certificateNumber == certificate.rawValue).first()
    }

    /// Two writers may both find a number free; the unique index lets one commit.
    private func mappingDuplicateCertificate<T>(_ valid: ValidInspector, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw InspectorError.certificateTaken(valid.certificateNumber)
        }
    }
}

extension InspectorRepository {
    /// Checks a file's table against the database without writing anything.
    public func planImport(_ table: [[String]]) async throws -> InspectorImportPlan {
        let numbers = try await InspectorRecord.query(on: try store.database()).all().map(\.certificateNumber)
        return try InspectorImport.plan(
            table: table, districts: try await store.accounts.districts(), registeredCertificates: Set(numbers)
        )
    }

    /// Adds every row or none; with `skipInvalid`, the valid rows and a
    /// report of the rest. One transaction, one ledger entry per inspector.
    public func importTable(
        _ table: [[String]], skipInvalid: Bool, by actor: ActorReference, at now: Date
    ) async throws -> ImportResult {
        let plan = try await planImport(table)
        guard plan.problems.isEmpty || skipInvalid else { throw ImportRefused(problems: plan.problems) }
        let accepted = plan.accepted
        guard !accepted.isEmpty else { return ImportResult(imported: 0, skipped: plan.problems) }
        do {
            try await store.journal.commitMany(on: try store.database()) { db in
                var events: [DomainEvent] = []
                for row in accepted {
                    // Re-checked inside the transaction: another writer may have
                    // taken a number since the plan was made.
                    let taken = try await InspectorRecord.query(on: db)
                        .filter(\.$certificateNumber == row.inspector.certificateNumber.rawValue).first() != nil
                    let (inspector, event) = try InspectorRules.add(
                        row.inspector, id: InspectorID(rawValue: UUID()), in: row.district, certificateTaken: taken, by: actor, at: now
                    )
                    let record = InspectorRecord(inspector, at: now)
                    try await record.create(on: db)
                    events.append(try event.covering(record))
                }
                return ((), events)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw ImportRefused(problems: [])
        }
        return ImportResult(imported: accepted.count, skipped: plan.problems)
    }
}
