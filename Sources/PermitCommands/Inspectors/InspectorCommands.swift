import Foundation
import PermitCore
import PermitStore

/// 执法检查人员名录库 — district officers keep their district's inspectors
/// (RND-2); the city bureau loads every district's at once.
public enum InspectorCommands {
    public static func add(_ draft: InspectorDraft, in district: DistrictCode, context: CommandContext) async throws -> Inspector {
        try context.require(.manageInspectors, on: .district(district))
        let valid = try InspectorRules.validate(draft)
        let (id, actor, now) = (context.ids.next(InspectorID.self), context.actor.reference, context.now)
        return try await context.store.write { transaction in
            guard try await transaction.district(district) != nil else { throw InspectorError.unknownDistrict(district) }
            let taken = try await transaction.inspector(holding: valid.certificateNumber) != nil
            let (inspector, event) = try InspectorRules.add(valid, id: id, in: district, certificateTaken: taken, by: actor, at: now)
            try await transaction.add(inspector, event, at: now)
            return inspector
        }
    }

    /// Updates an inspector of `district`; one of another district is as
    /// unknown as one that does not exist, so a district cannot probe another's ids.
    public static func update(
        _ id: InspectorID, in district: DistrictCode, with draft: InspectorDraft, context: CommandContext
    ) async throws -> Inspector {
        try context.require(.manageInspectors, on: .district(district))
        let valid = try InspectorRules.validate(draft)
        let (actor, now) = (context.actor.reference, context.now)
        return try await context.store.write { transaction in
            guard let current = try await transaction.inspector(id), current.district == district else {
                throw InspectorError.unknownInspector(id)
            }
            let holder = try await transaction.inspector(holding: valid.certificateNumber)
            let taken = holder.map { $0.id != id } ?? false
            let (inspector, event) = try InspectorRules.update(current, to: valid, certificateTaken: taken, by: actor, at: now)
            try await transaction.save(inspector, event, at: now)
            return inspector
        }
    }

    /// Checks a file's table against the database without writing anything.
    public static func planImport(_ table: [[String]], in context: CommandContext) async throws -> InspectorImportPlan {
        try context.require(.importInspectors)
        return try await context.store.inspectors.planImport(table)
    }

    /// Adds every row or none; with `skipInvalid`, the valid rows and a
    /// report of the rest. One transaction, one ledger entry per inspector.
    public static func importTable(_ table: [[String]], skipInvalid: Bool, in context: CommandContext) async throws -> ImportResult {
        let plan = try await planImport(table, in: context)
        guard plan.problems.isEmpty || skipInvalid else { throw ImportRefused(problems: plan.problems) }
        let accepted = plan.accepted
        guard !accepted.isEmpty else { return ImportResult(imported: 0, skipped: plan.problems) }
        let ids = accepted.map { _ in context.ids.next(InspectorID.self) }
        let (actor, now) = (context.actor.reference, context.now)
        try await context.store.write { transaction in
            for (row, id) in zip(accepted, ids) {
                // Re-checked inside the transaction: another writer may have
                // taken a number since the plan was made.
                let taken = try await transaction.inspector(holding: row.inspector.certificateNumber) != nil
                let (inspector, event) = try InspectorRules.add(
                    row.inspector, id: id, in: row.district, certificateTaken: taken, by: actor, at: now
                )
                try await transaction.add(inspector, event, at: now, duplicate: ImportRefused(problems: []))
            }
        }
        return ImportResult(imported: accepted.count, skipped: plan.problems)
    }
}
