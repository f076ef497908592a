/// 检查重点 — the six check items of seed 004 第二十五条 (after 质检总局
/// 2011年第11号公告): raw-material control, the conditions of production and
/// the release inspection, each recorded with what was found.
public enum CheckItem: String, CaseIterable, Hashable, Sendable, Codable {
    case licenceMarking = "licence-marking"
    case conditionsChanged = "conditions-changed"
    case materialsControl = "materials-control"
    case releaseInspection = "release-inspection"
    case packagingLabelling = "packaging-labelling"
    case industrialPolicy = "industrial-policy"

    public var name: Bilingual {
        switch self {
        case .licenceMarking:
            Bilingual("是否按照规定要求在产品包装上标注生产许可证编号和标志", en: "Licence number and mark on the packaging as required")
        case .conditionsChanged:
            Bilingual(
                "生产条件、检验手段、生产技术或工艺是否已经发生变化，是否按照法定要求办理重新审查手续",
                en: "Changes to production conditions, testing, technology or process, and whether a new review was applied for"
            )
        case .materialsControl:
            Bilingual("原辅材料进货验收制度是否有效运行（采购进货、入库验收、保管和使用）", en: "Incoming inspection of raw and auxiliary materials works (purchase, acceptance, storage, use)")
        case .releaseInspection:
            Bilingual("产品出厂检验的实施情况（出厂检验记录和报告）", en: "Release inspection carried out (its records and reports)")
        case .packagingLabelling:
            Bilingual("产品包装是否符合标识标注规定，是否存在误导、欺骗消费者的情况", en: "Packaging labels comply and do not mislead or deceive consumers")
        case .industrialPolicy:
            Bilingual("获证企业执行产业政策情况", en: "Compliance with industrial policy")
        }
    }
}

/// 检查结论 — how one item stood.
public enum CheckConclusion: String, CaseIterable, Hashable, Sendable, Codable {
    case conforming
    case nonConforming = "non-conforming"
    case notApplicable = "not-applicable"

    public var name: Bilingual {
        switch self {
        case .conforming: Bilingual("符合", en: "Conforms")
        case .nonConforming: Bilingual("不符合", en: "Does not conform")
        case .notApplicable: Bilingual("不适用", en: "Not applicable")
        }
    }
}

/// One item as the inspectors found it.
public struct CheckFinding: Hashable, Sendable {
    public var item: CheckItem
    public var found: String
    public var conclusion: CheckConclusion

    public init(item: CheckItem, found: String, conclusion: CheckConclusion) {
        self.item = item
        self.found = found
        self.conclusion = conclusion
    }
}

/// 企业负责人员签字 — the enterprise signs the record, or its refusal to
/// sign is written down instead (第二十六条).
public enum EnterpriseSignature: Hashable, Sendable {
    case signed(by: String)
    case refused(note: String)
}
