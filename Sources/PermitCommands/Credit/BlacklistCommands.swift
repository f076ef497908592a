import Foundation
import PermitCore
import PermitStore

/// 黑名单 (LIC-13): the bureau's officers list an enterprise and remove it;
/// everyone may read the list in force, and every page that names an
/// enterprise asks whether it is on it.
public enum BlacklistCommands {
    public static func list(
        creditCode: String, reason: String, basis: String, until: String?, in context: CommandContext
    ) async throws -> BlacklistEntry {
        let user = try context.requireUser()
        guard let code = try? UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(creditCode)) else {
            throw InvalidInput([FieldIssue(field: "creditCode", problem: .invalidFormat)])
        }
        let end: CivilDate?
        do { end = try until.flatMap { $0.isEmpty ? nil : try CivilDate(parsing: $0) } } catch {
            throw InvalidInput([FieldIssue(field: "until", problem: .invalidFormat)])
        }
        let (now, actor, id) = (context.now, context.actor.reference, context.ids.next(BlacklistEntryID.self))
        return try await context.store.write { transaction in
            guard let enterprise = try await transaction.enterprise(creditCode: code) else { throw InvalidInput.unregistered(code) }
            try context.requireBureauOfficer(user, for: enterprise.registeredDistrict)
            let today = CivilDate(now)
            let inForce = try await transaction.blacklistEntries(of: code).contains { $0.isInForce(on: today) }
            let entry = try Blacklisting.list(
                id: id, creditCode: code, enterpriseName: enterprise.name, reason: reason, basis: basis, until: end,
                alreadyInForce: inForce, by: actor, on: today
            )
            try await transaction.save(entry, by: actor, at: now)
            return entry
        }
    }

    public static func remove(_ id: String, reason: String, in context: CommandContext) async throws -> BlacklistEntry {
        let user = try context.requireUser()
        guard let entryID = BlacklistEntryID(id) else { throw CommandError.notFound }
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let entry = try await transaction.blacklistEntry(entryID),
                  let enterprise = try await transaction.enterprise(creditCode: entry.creditCode)
            else { throw CommandError.notFound }
            try context.requireBureauOfficer(user, for: enterprise.registeredDistrict)
            let removed = try Blacklisting.remove(entry, reason: reason, by: actor, on: CivilDate(now))
            try await transaction.save(removed, by: actor, at: now)
            return removed
        }
    }

    /// The listings in force today: public, no sign-in (the quality credit
    /// report the seed asks the bureau to publish).
    public static func inForce(in context: CommandContext) async throws -> [BlacklistEntry] {
        let today = CivilDate(context.now)
        return try await context.store.credit.blacklist().filter { $0.isInForce(on: today) }
    }

    /// Every listing of one enterprise, removed ones included.
    public static func history(of code: UnifiedSocialCreditCode, in context: CommandContext) async throws -> [BlacklistEntry] {
        try await context.store.credit.entries(of: code)
    }

    /// Which of `codes` are listed today, for flags on a page of results.
    public static func listed(among codes: some Sequence<UnifiedSocialCreditCode>, in context: CommandContext) async throws -> Set<UnifiedSocialCreditCode> {
        try await context.store.credit.listed(among: Set(codes), on: CivilDate(context.now))
    }
}
