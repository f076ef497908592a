import Foundation
import PermitCore
import PermitStore

/// One enterprise's classification as its page and the API show it.
public struct EnterpriseSupervision: Sendable {
    public let enterprise: Enterprise
    /// The licence view today; nil when it holds none in force.
    public let licensed: LicensedEnterprise?
    public let standing: SupervisionStanding
    /// The production district that classifies it (第十五条).
    public let supervisingDistrict: DistrictCode
    /// Whether the caller may classify it and record its facts.
    public let mayDecide: Bool
}

extension SupervisionCommands {
    /// The enterprise's class, mode, product risk, history, facts and
    /// proposals: for both its districts and the city (SUP-11), and for the
    /// enterprise itself (第十一条: the result is told to the enterprise).
    public static func standing(of id: EnterpriseID, in context: CommandContext) async throws -> EnterpriseSupervision {
        guard let enterprise = try await context.store.enterprises.enterprise(id) else { throw CommandError.notFound }
        return try await standing(of: enterprise, in: context)
    }

    /// The same for the enterprise an enterprise account speaks for.
    public static func ownStanding(in context: CommandContext) async throws -> EnterpriseSupervision? {
        guard let code = try context.requireUser().organisation, let enterprise = try await context.store.enterprises.enterprise(creditCode: code) else {
            return nil
        }
        return try await standing(of: enterprise, in: context)
    }

    static func standing(of enterprise: Enterprise, in context: CommandContext) async throws -> EnterpriseSupervision {
        let own = context.actor.user.map { $0.role == .enterprise && $0.organisation == enterprise.creditCode } ?? false
        if !own {
            do { try context.require(.viewEnterprises, onAnyOf: enterprise.districts) } catch { throw CommandError.notFound }
        }
        let today = CivilDate(context.now)
        let store = context.store
        let certificate = try await store.licensing.certificate(heldBy: enterprise.creditCode)
        let licensed = isLicensed(enterprise, certificates: certificate.map { [$0] } ?? [], from: today, through: today)
            ? SupervisionDirectory.describe(enterprise, certificate: certificate, catalogue: try await store.catalogue.catalogue(), from: today, through: today)
            : nil
        let history = try await store.supervision.classifications(of: enterprise.creditCode)
        let facts = try await store.supervision.qualityFacts(of: [enterprise.creditCode])[enterprise.creditCode] ?? []
        let standing = SupervisionStanding(
            history: history, facts: facts, productRisk: licensed?.productRisk, licensedOn: licensed?.licensedOn, today: today
        )
        let district = context.actor.user.map { supervisingDistrict(of: enterprise, for: $0) }
            ?? operatorDistrict(of: enterprise)
        let mayDecide = context.actor.user.map { (try? context.requireBureauOfficer($0, for: district)) != nil } ?? false
        return EnterpriseSupervision(enterprise: enterprise, licensed: licensed, standing: standing, supervisingDistrict: district, mayDecide: mayDecide)
    }
}
