import Foundation
import PermitCore
import PermitStore

/// 案件 — open a case and move it through its process. Each command checks
/// access to the case, applies the pure `CaseMachine` and writes what it
/// changed through the write transaction, in one database transaction.
public enum CaseCommands {
    /// What opening a case asks for; the process's latest version is used.
    public struct Opening: Sendable {
        public var process: String
        public var subject: String
        public var team: [String]
        public var agency: String?

        public init(process: String, subject: String, team: [String] = [], agency: String? = nil) {
            self.process = process
            self.subject = subject
            self.team = team
            self.agency = agency
        }
    }

    public static func open(_ opening: Opening, in context: CommandContext) async throws -> Case {
        try context.require(.openCases)
        let user = try context.requireUser()
        guard let processID = ProcessID(rawValue: opening.process) else {
            throw InvalidInput([FieldIssue(field: "process", problem: .unknownValue(opening.process))])
        }
        try checkGeneralOpening(processID)
        let subjectCode = try creditCode(opening.subject, field: "subject")
        let agency = try opening.agency.flatMap { $0.isEmpty ? nil : try creditCode($0, field: "agency") }
        let team = try await members(opening.team, in: context)
        let (id, now) = (context.ids.next(CaseID.self), context.now)
        return try await context.store.write { transaction in
            guard let definition = try await transaction.currentProcess(processID) else {
                throw InvalidInput([FieldIssue(field: "process", problem: .unknownValue(opening.process))])
            }
            let (subject, district) = try await Self.subject(subjectCode, of: definition.subject, in: transaction)
            // District staff open cases of their own district only; CMA is
            // the city bureau's (seed 001).
            if case .deny(let denial) = AccessPolicy.decide(context.actor, .openCases, on: district.map(Resource.district) ?? .installation) {
                throw CommandError.denied(denial)
            }
            if definition.subject == .testingAgency, user.role != .cityOfficer { throw CommandError.denied(.roleNotPermitted(user.role)) }
            let number = try await transaction.nextCaseNumber(definition.caseKind, year: CivilDate(now).year)
            let opened = CaseMachine(definition: definition).open(
                id: id, number: number, subject: subject, district: district, team: team, agency: agency,
                by: context.actor.reference, at: now
            )
            try await transaction.open(opened, by: context.actor.reference, at: now)
            return opened
        }
    }

    /// A text written in the system as a record of `node` (文字记录).
    /// A written record filled in on a prescribed form (REC-6, REC-11):
    /// every field required, kept as the text that is printed.
    public static func addForm(
        _ form: String, fields: [String: String], label: String?, to node: String, of number: String, supersedes: String? = nil,
        in context: CommandContext
    ) async throws -> CaseRecord {
        guard let textForm = TextForm(rawValue: form) else { throw InvalidInput([FieldIssue(field: "form", problem: .unknownValue(form))]) }
        switch textForm.render(fields) {
        case .failure(let missing):
            throw InvalidInput(missing.keys.map { FieldIssue(field: "fields.\($0)", problem: .missing) })
        case .success(let text):
            let label = label?.trimmingWhitespace().isEmpty == false ? label! : textForm.name.zhHans
            return try await addText(text, label: label, to: node, of: number, supersedes: supersedes, form: textForm, in: context)
        }
    }

    public static func addText(
        _ text: String, label: String, to node: String, of number: String, supersedes: String? = nil, form: TextForm? = nil,
        in context: CommandContext
    ) async throws -> CaseRecord {
        let recordID = context.ids.next(CaseRecordID.self)
        let superseded = try supersedes.map { text in
            guard let id = CaseRecordID(text) else { throw InvalidInput([FieldIssue(field: "supersedes", problem: .invalidFormat)]) }
            return id
        }
        let key = try nodeKey(node)
        let updated = try await apply(to: number, in: context) { now, actor in
            var record = CaseRecord(
                id: recordID, node: key, form: .text, label: label.trimmingWhitespace(), text: text, supersedes: superseded,
                recordedAt: now, recordedBy: actor
            )
            record.textForm = form
            return .addRecord(record)
        }
        guard let record = updated.records.first(where: { $0.id == recordID }) else { throw CommandError.notFound }
        return record
    }

