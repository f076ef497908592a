/// The four tables of seed 001: CMA qualification (资质认定) of inspection and
/// testing agencies, and the follow-up of approvals on commitment (告知承诺).
/// 文字（电子） is a text record, 文字（纸质） a scanned paper document. The
/// seed sets no periods for these nodes; its 24-hour rule for audio-visual
/// records belongs to the evidence itself.
extension ProcessDefinition {
    private static let bureau: Set<Role> = [.cityOfficer]
    private static let reviewers: Set<Role> = [.reviewer, .cityOfficer]

    private static func acceptance() -> NodeDefinition {
        NodeDefinition(
            "acceptance", stage: Bilingual("受理", en: "Acceptance"), name: Bilingual("作出受理决定", en: "Decide on acceptance"),
            requires: [.one(.text)], performers: bureau
        )
    }

    private static func decisionAndIssuance(after review: [NodeKey]? = nil) -> [NodeDefinition] {
        [
            NodeDefinition(
                "decision", stage: Bilingual("决定", en: "Decision"),
                name: Bilingual("作出准予/不予行政许可决定", en: "Grant or refuse the qualification"),
                requires: [.one(.scan)], performers: bureau, after: review
            ),
            NodeDefinition(
                "issuance", stage: Bilingual("文书发放", en: "Issuance"),
                name: Bilingual("发放检验检测机构资质认定证书", en: "Issue the CMA certificate"),
                requires: [.one(.scan)], performers: bureau
            ),
        ]
    }

    /// The steps on an agency's premises, shared by the on-site review and the
    /// follow-up on-site check; `records` is the form of the facilities check.
    private static func siteSteps(stage: Bilingual, facilities: Bilingual, records: RecordForm, optional: Bool) -> [NodeDefinition] {
        [
            NodeDefinition(
                "site-entry", stage: stage, name: Bilingual("进入现场", en: "Entering the premises"),
                requires: [.one(.photo)], whereApplicable: optional, performers: reviewers
            ),
            NodeDefinition(
                "first-meeting", stage: stage, name: Bilingual("首次会议", en: "First meeting"),
                requires: [.one(.photo), .one(.scan)], whereApplicable: optional, performers: reviewers
            ),
            NodeDefinition(
                "facilities-check", stage: stage, name: facilities,
                requires: [.one(records)], whereApplicable: optional, performers: reviewers
            ),
            NodeDefinition(
                "practical-test", stage: stage, name: Bilingual("现场试验考核", en: "Practical test"),
                requires: [.one(.photo)], whereApplicable: optional, performers: reviewers
            ),
            NodeDefinition(
                "signatory-assessment", stage: stage, name: Bilingual("授权签字人考核", en: "Authorised signatory assessment"),
                requires: [.one(.photo)], whereApplicable: true, performers: reviewers
            ),
            NodeDefinition(
                "final-meeting", stage: stage, name: Bilingual("末次会议", en: "Final meeting"),
                requires: [.one(.photo), .one(.scan)], whereApplicable: optional, performers: reviewers
            ),
        ]
    }

    /// 传统审批: the review is on site or on documents (现场（书面）评审), so
    /// each path's nodes apply where that path is taken and the other's are
    /// marked not applicable; the decision waits for both to be settled.
    public static let cmaTraditional: ProcessDefinition = {
        let onSite = Bilingual("现场评审", en: "On-site review")
        let onPaper = Bilingual("书面评审", en: "Document review")
        let summary = Bilingual("评审意见汇总", en: "Summary of review findings")
        var nodes = [acceptance()]
        nodes += siteSteps(
            stage: onSite, facilities: Bilingual("实验室及设施设备核查", en: "Laboratory and equipment check"),
            records: .text, optional: true
        )
        nodes.append(NodeDefinition("review-summary", stage: onSite, name: summary, requires: [.one(.text)], whereApplicable: true, performers: reviewers))
        nodes.append(NodeDefinition(
            "document-review-summary", stage: onPaper, name: summary, requires: [.one(.text)], whereApplicable: true,
            performers: reviewers, after: [NodeKey(rawValue: "acceptance")!]
        ))
        nodes += decisionAndIssuance(after: [NodeKey(rawValue: "review-summary")!, NodeKey(rawValue: "document-review-summary")!])
        return ProcessDefinition(
            id: ProcessID(rawValue: "cma-traditional")!, version: 1,
            name: Bilingual("检验检测机构资质认定（传统审批）", en: "CMA qualification (standard procedure)"),
            caseKind: .qualification, subject: .testingAgency, nodes: nodes
        )
    }()

    /// 告知承诺审批: accepted on the agency's commitment, checked afterwards.
    public static let cmaCommitment = ProcessDefinition(
        id: ProcessID(rawValue: "cma-commitment")!, version: 1,
        name: Bilingual("检验检测机构资质认定（告知承诺）", en: "CMA qualification (on commitment)"),
        caseKind: .qualification, subject: .testingAgency, nodes: [acceptance()] + decisionAndIssuance()
    )

    /// 后续监管现场检查 of an approval on commitment.
    public static let cmaFollowUpOnSite: ProcessDefinition = {
        let stage = Bilingual("后续监管现场检查", en: "Follow-up on-site check")
        var nodes = siteSteps(
            stage: stage, facilities: Bilingual("实验室及设施设备检查", en: "Laboratory and equipment check"),
            records: .scan, optional: false
        )
        nodes.append(NodeDefinition(
            "risk-monitoring", stage: stage, name: Bilingual("风险监控", en: "Risk monitoring"),
            requires: [.either(.photo, .video), .one(.scan)], whereApplicable: true, performers: reviewers
        ))
        nodes.append(NodeDefinition(
            "result-summary", stage: stage, name: Bilingual("检查结果汇总", en: "Summary of findings"),
            requires: [.one(.scan)], performers: reviewers
        ))
        return ProcessDefinition(
            id: ProcessID(rawValue: "cma-followup-onsite")!, version: 1,
            name: Bilingual("告知承诺后续监管（现场检查）", en: "Follow-up check on site"),
            caseKind: .inspection, subject: .testingAgency, nodes: nodes
        )
    }()

    /// 后续监管文件检查: a check of documents only.
    public static let cmaFollowUpDocument = ProcessDefinition(
        id: ProcessID(rawValue: "cma-followup-document")!, version: 1,
        name: Bilingual("告知承诺后续监管（文件检查）", en: "Follow-up check on documents"),
        caseKind: .inspection, subject: .testingAgency,
        nodes: [
            NodeDefinition(
                "result-summary", stage: Bilingual("后续监管文件检查", en: "Follow-up document check"),
                name: Bilingual("检查结果汇总", en: "Summary of findings"), requires: [.one(.scan)], performers: reviewers
            ),
        ]
    )

    /// The definitions an installation starts with; an administrator
    /// publishes later versions of them.
    public static let shipped: [ProcessDefinition] = [
        licenseApplication, licenseRenewal, licenseChange, licenseReissue, licenseOnSiteReview, licenseWithdrawal, licenseRevocation, licensePenaltyRevocation,
        licenseCancellation, cmaTraditional, cmaCommitment, cmaFollowUpOnSite, cmaFollowUpDocument,
        randomInspection,
    ] + supervision
}
