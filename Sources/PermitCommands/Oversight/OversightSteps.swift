import Foundation
import PermitCore
import PermitStore

/// What the oversight commands share: the team check, the district that
/// supervises, opening a case with its basis recorded, and loading a case
/// of the right kind for someone who acts on it.
enum OversightSteps {
    /// The team by username: active officials of the supervising district
    /// or the city bureau, two at least (第二十四条).
    static func team(_ usernames: [String], district: DistrictCode, in context: CommandContext) async throws -> [CaseMember] {
        var members: [CaseMember] = []
        var issues: [FieldIssue] = []
        for (index, name) in usernames.enumerated() {
            let trimmed = name.trimmingWhitespace()
            guard let username = Username(rawValue: trimmed), let user = try await context.store.accounts.user(named: username), user.isActive else {
                issues.append(FieldIssue(field: "team[\(index)]", problem: .unknownValue(trimmed)))
                continue
            }
            guard OversightTeam.isOfficial(user.role), user.role == .cityOfficer || user.district == district else {
                issues.append(FieldIssue(field: "team[\(index)]", problem: .notAllowed))
                continue
            }
            if !members.contains(where: { $0.user == user.id }) {
                members.append(CaseMember(user: user.id, username: user.username, displayName: user.displayName))
            }
        }
        try InvalidInput.check(issues)
        try OversightTeam.check(size: members.count)
        return members
    }

    /// The registered enterprise and the district that supervises it for
    /// `user` (the production district, 第十五条): the officer's own where
    /// it produces there, else its first production district. Only an
    /// officer of that district, or of the city bureau, goes on.
    static func supervised(
        _ text: String, by user: User, context: CommandContext
    ) async throws -> (CaseSubject, DistrictCode) {
        guard let code = try? UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(text)) else {
            throw InvalidInput([FieldIssue(field: "enterprise", problem: text.isEmpty ? .missing : .invalidFormat)])
        }
        guard let enterprise = try await context.store.enterprises.enterprise(creditCode: code) else {
            throw InvalidInput([FieldIssue(field: "enterprise", problem: .unknownValue(code.rawValue))])
        }
        let districts = enterprise.supervisingDistricts
        let district = user.district.flatMap { districts.contains($0) ? $0 : nil } ?? districts.sorted().first ?? enterprise.registeredDistrict
        try context.requireBureauOfficer(user, for: district)
        return (CaseSubject(kind: .enterprise, creditCode: code, name: enterprise.name), district)
    }

    /// Opens a case of `definition` and settles its first node with `basis`
    /// as its record, in the caller's write.
    static func open(
        _ definition: ProcessDefinition, subject: CaseSubject, district: DistrictCode, team: [CaseMember], basis: String, label: String,
        in transaction: WriteTransaction, context: CommandContext
    ) async throws -> Case {
        let (now, actor) = (context.now, context.actor.reference)
        guard let current = try await transaction.currentProcess(definition.id) else { throw CommandError.notFound }
        let number = try await transaction.nextCaseNumber(current.caseKind, year: CivilDate(now).year)
        let opened = CaseMachine(definition: current).open(
            id: context.ids.next(CaseID.self), number: number, subject: subject, district: district, team: team, agency: nil, by: actor, at: now
        )
        try await transaction.open(opened, by: actor, at: now)
        let first = current.nodes[0].id.rawValue
        return try await CaseSteps.run(
            [CaseSteps.document(basis, titled: label, at: first, ids: context.ids, by: actor, at: now), .complete(current.nodes[0].id)],
            on: number, in: transaction, by: actor, at: now
        )
    }

    /// The case under `number` if it runs on one of `processes` and the
    /// signed-in user acts on it; otherwise not found, or refused.
    static func acting(
        on number: String, processes: [ProcessID], in transaction: WriteTransaction, context: CommandContext
    ) async throws -> Case {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number), let found = try await transaction.case(caseNumber) else { throw CommandError.notFound }
        let access = CaseAccess.of(user, on: found)
        guard access > .none else { throw CommandError.notFound }
        guard processes.contains(found.process) else { throw OversightRefusal.notThisKind(caseNumber) }
        guard access == .act else { throw CommandError.denied(.roleNotPermitted(user.role)) }
        return found
    }

    static func node(_ key: String) -> NodeKey { NodeKey(rawValue: key)! }
}
