/// 监督检查表 — the inspection record form of seed 002's attachment
/// (“双随机一公开”监督检查表): eleven items, each with the record choices
/// (检查记录) and item conclusions (单项检查结论) the attachment prints for
/// it, and item 12, 其他需要检查的项目, which prints neither and is written
/// as text. Data, so the printed page, the phone form and the rules read
/// the same list.
public enum InspectionChecklist {
    public static let items: [InspectionItem] = [
        InspectionItem(
            1, "营业执照是否有效，生产许可证是否在有效期内", en: "Business licence valid, production licence within its validity",
            records: [.init("valid", "在有效期", en: "Within validity"), .init("expired", "不在有效期", en: "Not within validity")]
        ),
        InspectionItem(
            2,
            "企业的生产条件与取证时相比是否发生重大变化（包括生产地址、产能、重要生产工艺和技术、关键生产设备和检验设备等与获证时相比是否发生变化），是否有在变化事项发生后1个月内向生产许可管理部门申请重新审查",
            en: "Production conditions changed since licensing (address, capacity, key processes, key production and inspection equipment); re-examination applied for within 1 month of the change",
            records: [
                .init("unchanged", "未发生变化", en: "Unchanged"), .init("changed-reviewed", "发生变化已重新审查", en: "Changed, re-examined"),
                .init("changed-not-reviewed", "发生变化未申请重新审查", en: "Changed, re-examination not applied for"),
            ]
        ),
        InspectionItem(
            3, "是否存在超许可证范围生产产品的行为", en: "Products made beyond the licence's scope",
            records: [.init("exists", "存在", en: "Yes"), .init("none", "不存在", en: "No")]
        ),
        InspectionItem(
            4, "是否按照规定要求在产品包装上标注生产许可证编号和标志", en: "Licence number and mark on the packaging as required",
            records: [.init("marked", "已标注", en: "Marked"), .init("unmarked", "未标注", en: "Not marked")], notApplicableAllowed: true
        ),
        InspectionItem(
            5, "执行的产品标准是否现行有效，并按要求在企业产品标准信息公共服务平台向社会公开",
            en: "Product standards in force and disclosed on the public enterprise-standards platform",
            records: [.init("valid", "有效", en: "Valid"), .init("invalid", "无效", en: "Not valid")], notApplicableAllowed: true
        ),
        InspectionItem(
            6, "是否对出厂产品进行检验并记录存档", en: "Outgoing products inspected, records kept",
            records: [
                .init("inspected", "进行检验并存档", en: "Inspected and kept"), .init("not-inspected", "未进行检验", en: "Not inspected"),
                .init("incomplete", "检验记录不全", en: "Records incomplete"),
            ]
        ),
        InspectionItem(
            7, "是否建立原材料进货台帐、对原材料进行检验并记录；如原材料属于许可证管理的，是否能提供相关许可证证明材料",
            en: "Raw-material ledger kept, materials inspected and recorded; licences of licensed materials shown",
            records: [
                .init("implemented", "已建立并执行", en: "Set up and followed"), .init("not-implemented", "已建立未执行", en: "Set up, not followed"),
                .init("not-established", "未建立", en: "Not set up"),
            ]
        ),
        InspectionItem(
            8, "使用的计量器具是否按规定检定并在检定有效期内", en: "Measuring instruments verified and within verification",
            records: [.init("yes", "是", en: "Yes"), .init("no", "否", en: "No")]
        ),
        InspectionItem(
            9, "是否符合国家产业政策规定（如有），不存在国家明令淘汰的落后工艺和设备",
            en: "Conforms to national industrial policy (if any); no processes or equipment the state ordered phased out",
            records: [.init("conforms", "符合", en: "Conforms"), .init("not-conforms", "不符合", en: "Does not conform")], notApplicableAllowed: true
        ),
        InspectionItem(
            10, "对上次日常巡查中发现有问题的，是否整改完成并记录整改情况", en: "Problems found at the last routine patrol rectified and recorded",
            records: [.init("found", "有", en: "Yes"), .init("none", "无", en: "None")],
            details: [.init("handled", "已处理", en: "Handled"), .init("unhandled", "未处理", en: "Not handled")], notApplicableAllowed: true
        ),
        InspectionItem(
            11, "是否存在其它违反生产许可相关法律法规规章及规定的情形", en: "Other breaches of production-licence laws, regulations and rules",
            records: [.init("found", "有", en: "Yes"), .init("none", "无", en: "None")],
            details: [
                .init("altered-transferred", "涂改转让", en: "Altered or transferred"), .init("counterfeit", "生产假冒伪劣", en: "Counterfeit or shoddy goods"),
                .init("other-violation", "其他违法行为", en: "Other violation"),
            ],
            multipleDetails: true
        ),
    ]

    /// Item 12: 其他需要检查的项目 — the attachment's note 1: whatever else the
    /// product's implementation rules ask to be kept, written as text.
    public static let otherItemNumber = 12
    public static let otherItem = Bilingual("其他需要检查的项目", en: "Other items checked")

    public static func item(_ number: Int) -> InspectionItem? { items.first { $0.number == number } }
}

/// One printed row of the form.
public struct InspectionItem: Hashable, Sendable {
    public let number: Int
    public let text: Bilingual
    /// 检查记录 — exactly one is ticked.
    public let records: [Choice]
    /// The boxes in brackets after 有 (items 10 and 11): ticked when, and
    /// only when, `found` is.
    public let details: [Choice]
    /// Item 11 lists kinds of breach, any of which may be present; item 10
    /// is handled or not.
    public let multipleDetails: Bool
    /// 单项检查结论 — 符合/不符合, and 不适用 where the attachment prints it.
    public let conclusions: [ItemConclusion]

    init(
        _ number: Int, _ zh: String, en: String, records: [Choice], details: [Choice] = [], multipleDetails: Bool = false,
        notApplicableAllowed: Bool = false
    ) {
        self.number = number
        text = Bilingual(zh, en: en)
        self.records = records
        self.details = details
        self.multipleDetails = multipleDetails
        conclusions = notApplicableAllowed ? [.conforming, .nonConforming, .notApplicable] : [.conforming, .nonConforming]
    }

    /// The record choice that opens the bracketed details.
    public static let detailedRecord = "found"

    public struct Choice: Hashable, Sendable {
        public let key: String
        public let name: Bilingual

        init(_ key: String, _ zh: String, en: String) {
            self.key = key
            name = Bilingual(zh, en: en)
        }
    }
}

/// 单项检查结论.
public enum ItemConclusion: String, CaseIterable, Hashable, Sendable, Codable {
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

/// 检查结论 — the attachment's note 2: no non-conforming item → 合格,
/// otherwise 不合格.
public enum InspectionConclusion: String, CaseIterable, Hashable, Sendable, Codable {
    case pass
    case fail
    /// 未检查（停产/转产）: the result of a task whose enterprise was found
    /// stopped or converted (`TaskNotChecked`); never a form's conclusion.
    case notChecked = "not-checked"

    public var name: Bilingual {
        switch self {
        case .pass: Bilingual("合格", en: "Pass")
        case .fail: Bilingual("不合格", en: "Fail")
        case .notChecked: Bilingual("未检查（停产/转产）", en: "Not checked (stopped or converted)")
        }
    }

    /// The conclusions the record form offers.
    public static let formCases: [InspectionConclusion] = [.pass, .fail]

    public static func of(_ conclusions: [ItemConclusion]) -> InspectionConclusion {
        conclusions.contains(.nonConforming) ? .fail : .pass
    }
}
