/// 获证企业巡查、回访记录 — the written record of one supervision inspection:
/// every item of 第二十五条 with what was found and its conclusion, signed by
/// the inspectors and by the enterprise (or its refusal noted), 第二十六条.
/// A return visit also states whether the ordered rectification was done.
public struct InspectionRecord: Hashable, Sendable {
    public var checkedOn: CivilDate
    public var place: String
    public var findings: [CheckFinding]
    /// 存在的问题 — left empty when nothing was found.
    public var problems: String
    /// The usernames of the inspectors who signed.
    public var inspectors: [String]
    public var enterprise: EnterpriseSignature
    /// A return visit's answer: was the rectification carried out?
    public var rectified: Bool?

    public init(
        checkedOn: CivilDate, place: String, findings: [CheckFinding], problems: String, inspectors: [String], enterprise: EnterpriseSignature,
        rectified: Bool? = nil
    ) {
        self.checkedOn = checkedOn
        self.place = place
        self.findings = findings
        self.problems = problems
        self.inspectors = inspectors
        self.enterprise = enterprise
        self.rectified = rectified
    }

    /// Any item that does not conform.
    public var foundProblems: Bool { findings.contains { $0.conclusion == .nonConforming } }

    /// What is missing or wrong, field by field, for a record of an
    /// inspection of `kind` by `team` (usernames) opened on `openedOn`:
    /// every item answered once with what was found, problems described
    /// when an item fails, at least two of the team signed and nobody else,
    /// the enterprise's signature or refusal, no date before the case or
    /// after `today`, and a return visit's answer.
    public func issues(kind: InspectionKind, team: [String], openedOn: CivilDate, today: CivilDate) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if checkedOn < openedOn || checkedOn > today { issues.append(FieldIssue(field: "checkedOn", problem: .notAllowed)) }
        var collected: [FieldIssue] = []
        _ = OversightText.read(place, field: "place", limit: OversightText.shortLimit, into: &collected)
        for (index, finding) in findings.enumerated() {
            if findings.prefix(index).contains(where: { $0.item == finding.item }) {
                collected.append(FieldIssue(field: "items[\(index)].item", problem: .duplicate(line: nil)))
            }
            _ = OversightText.read(finding.found, field: "items[\(index)].found", into: &collected)
        }
        issues += collected
        for item in CheckItem.allCases where !findings.contains(where: { $0.item == item }) {
            issues.append(FieldIssue(field: "items.\(item.rawValue)", problem: .missing))
        }
        if foundProblems, problems.trimmingWhitespaceAndNewlines().isEmpty { issues.append(FieldIssue(field: "problems", problem: .missing)) }
        if problems.textLength > OversightText.longLimit { issues.append(FieldIssue(field: "problems", problem: .tooLong(maximum: OversightText.longLimit))) }
        for (index, name) in inspectors.enumerated() where !team.contains(name) {
            issues.append(FieldIssue(field: "inspectors[\(index)]", problem: .unknownValue(name)))
        }
        if Set(inspectors).intersection(team).count < OversightTeam.minimum {
            issues.append(FieldIssue(field: "inspectors", problem: .tooShort(minimum: OversightTeam.minimum)))
        }
        switch enterprise {
        case .signed(let name):
            _ = OversightText.read(name, field: "enterpriseSignatory", limit: OversightText.shortLimit, into: &issues)
        case .refused(let note):
            _ = OversightText.read(note, field: "enterpriseRefusal", into: &issues)
        }
        if kind == .returnVisit, rectified == nil { issues.append(FieldIssue(field: "rectified", problem: .missing)) }
        return issues
    }

    /// The text kept as the node's record and printed: one line per item,
    /// then the problems and the signatures. `names` gives each inspector's
    /// display name by username.
    public func text(names: [String: String]) -> String {
        var lines = ["检查日期：\(checkedOn)", "检查地点：\(place.trimmingWhitespaceAndNewlines())"]
        for item in CheckItem.allCases {
            guard let finding = findings.first(where: { $0.item == item }) else { continue }
            lines.append("\(item.name.zhHans)：\(finding.found.trimmingWhitespaceAndNewlines())（\(finding.conclusion.name.zhHans)）")
        }
        let problems = problems.trimmingWhitespaceAndNewlines()
        lines.append("存在的问题：\(problems.isEmpty ? "无" : problems)")
        if let rectified { lines.append("整改情况：\(rectified ? "已按要求完成整改" : "未完成整改")") }
        lines.append("检查人员签字：\(inspectors.map { names[$0] ?? $0 }.joined(separator: "、"))")
        switch enterprise {
        case .signed(let name): lines.append("企业负责人员签字：\(name.trimmingWhitespaceAndNewlines())")
        case .refused(let note): lines.append("企业负责人员拒绝签字：\(note.trimmingWhitespaceAndNewlines())")
        }
        return lines.joined(separator: "\n")
    }
}
