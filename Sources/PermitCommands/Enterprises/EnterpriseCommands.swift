import Foundation
import PermitCore
import PermitStore

/// 企业名录库 — registering, changing and importing enterprises (RND-1),
/// with the district rule applied once: district staff change only what
/// their district sees, and of that only the parts their district keeps.
public enum EnterpriseCommands {
    public static func register(_ draft: EnterpriseDraft, in context: CommandContext) async throws -> Enterprise {
        let candidate = try EnterpriseRules.validate(draft, id: context.ids.next(EnterpriseID.self))
        try context.require(.manageEnterprises, onAnyOf: candidate.districts)
        let (actor, now) = (context.actor.reference, context.now)
        try await context.store.write { transaction in
            try await transaction.register(candidate, by: actor, at: now)
        }
        return candidate
    }

    /// District staff change only the parts their district keeps
    /// (`EnterpriseEditRights`); the city bureau changes every part. The
    /// enterprise is read, and the rights checked, under the ledger's lock.
    public static func update(_ id: EnterpriseID, with draft: EnterpriseDraft, in context: CommandContext) async throws -> Enterprise {
        let candidate = try EnterpriseRules.validate(draft, id: id)
        try context.require(.manageEnterprises, onAnyOf: candidate.districts)
        let (actor, now) = (context.actor.reference, context.now)
        return try await context.store.write { transaction in
            guard let current = try await transaction.enterprise(id) else { throw EnterpriseError.unknownEnterprise(id.description) }
            for part in EnterpriseEditRights.changedParts(from: current, to: candidate) {
                let keeper = EnterpriseEditRights.keeper(of: part, in: current)
                guard case .allow = AccessPolicy.decide(context.actor, .manageEnterprises, on: .district(keeper)) else {
                    // Named as people know it: "宝山区", not 310113.
                    let name = try await transaction.district(keeper)?.name ?? keeper.rawValue
                    throw KeptByAnotherDistrict(part: part, keeper: keeper, keeperName: name)
                }
            }
            return try await transaction.update(candidate, by: actor, editorDistrict: context.actor.user?.district, at: now)
        }
    }

    /// Checks a file's table against the database without writing anything.
    public static func planImport(_ table: [[String]], in context: CommandContext) async throws -> EnterpriseImportPlan {
        try context.require(.importEnterprises)
        return try await context.store.enterprises.planImport(table)
    }

    /// Imports every row or none; with `skipInvalid`, the valid rows and a
    /// report of the rest. The write starts with the first part of the file
    /// planned and goes on while the rest is; a bad row found on the way
    /// undoes it, and the whole file is then planned to name every bad row.
    public static func importTable(
        _ table: [[String]], skipInvalid: Bool, partSize: Int = EnterpriseRepository.partSize, in context: CommandContext
    ) async throws -> ImportResult {
        try context.require(.importEnterprises)
        let parts = try await context.store.enterprises.prepareImport(table, refusing: !skipInvalid, partSize: partSize)
        let (actor, now) = (context.actor.reference, context.now)
        do {
            let imported = try await context.store.write { transaction in
                try await transaction.importEnterprises(parts, by: actor, at: now)
            }
            return ImportResult(imported: imported, skipped: parts.problems())
        } catch is ImportParts.BadRow {
            throw ImportRefused(problems: parts.planRest().problems)
        }
    }
}

/// A part of an enterprise that another district keeps, refused to the
/// editor; the keeper named as people know it.
public struct KeptByAnotherDistrict: Error, Hashable, Sendable {
    public let part: EnterpriseEditRights.Part
    public let keeper: DistrictCode
    public let keeperName: String
}
