import Foundation
import PermitCore
import PermitStore

/// The districts' supervision as the city bureau oversees it (SUP-12) and
/// as each district works through it: figures, the AA list, the
/// classifications due and the proposals waiting.
extension SupervisionCommands {
    /// The districts the caller oversees: every one for the city bureau,
    /// auditors and the operator, their own for district staff.
    static func overseenDistricts(in context: CommandContext) async throws -> [DistrictCode] {
        try context.require(.viewEnterprises)
        let all = try await context.store.accounts.districts().filter { $0.level == .district }.map(\.code)
        guard let user = context.actor.user else { return all }
        switch AccessPolicy.reach(of: user) {
        case .everyDistrict: return all
        case .ownDistrict(let own?): return all.filter { $0 == own }
        case .ownDistrict, .noDistrict: throw CommandError.denied(.roleNotPermitted(user.role))
        }
    }

    /// Each overseen district's figures today, with the periodic
    /// inspections of `year`'s plan, those opened so far and the overdue
    /// rectifications.
    public static func figures(year: Int, in context: CommandContext) async throws -> [DistrictSupervisionFigures] {
        let today = CivilDate(context.now)
        var result: [DistrictSupervisionFigures] = []
        for district in try await overseenDistricts(in: context) {
            let candidates = try await candidates(year: year, district: district, store: context.store)
            let plan = try SupervisionPlanning.plan(year: year, district: district, candidates: candidates)
            let planned = Dictionary(uniqueKeysWithValues: plan.rows.map { ($0.creditCode, $0.inspections) })
            var figures = DistrictSupervisionFigures(district: district)
            for (held, standing) in try await SupervisionDirectory.standings(in: district, on: today, store: context.store) {
                figures.add(standing, planned: planned[held.enterprise.creditCode] ?? 0)
            }
            figures.inspectionsOpened = try await context.store.oversight.casesOpened(ProcessDefinition.supervisionPeriodic.id, in: district, year: year)
            figures.overdueRectifications = try await context.store.oversight.overdueOrders(in: district, on: today).count
            result.append(figures)
        }
        return result
    }

    /// Every AA decision in force among the overseen districts' licensed
    /// enterprises, by district and credit code.
    public static func aaList(in context: CommandContext) async throws -> [AAListRow] {
        let today = CivilDate(context.now)
        var rows: [AAListRow] = []
        for district in try await overseenDistricts(in: context) {
            for (held, standing) in try await SupervisionDirectory.standings(in: district, on: today, store: context.store) {
                rows += standing.categories.filter { $0.supervisionClass == .aa }.map {
                    AAListRow(creditCode: held.enterprise.creditCode, name: held.enterprise.name, district: district, record: $0, productRisk: held.productRisk)
                }
            }
        }
        return rows
    }

    /// The district officer's supervision work (第十条, 第三十三条): every
    /// licensed enterprise of their district whose first classification is
    /// due or that has proposals waiting, overdue first, then by due day.
    public static func work(in context: CommandContext) async throws -> [(LicensedEnterprise, SupervisionStanding)] {
        guard let user = context.actor.user, user.role == .districtOfficer, let district = user.district else { return [] }
        let standings = try await SupervisionDirectory.standings(in: district, on: CivilDate(context.now), store: context.store)
        return standings.filter { !$0.1.proposals.isEmpty }.sorted {
            ($0.1.isOverdue ? 0 : 1, $0.1.classificationDue?.description ?? "9", $0.0.enterprise.name)
                < ($1.1.isOverdue ? 0 : 1, $1.1.classificationDue?.description ?? "9", $1.0.enterprise.name)
        }
    }

    /// Classification decisions someone outside the caller's district took
    /// about enterprises registered or producing there (第十五条, SUP-11:
    /// both districts see and are told of a change, be it the other
    /// district's or the city bureau's), newest first, each with the
    /// district of whoever decided.
    public static func notices(limit: Int = 10, in context: CommandContext) async throws -> [(Enterprise, ClassificationRecord, decidedIn: DistrictCode)] {
        guard let user = context.actor.user, case .ownDistrict(let own?) = AccessPolicy.reach(of: user) else { return [] }
        let seen = try await context.store.enterprises.all(in: own).filter { $0.registeredDistrict == own || $0.supervisingDistricts.contains(own) }
        let byCode = Dictionary(seen.map { ($0.creditCode, $0) }, uniquingKeysWith: { first, _ in first })
        let accounts = try await context.store.accounts.users()
        let staff = Set(accounts.filter { $0.district == own }.map { ActorReference.user($0.username) })
        let districtOf = Dictionary(accounts.compactMap { user in user.district.map { (ActorReference.user(user.username), $0) } }, uniquingKeysWith: { first, _ in first })
        let decisions = try await context.store.supervision.decisions(about: Set(byCode.keys), notBy: staff, limit: limit)
        return decisions.compactMap { record in
            byCode[record.creditCode].map { ($0, record, decidedIn: districtOf[record.classifiedBy] ?? record.district) }
        }
    }
}