    public static func exempt(
        _ node: String, of number: String, ground: Exemption.Ground, statement: String, in context: CommandContext
    ) async throws -> Case {
        let key = try nodeKey(node)
        return try await apply(to: number, in: context) { _, _ in .exempt(key, ground: ground, statement: statement) }
    }

    public static func markNotApplicable(_ node: String, of number: String, reason: String, in context: CommandContext) async throws -> Case {
        let key = try nodeKey(node)
        return try await apply(to: number, in: context, settlesNodes: true) { _, _ in
            .markNotApplicable(key, reason: reason)
        }
    }

    public static func complete(_ node: String, of number: String, in context: CommandContext) async throws -> Case {
        let key = try nodeKey(node)
        return try await apply(to: number, in: context, settlesNodes: true, guarding: { subject, transaction in
            try EvidenceRefusal.checkPhotos(at: key, in: subject, evidence: try await transaction.evidence(of: subject.number))
        }) { _, _ in .complete(key) }
    }

    public static func pauseClock(of number: String, reason: String, in context: CommandContext) async throws -> Case {
        try await apply(to: number, in: context) { _, _ in .pauseClock(reason: reason) }
    }

    public static func resumeClock(of number: String, in context: CommandContext) async throws -> Case {
        try await apply(to: number, in: context) { _, _ in .resumeClock }
    }

    /// A case as `context`'s actor may see it, with the definition it runs on.
    public static func view(_ number: String, in context: CommandContext) async throws -> CaseView {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number), let found = try await context.store.cases.find(caseNumber) else {
            throw CommandError.notFound
        }
        let access = CaseAccess.of(user, on: found)
        // A case someone may not see is answered as absent, so its number
        // tells nothing about its existence.
        guard access > .none else { throw CommandError.notFound }
        guard let definition = try await context.store.processes.all().first(where: {
            $0.id == found.process && $0.version == found.processVersion
        }) else { throw CommandError.notFound }
        return CaseView(
            case: found, definition: definition, access: access, calendar: try await context.store.calendar.calendar(),
            evidence: access >= .read ? try await context.store.cases.evidence(of: caseNumber) : CaseEvidence()
        )
    }

    /// Loads the case under the ledger lock, checks the actor may act on it,
    /// applies `command` and writes the result.
    /// `settlesNodes`: the command completes or skips a node, which the
    /// processes settled by their own steps refuse before anything else.
    /// `guarding` is a capability's own rule on the case as it stands,
    /// checked after the machine has accepted the command.
    static func apply(
        to number: String, in context: CommandContext, settlesNodes: Bool = false,
        guarding: @escaping @Sendable (Case, WriteTransaction) async throws -> Void = { _, _ in },
        _ command: @escaping @Sendable (Date, ActorReference) -> CaseCommand
    ) async throws -> Case {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number) else { throw CommandError.notFound }
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let current = try await transaction.case(caseNumber) else { throw CommandError.notFound }
            let access = CaseAccess.of(user, on: current)
            guard access > .none else { throw CommandError.notFound }
            guard access == .act else { throw CommandError.denied(.roleNotPermitted(user.role)) }
            if settlesNodes { try checkGeneral(current) }
            guard let definition = try await transaction.process(current.process, version: current.processVersion) else {
                throw CommandError.notFound
            }
            let (next, changes) = try CaseMachine(definition: definition).apply(command(now, actor), to: current, by: actor, at: now)
            try await guarding(current, transaction)
            try await transaction.save(next, changes, by: actor, at: now)
            return next
        }
    }

    /// Exits, oversight cases and random-inspection tasks are settled by
    /// their own steps, which hold rules the general forms do not know.
    private static func checkGeneral(_ subject: Case) throws {
        try ExitRefusal.checkGeneral(subject)
        try checkGeneralOpening(subject.process)
    }

    private static func checkGeneralOpening(_ process: ProcessID) throws {
        try OversightRefusal.checkGeneral(process)
        try InspectionTaskRefusal.checkGeneral(process)
    }

    private static func creditCode(_ text: String, field: String) throws(InvalidInput) -> UnifiedSocialCreditCode {
        do { return try UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(text)) } catch {
            throw InvalidInput([FieldIssue(field: field, problem: .creditCode(error))])
        }
    }

    static func nodeKey(_ text: String) throws -> NodeKey {
        guard let key = NodeKey(rawValue: text) else { throw CaseRefusal.unknownNode(text) }
        return key
    }

    /// Team members by username; each must be an active account.
    private static func members(_ usernames: [String], in context: CommandContext) async throws -> [CaseMember] {
        var members: [CaseMember] = []
        for (index, name) in usernames.enumerated() {
            guard let username = Username(rawValue: name), let user = try await context.store.accounts.user(named: username), user.isActive else {
                throw InvalidInput([FieldIssue(field: "team[\(index)]", problem: .unknownValue(name))])
            }
            if !members.contains(where: { $0.user == user.id }) {
                members.append(CaseMember(user: user.id, username: user.username, displayName: user.displayName))
            }
        }
        return members
    }

    /// The registered enterprise or agency a case concerns, and its district.
    private static func subject(
        _ code: UnifiedSocialCreditCode, of kind: SubjectKind, in transaction: WriteTransaction
    ) async throws -> (CaseSubject, DistrictCode?) {
        switch kind {
        case .enterprise:
            guard let enterprise = try await transaction.enterprise(creditCode: code) else {
                throw InvalidInput([FieldIssue(field: "subject", problem: .unknownValue(code.rawValue))])
            }
            return (CaseSubject(kind: kind, creditCode: code, name: enterprise.name), enterprise.registeredDistrict)
        case .testingAgency:
            guard let agency = try await transaction.agency(creditCode: code) else {
                throw InvalidInput([FieldIssue(field: "subject", problem: .unknownValue(code.rawValue))])
            }
            return (CaseSubject(kind: kind, creditCode: code, name: agency.name), agency.district)
        }
    }
}

