import Foundation
import PermitCore
import PermitStore

/// 辖区 — the bureaus' areas, added and renamed by the city bureau.
public enum DistrictCommands {
    public static func add(code: String, name: String, level: String, in context: CommandContext) async throws -> District {
        try context.require(.manageDistricts)
        let district = try AccountRules.validate(districtCode: code, name: name, level: level)
        let (actor, now) = (context.actor.reference, context.now)
        return try await context.store.write { transaction in
            let taken = try await transaction.district(district.code) != nil
            let event = try AccountRules.add(district, codeTaken: taken, by: actor, at: now)
            try await transaction.add(district, event, at: now)
            return district
        }
    }

    public static func rename(_ code: String, to name: String, in context: CommandContext) async throws -> District {
        try context.require(.manageDistricts)
        guard let code = DistrictCode(rawValue: code) else { throw CommandError.notFound }
        let (actor, now) = (context.actor.reference, context.now)
        return try await context.store.write { transaction in
            guard let current = try await transaction.district(code) else { throw AccountError.unknownDistrict(code) }
            let (district, event) = try AccountRules.rename(current, to: name, by: actor, at: now)
            try await transaction.rename(district, event)
            return district
        }
    }
}
