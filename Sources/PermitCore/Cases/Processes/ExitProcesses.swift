/// The exit procedures of LIC-12 on the recording engine: each step's
/// document is the node's record.
extension ProcessDefinition {
    private static let bureau: Set<Role> = [.cityOfficer, .districtOfficer]

    public static let licenseWithdrawal = heard("license-withdrawal", .withdrawal, Bilingual("撤回工业产品生产许可", en: "Withdrawal of a production licence"))
    public static let licenseRevocation = heard("license-revocation", .revocation, Bilingual("撤销工业产品生产许可", en: "Revocation of a production licence"))
    public static let licensePenaltyRevocation = heard(
        "license-penalty-revocation", .penaltyRevocation, Bilingual("吊销工业产品生产许可证", en: "Revocation of a production licence as a penalty")
    )

    /// 注销: no one is heard; the ground is recorded with the decision.
    public static let licenseCancellation = ProcessDefinition(
        id: ProcessID(rawValue: "license-cancellation")!, version: 1,
        name: Bilingual("注销工业产品生产许可证", en: "Cancellation of a production licence"), caseKind: .cancellation, subject: .enterprise,
        nodes: [decision, service, execution]
    )

    private static func heard(_ id: String, _ kind: CaseKind, _ name: Bilingual) -> ProcessDefinition {
        ProcessDefinition(
            id: ProcessID(rawValue: id)!, version: 1, name: name, caseKind: kind, subject: .enterprise,
            nodes: [
                NodeDefinition(
                    "notice", stage: stage, name: Bilingual("告知拟作决定的事实、理由、依据及陈述申辩、听证权利", en: "Notify the facts, reasons, basis and rights"),
                    requires: [.one(.text)], performers: bureau
                ),
                // 如有: the holder may let the time to be heard pass.
                NodeDefinition(
                    "statement", stage: stage, name: Bilingual("听取陈述申辩或举行听证", en: "Hear the statement and defence, or hold a hearing"),
                    requires: [.one(.text)], whereApplicable: true, performers: bureau
                ),
                decision, service, execution,
            ]
        )
    }

    private static let stage = Bilingual("许可退出", en: "Exit")
    private static let decision = NodeDefinition(
        "decision", stage: stage, name: Bilingual("作出决定", en: "Decide"), requires: [.one(.text)], disclosed: true, performers: bureau
    )
    private static let service = NodeDefinition(
        "service", stage: stage, name: Bilingual("送达决定书", en: "Serve the decision"), requires: [.one(.text)], performers: bureau
    )
    private static let execution = NodeDefinition(
        "execution", stage: stage, name: Bilingual("执行：变更证书状态并公示", en: "Execute: change and publish the certificate's status"),
        requires: [.one(.text)], performers: bureau
    )
}
