/// The supervision after licensing of seed 004 on the recording engine: the
/// four kinds of inspection (第二十一条、第二十九条), supervision sampling
/// (第四十五条至第四十七条) and the interview (第三十五条). Their structured
/// forms are filled in through the oversight commands, which write each as
/// the node's text record; 归档 follows each case (第二十六条、第三十六条).
extension ProcessDefinition {
    private static let officers: Set<Role> = [.districtOfficer, .cityOfficer]
    private static let inspectors: Set<Role> = [.districtOfficer, .inspector, .cityOfficer]
    private static let filed = DeadlineRule(30, .calendarDays, from: .caseClosed)

    public static let supervisionPeriodic = inspection("supervision-periodic", Bilingual("定期监督检查", en: "Periodic supervision inspection"))
    public static let supervisionAdHoc = inspection("supervision-ad-hoc", Bilingual("不定期监督检查", en: "Ad hoc supervision inspection"))
    public static let supervisionReturnVisit = inspection("supervision-return-visit", Bilingual("回访（整改复查）", en: "Return visit (re-check)"))
    public static let supervisionSpecial = inspection("supervision-special", Bilingual("专项检查", en: "Special inspection"))

    /// Every inspection: why it is made, the record of 第二十五条 signed by
    /// both sides, then — where the findings call for them — the order to
    /// rectify and the referral to the enforcement department.
    private static func inspection(_ id: String, _ name: Bilingual) -> ProcessDefinition {
        let stage = Bilingual("证后监督检查", en: "Supervision inspection")
        return ProcessDefinition(
            id: ProcessID(rawValue: id)!, version: 1, name: name, caseKind: .inspection, subject: .enterprise,
            nodes: [
                NodeDefinition(
                    "basis", stage: stage, name: Bilingual("检查依据", en: "Basis of the inspection"), requires: [.one(.text)], performers: officers
                ),
                NodeDefinition(
                    "check", stage: stage, name: Bilingual("现场检查并签字（第二十五条检查项目）", en: "On-site check, signed (items of art. 25)"),
                    requires: [.one(.text)], performers: inspectors
                ),
                NodeDefinition(
                    "rectification", stage: stage, name: Bilingual("责令限期整改", en: "Order to rectify by a deadline"),
                    requires: [.one(.text)], whereApplicable: true, performers: inspectors
                ),
                NodeDefinition(
                    "referral", stage: stage, name: Bilingual("移交行政执法部门", en: "Referral to the enforcement department"),
                    requires: [.one(.text)], whereApplicable: true, performers: inspectors, after: [NodeKey(rawValue: "check")!]
                ),
            ],
            filing: filed
        )
    }

    /// 监督检验: the grounds, the slip of samples taken at random from
    /// finished goods, the dispatch to a qualified lab within 7 days of
    /// sampling, and the report in two copies with its result.
    public static let supervisionSampling: ProcessDefinition = {
        let stage = Bilingual("监督检验", en: "Supervision sampling")
        return ProcessDefinition(
            id: ProcessID(rawValue: "supervision-sampling")!, version: 1, name: Bilingual("监督检验（抽样检验）", en: "Supervision sampling"),
            caseKind: .sampling, subject: .enterprise,
            nodes: [
                NodeDefinition("basis", stage: stage, name: Bilingual("抽样依据（第四十五条）", en: "Grounds (art. 45)"), requires: [.one(.text)], performers: officers),
                NodeDefinition(
                    "sampling", stage: stage, name: Bilingual("随机抽样、填写抽样单并封样", en: "Random sampling, slip and seal"),
                    requires: [.one(.text)], performers: inspectors
                ),
                NodeDefinition(
                    "dispatch", stage: stage, name: Bilingual("7日内寄送有资质的检验机构", en: "Send to a qualified lab within 7 days"),
                    requires: [.one(.text)], deadline: DeadlineRule(SamplingRules.dispatchDays, .calendarDays, from: .previousSettled),
                    performers: inspectors
                ),
                NodeDefinition(
                    "report", stage: stage, name: Bilingual("检验报告（一式二份）及结果", en: "Test report (two copies) and result"),
                    requires: [.one(.text)], performers: officers
                ),
            ],
            filing: filed
        )
    }()

    /// 约谈: the written record of the interview is the case.
    public static let supervisionInterview = ProcessDefinition(
        id: ProcessID(rawValue: "supervision-interview")!, version: 1, name: Bilingual("约谈企业负责人", en: "Interview of the person in charge"),
        caseKind: .interview, subject: .enterprise,
        nodes: [
            NodeDefinition(
                "interview", stage: Bilingual("约谈", en: "Interview"), name: Bilingual("约谈书面记录", en: "Written record of the interview"),
                requires: [.one(.text)], performers: officers
            ),
        ],
        filing: filed
    )

    /// The supervision processes, for `shipped`.
    public static let supervision: [ProcessDefinition] = [
        supervisionPeriodic, supervisionAdHoc, supervisionReturnVisit, supervisionSpecial, supervisionSampling, supervisionInterview,
    ]
}
