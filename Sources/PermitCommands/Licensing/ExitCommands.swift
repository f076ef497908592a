import Foundation
import PermitCore
import PermitStore

/// 退出 (LIC-12): the bureau opens the procedure against a certificate, and
/// each step writes its document to the exit's case and settles its node;
/// execution changes the certificate's public status in the same write.
public enum ExitCommands {
    public static func open(kind: String, certificate: String, ground: String, in context: CommandContext) async throws -> LicenseExit {
        let user = try context.requireUser()
        guard let exitKind = ExitKind(rawValue: kind) else { throw InvalidInput([FieldIssue(field: "kind", problem: .unknownValue(kind))]) }
        guard let number = try? LicenseNumber(parsing: certificate) else {
            throw InvalidInput([FieldIssue(field: "certificate", problem: .invalidFormat)])
        }
        let stated = ground.trimmingWhitespace()
        guard !stated.isEmpty else { throw InvalidInput([FieldIssue(field: "ground", problem: .missing)]) }
        let (now, actor, id) = (context.now, context.actor.reference, context.ids.next(CaseID.self))
        return try await context.store.write { transaction in
            guard let held = try await transaction.certificate(number),
                  let enterprise = try await transaction.enterprise(creditCode: held.holderCreditCode)
            else { throw CommandError.notFound }
            try context.requireBureauOfficer(user, for: enterprise.registeredDistrict)
            guard held.status == .valid else { throw ExitRefusal.certificateNotInForce(held.status) }
            let definition = try await transaction.currentProcess(exitKind.process.id) ?? exitKind.process
            let caseNumber = try await transaction.nextCaseNumber(definition.caseKind, year: CivilDate(now).year)
            let opened = CaseMachine(definition: definition).open(
                id: id, number: caseNumber, subject: CaseSubject(kind: .enterprise, creditCode: enterprise.creditCode, name: enterprise.name),
                district: enterprise.registeredDistrict, team: [], agency: nil, by: actor, at: now
            )
            try await transaction.open(opened, by: actor, at: now)
            let exit = LicenseExit(caseNumber: caseNumber, certificate: number, kind: exitKind, ground: stated, openedAt: now, openedBy: actor)
            try await transaction.save(exit, by: actor, at: now)
            return exit
        }
    }

    public static func show(_ number: String, in context: CommandContext) async throws -> LicenseExit {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number), let exit = try await context.store.licensing.exit(caseNumber),
              let subject = try await context.store.cases.find(caseNumber), CaseAccess.of(user, on: subject) > .none
        else { throw CommandError.notFound }
        return exit
    }

    /// One step: the machine says whether it may follow; `text` is the
    /// step's document (the notice, the statement or hearing record, the
    /// decision letter, the proof of service, the execution record).
    public static func step(_ action: ExitAction, _ number: String, text: String, in context: CommandContext) async throws -> LicenseExit {
        let user = try context.requireUser()
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let caseNumber = try? CaseNumber(parsing: number), let exit = try await transaction.exit(caseNumber),
                  let subject = try await transaction.case(caseNumber)
            else { throw CommandError.notFound }
            guard CaseAccess.of(user, on: subject) > .none else { throw CommandError.notFound }
            guard let district = subject.district else { throw CommandError.notFound }
            try context.requireBureauOfficer(user, for: district)
            let next = try ExitMachine.apply(action, to: exit)
            let document = text.trimmingWhitespace()
            let (node, title) = Self.node(of: action, kind: exit.kind)
            if case .waive = action {
                let reason = document.isEmpty ? "当事人在规定期限内未提出陈述申辩或听证要求" : document
                try await CaseSteps.run([.markNotApplicable(NodeKey(rawValue: node)!, reason: reason)], on: caseNumber, in: transaction, by: actor, at: now)
            } else {
                guard !document.isEmpty else { throw ExitRefusal.textMissing }
                try await CaseSteps.run([
                    CaseSteps.document(document, titled: title, at: node, ids: context.ids, by: actor, at: now), .complete(NodeKey(rawValue: node)!),
                ], on: caseNumber, in: transaction, by: actor, at: now)
            }
            if case .execute = action {
                try await transaction.setStatus(exit.kind.outcome, of: exit.certificate, by: actor, at: now)
            }
            try await transaction.save(next, by: actor, at: now)
            return next
        }
    }

    /// The node each step settles, and the title of its document.
    static func node(of action: ExitAction, kind: ExitKind) -> (String, String) {
        switch action {
        case .notify: ("notice", "\(kind.name.zhHans)告知书")
        case .hear(let hearing): ("statement", hearing ? "听证笔录" : "陈述申辩记录")
        case .waive: ("statement", "")
        case .decide: ("decision", "\(kind.name.zhHans)决定书")
        case .serve: ("service", "送达回证")
        case .execute: ("execution", "执行记录")
        }
    }
}

