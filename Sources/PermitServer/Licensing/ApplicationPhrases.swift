import PermitCore

/// The application pages' words: titles, the commitment's text, step names
/// and what comes next, Chinese first.
extension ApplicationPages {
    static let title = Bilingual("许可申请", en: "Licence applications")

    static let commitment = Bilingual(
        "本企业承诺：所提交的申请材料真实、有效；具备相应的生产条件并持续保持；出厂产品经检验合格；接受证后监督性现场审查和监督检查。如有不实，愿承担相应法律责任。",
        en: "We commit that the materials are true and valid, that we meet and keep the production conditions, that products leaving the factory pass inspection, and that we accept the post-licence on-site review and supervision. We bear the legal consequences of any untruth."
    )

    static func stepName(_ step: ApplicationStep) -> Bilingual {
        switch step {
        case .submit: Bilingual("提交申请", en: "Submit")
        case .accept: Bilingual("受理", en: "Accept")
        case .refuseAcceptance: Bilingual("不予受理", en: "Refuse acceptance")
        case .requestCorrection: Bilingual("一次性告知补正", en: "Ask for all corrections")
        case .grant: Bilingual("准予许可并发证", en: "Grant and issue the certificate")
        case .refuse: Bilingual("不予许可", en: "Refuse")
        }
    }

    /// What happens next, as the enterprise and the officer read it.
    static func nextStep(of application: LicenseApplication) -> Bilingual {
        switch application.status {
        case .draft: Bilingual("企业填写完整后提交", en: "The enterprise completes and submits it")
        case .submitted: Bilingual("等待受理（2个工作日内）", en: "Awaiting acceptance (within 2 working days)")
        case .correctionRequested: Bilingual("企业按补正通知修改后重新提交", en: "The enterprise corrects and submits again")
        case .accepted: Bilingual("形式审查后作出许可决定", en: "Formal review, then the decision")
        case .granted: Bilingual("已发证；证后现场审查将在30个工作日内进行", en: "Certificate issued; on-site review within 30 working days")
        case .acceptanceRefused, .refused: Bilingual("已办结", en: "Closed")
        }
    }

    static func words(_ language: Language) -> [String: String] {
        let all: [String: Bilingual] = [
            "title": title, "number": Bilingual("案件编号", en: "Number"), "applicant": Bilingual("申请企业", en: "Applicant"),
            "status": Bilingual("状态", en: "Status"), "next": Bilingual("下一步", en: "Next"), "none": Bilingual("暂无申请。", en: "No applications yet."),
            "new": Bilingual("新建许可申请", en: "New application"), "units": Bilingual("申请的产品单元（简化审批程序）", en: "Product units (simplified procedure)"),
            "form": Bilingual("申请单", en: "Application form"), "productionAddress": Bilingual("生产地址", en: "Production address"),
            "contactPerson": Bilingual("联系人", en: "Contact person"), "contactPhone": Bilingual("联系电话", en: "Contact phone"),
            "commitment": Bilingual("保证质量安全承诺书", en: "Quality-safety commitment"), "commit": Bilingual("我已阅读并承诺", en: "I have read it and commit"),
            "signatory": Bilingual("签署人", en: "Signed by"), "reports": Bilingual("检验报告（每个产品单元一份）", en: "Test reports (one per unit)"),
            "reportNumber": Bilingual("报告编号", en: "Report number"), "laboratory": Bilingual("检验机构统一社会信用代码", en: "Laboratory's credit code"),
            "issuedOn": Bilingual("签发日期", en: "Issued on"), "passed": Bilingual("检验结论合格", en: "Passed"),
            "kind": Bilingual("报告类型", en: "Kind"), "typeTest": Bilingual("型式试验报告", en: "Type test"),
            "supervision": Bilingual("省级及以上监督检验合格报告", en: "Provincial supervision inspection"),
            "testItems": Bilingual("型式试验报告覆盖的检验项目（产品目录所列）", en: "Test items the type test covers (as the catalogue lists them)"),
            "save": Bilingual("保存草稿", en: "Save the draft"), "problems": Bilingual("提交前还需完善：", en: "Before submitting:"),
            "ready": Bilingual("材料齐全，可以提交。", en: "Complete: ready to submit."),
            "officer": Bilingual("首问负责人", en: "Officer responsible"), "correction": Bilingual("补正要求", en: "Corrections asked for"),
            "refusal": Bilingual("理由", en: "Reason"), "case": Bilingual("办理过程（全过程记录）", en: "The case, step by step"),
            "certificate": Bilingual("查看电子证书", en: "View the certificate"), "reason": Bilingual("理由", en: "Reason"),
            "items": Bilingual("需补正的全部内容", en: "Everything to correct"), "agency": Bilingual("证后现场审查机构", en: "Review agency for the on-site review"),
            "noAgency": Bilingual("（暂不指定）", en: "(none yet)"), "renew": Bilingual("申请延续证书", en: "Apply to renew the certificate"),
            "renewal": Bilingual("延续的证书", en: "Certificate renewed"),
            "conditionsUnchanged": Bilingual("生产条件无重大变化", en: "Production conditions unchanged"),
            "noViolationProof": Bilingual("有效期内无违法行为证明材料（简要说明或编号）", en: "Proof of no violation during validity"),
            "reducedHint": Bilingual(
                "生产条件无变化、有效期内无违法行为、在有效期届满30个工作日前提交的，直接换发证书，免于证后现场审查。",
                en: "Unchanged conditions, no violations, applied 30 working days before expiry: reissued directly, without the on-site review."
            ), "changeTitle": Bilingual("申请变更或补领证书", en: "Apply for a change or a reissue of"),
            "changeKind": Bilingual("事项", en: "What"), "changeApply": Bilingual("新建变更/补领申请", en: "Start the application"),
            "changedOn": Bilingual("变化发生日期", en: "Changed on"), "newName": Bilingual("变更后的企业名称（不变则不填）", en: "New name (empty: unchanged)"),
            "newResidence": Bilingual("变更后的住所（不变则不填）", en: "New residence (empty: unchanged)"),
            "changeHint": Bilingual(
                "名称、住所变更的，证书有效期不变；生产地址、生产能力、关键工艺或关键设备变化的，准予后重新进行现场审查。变化发生后一个月内提出申请。",
                en: "A change of name or residence keeps the expiry; a change of production conditions is reviewed on site again. Apply within a month of the change."
            ),
            "lateChange": Bilingual("注意：本申请在变化发生一个月后才提出。", en: "Note: applied for more than a month after the change."),
            "attachments": Bilingual("营业执照及其他材料", en: "Business licence and other material"),
            "attach": Bilingual("上传", en: "Upload"), "attachmentLabel": Bilingual("说明（可不填）", en: "Note (optional)"),
            "attachmentFile": Bilingual("文件（PDF 或照片）", en: "File (PDF or photo)"),
            "noAttachments": Bilingual("尚未上传。", en: "Nothing attached yet."),
            "unitsHint": Bilingual("保存后为每个单元填写检验报告", en: "Save, then fill in a report for each unit"),
        ]
        return all.mapValues { $0.text(language) }
    }
}
