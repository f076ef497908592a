import Foundation
import PermitCore
import PermitStore

/// 检验检测机构 — registering the agencies CMA cases concern.
public enum AgencyCommands {
    public static func register(creditCode: String, name: String, district: String?, in context: CommandContext) async throws -> TestingAgency {
        try context.require(.manageAgencies)
        let (code, name, district) = try TestingAgencyRules.validate(creditCode: creditCode, name: name, district: district)
        if let district, try await context.store.accounts.district(district) == nil {
            throw InvalidInput([FieldIssue(field: "district", problem: .unknownValue(district.rawValue))])
        }
        let agency = TestingAgency(id: context.ids.next(), creditCode: code, name: name, district: district)
        let now = context.now
        return try await context.store.write { transaction in
            if try await transaction.agency(creditCode: code) != nil { throw AgencyRefusal.creditCodeTaken(code) }
            try await transaction.register(agency, by: context.actor.reference, at: now)
            return agency
        }
    }
}

public enum AgencyRefusal: Error, Hashable, Sendable {
    case creditCodeTaken(UnifiedSocialCreditCode)
}
