import Foundation
import PermitCore
import PermitStore

/// 监督检查 (SUP-8, SUP-9): an officer of the supervising district opens an
/// inspection of one of the four kinds with a team of two officials at
/// least; the team records the items of 第二十五条, signed by both sides,
/// and may order rectification by a date and refer penalty matters to the
/// enforcement department, all in one write.
public enum InspectionCommands {
    public struct Opening: Sendable {
        public var kind: String
        public var enterprise: String
        public var team: [String]
        /// 专项检查's ground (`SpecialGround`).
        public var ground: String?
        /// Why the inspection is made: the plan, the product problem, the
        /// complaint's particulars.
        public var basis: String?
        /// A return visit's rectification order.
        public var order: String?
        /// A return visit before the order's deadline says why.
        public var reason: String?

        public init(kind: String, enterprise: String, team: [String], ground: String? = nil, basis: String? = nil, order: String? = nil, reason: String? = nil) {
            self.kind = kind
            self.enterprise = enterprise
            self.team = team
            self.ground = ground
            self.basis = basis
            self.order = order
            self.reason = reason
        }
    }

    public static func open(_ opening: Opening, in context: CommandContext) async throws -> Case {
        let user = try context.requireUser()
        try context.require(.openCases)
        guard let kind = InspectionKind(rawValue: opening.kind) else {
            throw InvalidInput([FieldIssue(field: "kind", problem: opening.kind.isEmpty ? .missing : .unknownValue(opening.kind))])
        }
        var issues: [FieldIssue] = []
        let ground = opening.ground.flatMap { $0.isEmpty ? nil : $0 }
        var special: SpecialGround?
        switch (kind, ground) {
        case (.special, nil): issues.append(FieldIssue(field: "ground", problem: .missing))
        case (.special, let text?):
            special = SpecialGround(rawValue: text)
            if special == nil { issues.append(FieldIssue(field: "ground", problem: .unknownValue(text))) }
        case (_, _?): issues.append(FieldIssue(field: "ground", problem: .notAllowed))
        case (_, nil): break
        }
        let basis = OversightText.read(opening.basis, field: "basis", required: kind == .adHoc || kind == .special, into: &issues)
        let orderID = kind == .returnVisit ? RectificationOrderID(opening.order ?? "") : nil
        if kind == .returnVisit, orderID == nil {
            issues.append(FieldIssue(field: "order", problem: (opening.order ?? "").isEmpty ? .missing : .invalidFormat))
        }
        try InvalidInput.check(issues)
        let (today, specialGround) = (CivilDate(context.now), special)
        let (subject, district) = try await OversightSteps.supervised(opening.enterprise, by: user, context: context)
        let team = try await OversightSteps.team(opening.team, district: district, in: context)
        return try await context.store.write { transaction in
            guard let orderID else {
                let text = basisText(kind, specialGround, basis)
                return try await OversightSteps.open(
                    kind.process, subject: subject, district: district, team: team, basis: text, label: "检查依据", in: transaction, context: context
                )
            }
            guard let order = try await transaction.order(orderID), order.creditCode == subject.creditCode else {
                throw InvalidInput([FieldIssue(field: "order", problem: .unknownValue(orderID.description))])
            }
            let early = try RectificationRules.recheck(order, on: today, reason: opening.reason)
            return try await RectificationRechecks.open(for: order, team: team, earlyReason: early, in: transaction, context: context)
        }
    }

    static func basisText(_ kind: InspectionKind, _ ground: SpecialGround?, _ basis: String) -> String {
        var lines = ["检查类型：\(kind.name.zhHans)"]
        if let ground { lines.append("专项检查情形（第二十九条）：\(ground.name.zhHans)") }
        if kind == .periodic { lines.append("依据：年度定期监督检查计划（第二十三条）") }
        if !basis.isEmpty { lines.append("检查事由：\(basis)") }
        return lines.joined(separator: "\n")
    }
}
