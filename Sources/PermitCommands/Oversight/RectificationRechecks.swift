import Foundation
import PermitCore
import PermitStore

/// 复查 — the return visit that re-checks a rectification order (第二十七条):
/// opened by an officer (before the deadline only with a reason), or by the
/// deadline job once the deadline has passed, so the re-check appears on the
/// district's worklist without anyone having to remember it.
public enum RectificationRechecks {
    /// The deadline job's step: a return visit for every order whose
    /// deadline passed with none opened, the inspection's team re-checking.
    /// Runs under the writers' lock, so two servers open each one once.
    @discardableResult
    public static func openDue(in context: CommandContext) async throws -> [CaseNumber] {
        let today = CivilDate(context.now)
        return try await context.store.write { transaction in
            var opened: [CaseNumber] = []
            for order in try await transaction.ordersAwaitingRecheck(on: today) {
                guard let inspection = try await transaction.case(order.inspection) else { continue }
                let visit = try await open(for: order, team: inspection.team, earlyReason: nil, in: transaction, context: context)
                opened.append(visit.number)
            }
            return opened
        }
    }

    /// Opens the return visit of `order` in the caller's write and links it.
    static func open(
        for order: RectificationOrder, team: [CaseMember], earlyReason: String?, in transaction: WriteTransaction, context: CommandContext
    ) async throws -> Case {
        var basis = [
            "检查类型：\(InspectionKind.returnVisit.name.zhHans)", "复查事项：检查案件 \(order.inspection) 责令限期整改",
            "整改要求：\(order.requirements)", "整改期限：\(order.deadline)",
        ]
        if let earlyReason { basis.append("期限届满前复查的理由：\(earlyReason)") }
        let subject = CaseSubject(kind: .enterprise, creditCode: order.creditCode, name: order.enterpriseName)
        let visit = try await OversightSteps.open(
            .supervisionReturnVisit, subject: subject, district: order.district, team: team, basis: basis.joined(separator: "\n"), label: "复查依据",
            in: transaction, context: context
        )
        var linked = order
        linked.recheck = visit.number
        linked.earlyReason = earlyReason
        try await transaction.update(linked, .rectificationRecheckOpened, by: context.actor.reference, at: context.now)
        return visit
    }
}
