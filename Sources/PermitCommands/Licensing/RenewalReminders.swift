import Foundation
import PermitCore
import PermitStore

/// 到期提醒 (LIC-10): the enterprise sees its own certificate's reminder;
/// the bureau's officers see those of the holders they supervise — the
/// city all, a district its own — until a renewal is applied for.
public enum RenewalReminders {
    public static func due(in context: CommandContext, limit: Int = 500) async throws -> [RenewalReminder] {
        let user = try context.requireUser()
        let today = CivilDate(context.now)
        let calendar = try await context.store.calendar.calendar()
        let candidates: [Certificate]
        switch user.role {
        case .enterprise:
            guard let code = user.organisation else { return [] }
            candidates = try await context.store.licensing.certificate(heldBy: code).map { [$0] } ?? []
        case .cityOfficer, .districtOfficer:
            let horizon = today.addingMonths(RenewalReminder.windowMonths)
            candidates = try await context.store.licensing.certificates(expiringBy: horizon, limit: limit)
        default:
            return []
        }
        var reminders: [RenewalReminder] = []
        for certificate in candidates {
            if user.role == .districtOfficer {
                let holder = try await context.store.enterprises.enterprise(creditCode: certificate.holderCreditCode)
                guard let holder, holder.registeredDistrict == user.district else { continue }
            }
            let underWay = try await context.store.licensing.applications(of: certificate.holderCreditCode).contains {
                $0.renewal?.certificate == certificate.number && $0.status != .draft && !$0.status.isSettled
            }
            if let reminder = RenewalReminder.of(certificate, on: today, calendar: calendar, renewalUnderWay: underWay) {
                reminders.append(reminder)
            }
        }
        return reminders
    }
}
