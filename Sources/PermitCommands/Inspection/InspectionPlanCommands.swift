import Foundation
import PermitCore
import PermitStore

/// 双随机一公开 (RND-1…4, PUB-1): the bureau's officers make a plan, freeze
/// it and enter the random sources' values; the draw then runs by itself.
/// Anyone reads plans, pools, sources and draws without signing in.
///
/// Who plans: a city officer for any districts; a district officer for
/// their own district only, as seed 002 has the county bureaus draw their
/// own inspectors. Whoever may plan a district may freeze and enter sources.
public enum InspectionPlanCommands {
    public static func create(_ draft: InspectionPlanDraft, in context: CommandContext) async throws -> InspectionPlan {
        let user = try context.requireUser()
        let (now, actor, id) = (context.now, context.actor.reference, context.ids.next(InspectionPlanID.self))
        let known = Set(try await context.store.accounts.districts().map(\.code))
        return try await context.store.write { transaction in
            let identifier = try await transaction.nextInspectionPlanIdentifier(year: draft.year ?? 0)
            let plan = try InspectionPlanning.create(draft, id: id, identifier: identifier, knownDistricts: known, by: actor, on: CivilDate(now))
            try requirePlanner(user, of: plan, in: context)
            try await transaction.create(plan, by: actor, at: now)
            return plan
        }
    }

    /// Freezes the plan's pools from the registry as it stands now and
    /// names the random sources, or reports every pre-draw problem.
    public static func freeze(_ identifier: String, sourceNames: [String], in context: CommandContext) async throws -> InspectionPlan {
        let user = try context.requireUser()
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let plan = try await transaction.inspectionPlan(identifier: identifier) else { throw CommandError.notFound }
            try requirePlanner(user, of: plan, in: context)
            let day = CivilDate(now)
            let frozen = try InspectionPlanning.freeze(
                plan, enterprises: try await transaction.enterprises(seenByAnyOf: plan.districts),
                inspectors: try await transaction.inspectors(inAnyOf: plan.districts),
                previousMatching: try await transaction.previousMatching(before: plan), sourceNames: sourceNames, on: day
            )
            return try await transaction.freeze(plan, pools: frozen.pools, sourceNames: frozen.sourceNames, on: day, by: actor, at: now)
        }
    }

    /// Enters source `index` (1-based); the last one makes the draw, stored
    /// with it. The same value again changes nothing.
    public static func enterSource(_ identifier: String, index: Int, value: String, in context: CommandContext) async throws -> InspectionPlan {
        let user = try context.requireUser()
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let plan = try await transaction.inspectionPlan(identifier: identifier) else { throw CommandError.notFound }
            try requirePlanner(user, of: plan, in: context)
            guard let updated = try InspectionPlanning.enterSource(plan, index: index, value: value) else { return plan }
            try await transaction.saveSources(of: updated, by: actor, at: now)
            return updated
        }
    }

    /// 风险等级 (RND-3): an officer of the enterprise's district sets its tier.
    public static func setRiskTier(creditCode: String, tier: String, in context: CommandContext) async throws -> Enterprise {
        let user = try context.requireUser()
        guard let code = try? UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(creditCode)) else {
            throw CommandError.notFound
        }
        guard let tier = RiskTier(rawValue: tier) else { throw InvalidInput([FieldIssue(field: "tier", problem: .unknownValue(tier))]) }
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let enterprise = try await transaction.enterprise(creditCode: code) else { throw CommandError.notFound }
            // An officer of any district that sees the enterprise (SUP-11).
            guard user.role == .cityOfficer || user.role == .districtOfficer else { throw CommandError.denied(.roleNotPermitted(user.role)) }
            try context.require(.openCases, onAnyOf: enterprise.districts)
            return try await transaction.setRiskTier(tier, of: enterprise.id, by: actor, at: now)
        }
    }

    /// Every plan, public.
    public static func plans(in context: CommandContext) async throws -> [InspectionPlan] {
        try await context.store.inspection.plans()
    }

    public static func plan(_ identifier: String, in context: CommandContext) async throws -> InspectionPlan {
        guard let plan = try await context.store.inspection.plan(identifier: identifier) else { throw CommandError.notFound }
        return plan
    }

    /// Whether the signed-in user may plan these districts, for showing forms.
    public static func mayPlan(_ districts: [DistrictCode], in context: CommandContext) -> Bool {
        guard let user = context.actor.user, !districts.isEmpty else { return false }
        return districts.allSatisfy { (try? context.requireBureauOfficer(user, for: $0)) != nil }
    }

    private static func requirePlanner(_ user: User, of plan: InspectionPlan, in context: CommandContext) throws {
        for district in plan.districts { try context.requireBureauOfficer(user, for: district) }
    }
}
