/// 双随机一公开 on the recording engine (seed 002, RND-4…6): each drawn
/// enterprise is a case whose team is its matched inspectors. The on-site
/// check is due by the plan's end date, which no rule of this engine counts
/// from an event, so the task keeps it (`InspectionTask.checksDueOn`); the
/// result is due 20 working days after the check, counted here from the
/// day the second of the two forms was settled.
extension ProcessDefinition {
    public static let randomInspection: ProcessDefinition = {
        let stage = Bilingual("双随机一公开监督检查", en: "Random inspection")
        let team: Set<Role> = [.inspector]
        // 如有: the declaration and both forms do not happen when the
        // enterprise is found stopped or converted (`TaskNotChecked`); only
        // that command marks them so, the general case routes being refused.
        return ProcessDefinition(
            id: RandomInspectionNodes.process, version: 1,
            name: Bilingual("“双随机一公开”监督检查", en: "Random (double-random) inspection"), caseKind: .inspection, subject: .enterprise,
            nodes: [
                NodeDefinition(
                    RandomInspectionNodes.declaration.rawValue, stage: stage,
                    name: Bilingual("出示执法证件并作出廉洁承诺", en: "Show the enforcement certificate, make the integrity commitment"),
                    requires: [.one(.text)], whereApplicable: true, performers: team
                ),
                NodeDefinition(
                    RandomInspectionNodes.recordForm.rawValue, stage: stage, name: Bilingual("填写监督检查表", en: "Fill in the inspection record form"),
                    requires: [.one(.text)], whereApplicable: true, performers: team
                ),
                NodeDefinition(
                    RandomInspectionNodes.equipmentForm.rawValue, stage: stage, name: Bilingual("填写关键生产设备表", en: "Fill in the key equipment form"),
                    requires: [.one(.text), .one(.photo)], whereApplicable: true, performers: team, after: [RandomInspectionNodes.declaration]
                ),
                // Reporting publishes the result on the plan's public page (PUB-1).
                NodeDefinition(
                    RandomInspectionNodes.result.rawValue, stage: stage, name: Bilingual("上报并公示检查结果", en: "Report and publish the result"),
                    requires: [.one(.text)], deadline: RandomInspectionNodes.reporting, performers: team.union([.cityOfficer, .districtOfficer]),
                    after: [RandomInspectionNodes.recordForm, RandomInspectionNodes.equipmentForm]
                ),
            ],
            filing: DeadlineRule(30, .calendarDays, from: .caseClosed)
        )
    }()
}

/// The names the random-inspection commands address the process by.
public enum RandomInspectionNodes {
    public static let process = ProcessID(rawValue: "random-inspection")!
    public static let declaration = NodeKey(rawValue: "declaration")!
    public static let recordForm = NodeKey(rawValue: "record-form")!
    public static let equipmentForm = NodeKey(rawValue: "equipment-form")!
    public static let result = NodeKey(rawValue: "result")!
    /// 20个工作日内 上报并公示 (seed 002 六(二)).
    public static let reporting = DeadlineRule(20, .workingDays, from: .previousSettled)
}
