/// The licensing processes of seed 000's table (工业产品生产许可全过程记录一览表).
extension ProcessDefinition {
    private static let officers: Set<Role> = [.cityOfficer, .districtOfficer]

    /// 受理 → 决定 → 文书发放, each an electronic document disclosed on the
    /// public site. The periods: 2 working days to decide on acceptance
    /// (Shanghai's 2个工作日受理决定制), 20 working days to decide (行政许可法
    /// 第42条, no shorter period being set for the simplified procedure),
    /// 10 to issue the documents (条例 第24条); NATIONAL-RULES.md. Decision
    /// and issuance are 如有: an application refused acceptance ends there.
    public static let licenseApplication = ProcessDefinition(
        id: ProcessID(rawValue: "license-application")!, version: 1,
        name: Bilingual("工业产品生产许可申请", en: "Production licence application"),
        caseKind: .application, subject: .enterprise,
        nodes: [
            NodeDefinition(
                "acceptance", stage: Bilingual("受理", en: "Acceptance"),
                name: Bilingual("作出受理决定", en: "Decide on acceptance"),
                requires: [.one(.text)], disclosed: true,
                deadline: DeadlineRule(2, .workingDays, from: .caseOpened), performers: officers
            ),
            NodeDefinition(
                "decision", stage: Bilingual("决定", en: "Decision"),
                name: Bilingual("作出准予/不予行政许可决定", en: "Grant or refuse the licence"),
                requires: [.one(.text)], whereApplicable: true, disclosed: true,
                deadline: DeadlineRule(20, .workingDays, from: .previousSettled), performers: officers
            ),
            NodeDefinition(
                "issuance", stage: Bilingual("文书发放", en: "Issuance"),
                name: Bilingual(
                    "发放工业产品生产许可证证书、准予行政许可决定书或不予行政许可决定书",
                    en: "Issue the certificate and the decision letter"
                ),
                requires: [.one(.text)], whereApplicable: true, disclosed: true,
                deadline: DeadlineRule(10, .workingDays, from: .previousSettled), performers: officers
            ),
        ]
    )

    /// 延续 (LIC-10): the same steps as a first application, under a renewal's
    /// number; the grant reissues the certificate under its number.
    public static let licenseRenewal = ProcessDefinition(
        id: ProcessID(rawValue: "license-renewal")!, version: 1,
        name: Bilingual("工业产品生产许可延续", en: "Production licence renewal"),
        caseKind: .renewal, subject: .enterprise, nodes: licenseApplication.nodes
    )

    /// 变更 and 补领 (LIC-11): the same steps again, under their own numbers.
    public static let licenseChange = ProcessDefinition(
        id: ProcessID(rawValue: "license-change")!, version: 1, name: Bilingual("工业产品生产许可变更", en: "Production licence change"),
        caseKind: .change, subject: .enterprise, nodes: licenseApplication.nodes
    )
    public static let licenseReissue = ProcessDefinition(
        id: ProcessID(rawValue: "license-reissue")!, version: 1, name: Bilingual("工业产品生产许可证补领", en: "Production licence reissue"),
        caseKind: .reissue, subject: .enterprise, nodes: licenseApplication.nodes
    )

    /// 后置现场审查: the on-site review after a simplified grant. The whole
    /// check is due within 30 working days of the case's opening (seed 003;
    /// NATIONAL-RULES.md notes sources differ, so it is data here), and the
    /// case file within 30 days of the review's end (seed 000 四(二), ARC-2).
    /// Only the plan is marked 网站公示 in the table; the other nodes hold
    /// people's faces and the enterprise's premises and stay internal.
    public static let licenseOnSiteReview: ProcessDefinition = {
        let stage = Bilingual("后置现场审查", en: "On-site review")
        let due = DeadlineRule(30, .workingDays, from: .caseOpened)
        let team: Set<Role> = [.reviewer, .inspector]
        return ProcessDefinition(
            id: ProcessID(rawValue: "license-onsite-review")!, version: 1,
            name: Bilingual("工业产品生产许可后置现场审查", en: "Post-licence on-site review"),
            caseKind: .onSiteReview, subject: .enterprise,
            nodes: [
                NodeDefinition(
                    "onsite-plan", stage: stage, name: Bilingual("制定企业现场核查计划", en: "Draw up the on-site check plan"),
                    requires: [.one(.text)], disclosed: true, deadline: due, performers: officers.union([.reviewer])
                ),
                NodeDefinition(
                    "onsite-notice", stage: stage,
                    name: Bilingual("发放企业现场核查计划通知书", en: "Send the on-site check notice"),
                    requires: [.one(.text)], deadline: due, performers: officers.union([.reviewer])
                ),
                NodeDefinition(
                    "factory-entry", stage: stage, name: Bilingual("进厂环节", en: "Entering the factory"),
                    requires: [.one(.video)], deadline: due, performers: team
                ),
                NodeDefinition(
                    "first-meeting", stage: stage, name: Bilingual("首次会议", en: "First meeting"),
                    requires: [.one(.text), .one(.video)], deadline: due, performers: team
                ),
                NodeDefinition(
                    "production-equipment", stage: stage,
                    name: Bilingual("生产区域关键生产设备核查", en: "Key production equipment check"),
                    requires: [.one(.text), .one(.photo), .one(.video)], deadline: due, performers: team
                ),
                NodeDefinition(
                    "inspection-equipment", stage: stage,
                    name: Bilingual("检验区域关键检验设备核查", en: "Key inspection equipment check"),
                    requires: [.one(.text), .one(.photo), .one(.video)], deadline: due, performers: team
                ),
                NodeDefinition(
                    "final-meeting", stage: stage, name: Bilingual("末次会议", en: "Final meeting"),
                    requires: [.one(.text), .one(.video)], deadline: due, performers: team
                ),
            ],
            filing: DeadlineRule(30, .calendarDays, from: .caseClosed)
        )
    }()
}