/// A case with what its reader needs beside it: the definition it runs on,
/// how far the reader reaches into it, and each node's deadline.
public struct CaseView: Sendable {
    public let `case`: Case
    public let definition: ProcessDefinition
    public let access: CaseAccess
    public let calendar: WorkingDayCalendar
    /// The team's statement of the check, the review agency's reviews
    /// (REC-10) and the statements ticked, for readers of the records.
    public var evidence = CaseEvidence()
    public var reviews: [CaseRecordID: RecordReview] { evidence.reviews }

    public var machine: CaseMachine { CaseMachine(definition: definition) }

    public func standing(of node: NodeKey) -> Deadline.Standing? {
        machine.deadline(of: node, in: `case`).flatMap { try? $0.standing(clock: `case`.clock, calendar: calendar) }
    }

    /// Where one node stands on `today`, as the API and the page show it.
    public struct NodeState: Sendable {
        public let status: NodeStatus
        public let missing: [RecordRequirement]
        /// For an open node with a period: its due date or pause.
        public let standing: Deadline.Standing?
        public let overdue: Bool
        /// An open node with a period whose dates the calendar cannot give yet.
        public let undetermined: Bool
        /// Records, exemption statement and reason: for those who read the case.
        public let readable: Bool
    }

    public func state(of node: NodeKey, today: CivilDate) -> NodeState {
        let status = `case`.node(node)?.status ?? .open
        let standing = status == .open ? standing(of: node) : nil
        var overdue = false
        if case .due(let date)? = standing { overdue = date < today }
        return NodeState(
            status: status, missing: machine.missingRecords(of: node, in: `case`), standing: standing, overdue: overdue,
            undetermined: status == .open && standing == nil && machine.deadline(of: node, in: `case`) != nil,
            readable: access >= .read
        )
    }

    public var filing: Deadline.Standing? {
        machine.filingDeadline(of: `case`).flatMap { try? $0.standing(clock: `case`.clock, calendar: calendar) }
    }
}
