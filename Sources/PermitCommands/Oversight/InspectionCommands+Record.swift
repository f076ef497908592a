import Foundation
import PermitCore
import PermitStore

extension InspectionCommands {
    /// One item of the form as sent.
    public struct Item: Sendable {
        public var item: String
        public var found: String
        public var conclusion: String

        public init(item: String, found: String, conclusion: String) {
            self.item = item
            self.found = found
            self.conclusion = conclusion
        }
    }

    /// The inspection record (第二十五条、第二十六条) with what follows from it.
    public struct Record: Sendable {
        public var checkedOn: String
        public var place: String
        public var items: [Item]
        public var problems: String
        /// Usernames of the team members who sign.
        public var inspectors: [String]
        public var enterpriseSignatory: String?
        public var enterpriseRefusal: String?
        /// A return visit: was the rectification done?
        public var rectified: Bool?
        /// 责令限期整改: the requirements and the date.
        public var rectification: (requirements: String, deadline: String)?
        /// 移交行政执法: the matter and its evidence.
        public var referral: (matter: String, evidence: String)?

        public init(
            checkedOn: String, place: String, items: [Item], problems: String, inspectors: [String], enterpriseSignatory: String?,
            enterpriseRefusal: String?, rectified: Bool? = nil, rectification: (requirements: String, deadline: String)? = nil,
            referral: (matter: String, evidence: String)? = nil
        ) {
            self.checkedOn = checkedOn
            self.place = place
            self.items = items
            self.problems = problems
            self.inspectors = inspectors
            self.enterpriseSignatory = enterpriseSignatory
            self.enterpriseRefusal = enterpriseRefusal
            self.rectified = rectified
            self.rectification = rectification
            self.referral = referral
        }
    }

    /// Records the check, then the order to rectify and the referral where
    /// given (each marked not applicable otherwise), in one write: the
    /// inspection is then complete and goes to filing. A return visit's
    /// answer is written to the order it re-checks.
    public static func record(_ number: String, _ input: Record, in context: CommandContext) async throws -> Case {
        let record = try parse(input)
        let (now, actor, today) = (context.now, context.actor.reference, CivilDate(context.now))
        return try await context.store.write { transaction in
            let current = try await OversightSteps.acting(
                on: number, processes: InspectionKind.allCases.map(\.process.id), in: transaction, context: context
            )
            guard let kind = InspectionKind(process: current.process), let district = current.district else {
                throw OversightRefusal.notThisKind(current.number)
            }
            let issues = record.issues(kind: kind, team: current.team.map(\.username.rawValue), openedOn: current.openedOn, today: today)
            guard issues.isEmpty else { throw OversightRefusal.invalid(issues) }
            let order = try input.rectification.map { try RectificationRules.order(requirements: $0.requirements, deadline: $0.deadline, record: record) }
            let referral = try input.referral.map { try EnforcementReferral(matter: $0.matter, evidence: $0.evidence) }
            let names = Dictionary(uniqueKeysWithValues: current.team.map { ($0.username.rawValue, $0.displayName) })
            let ids = context.ids
            var commands: [CaseCommand] = [
                CaseSteps.document(record.text(names: names), titled: "获证企业巡查、回访记录", at: "check", ids: ids, by: actor, at: now),
                .complete(OversightSteps.node("check")),
            ]
            var placed: RectificationOrder?
            if let order {
                let made = RectificationOrder(
                    id: ids.next(RectificationOrderID.self), inspection: current.number, creditCode: current.subject.creditCode,
                    enterpriseName: current.subject.name, district: district, requirements: order.requirements,
                    deadline: order.deadline, orderedOn: today
                )
                placed = made
                commands += [
                    CaseSteps.document(made.text, titled: "责令整改通知", at: "rectification", ids: ids, by: actor, at: now),
                    .complete(OversightSteps.node("rectification")),
                ]
            } else {
                let reason = record.foundProblems ? "检查人员未责令限期整改。" : "各检查项目均符合，无需整改。"
                commands.append(.markNotApplicable(OversightSteps.node("rectification"), reason: reason))
            }
            if let referral {
                commands += [
                    CaseSteps.document(referral.text, titled: "案件移交", at: "referral", ids: ids, by: actor, at: now),
                    .complete(OversightSteps.node("referral")),
                ]
            } else {
                commands.append(.markNotApplicable(OversightSteps.node("referral"), reason: "未发现需要给予行政处罚的违法行为。"))
            }
            let done = try await CaseSteps.run(commands, on: current.number, in: transaction, by: actor, at: now)
            if let placed { try await transaction.insert(placed, by: actor, at: now) }
            if kind == .returnVisit, let rectified = record.rectified, var checked = try await transaction.order(recheckedBy: current.number) {
                checked.outcome = rectified ? .rectified : .notRectified
                try await transaction.update(checked, .rectificationChecked, by: actor, at: now)
            }
            return done
        }
    }

    /// The form as typed, every field problem collected before anything is read.
    static func parse(_ input: Record) throws -> InspectionRecord {
        var issues: [FieldIssue] = []
        let checkedOn = OversightText.date(input.checkedOn, field: "checkedOn", into: &issues)
        var findings: [CheckFinding] = []
        for (index, item) in input.items.enumerated() {
            let key = CheckItem(rawValue: item.item), conclusion = CheckConclusion(rawValue: item.conclusion)
            if key == nil { issues.append(FieldIssue(field: "items[\(index)].item", problem: .unknownValue(item.item))) }
            if conclusion == nil {
                issues.append(FieldIssue(field: "items[\(index)].conclusion", problem: item.conclusion.isEmpty ? .missing : .unknownValue(item.conclusion)))
            }
            if let key, let conclusion { findings.append(CheckFinding(item: key, found: item.found, conclusion: conclusion)) }
        }
        let signatory = input.enterpriseSignatory?.trimmingWhitespaceAndNewlines() ?? ""
        let refusal = input.enterpriseRefusal?.trimmingWhitespaceAndNewlines() ?? ""
        let signature: EnterpriseSignature
        switch (signatory.isEmpty, refusal.isEmpty) {
        case (false, true): signature = .signed(by: signatory)
        case (true, false): signature = .refused(note: refusal)
        case (true, true):
            issues.append(FieldIssue(field: "enterpriseSignatory", problem: .missing))
            signature = .signed(by: "")
        case (false, false):
            issues.append(FieldIssue(field: "enterpriseRefusal", problem: .notAllowed))
            signature = .signed(by: signatory)
        }
        guard let checkedOn, issues.isEmpty else { throw OversightRefusal.invalid(issues) }
        return InspectionRecord(
            checkedOn: checkedOn, place: input.place, findings: findings, problems: input.problems, inspectors: input.inspectors,
            enterprise: signature, rectified: input.rectified
        )
    }
}
