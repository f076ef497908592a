import PermitCore

/// The words of the supervision pages, Chinese and English together.
enum OversightPhrases {
    static let enterpriseTitle = Bilingual("证后监督", en: "Supervision")
    static let samplingsTitle = Bilingual("监督检验名单", en: "Supervision samplings")

    static let words: [String: Bilingual] = [
        "intro": Bilingual(
            "区级市场监管局对获证企业开展监督检查、监督检验和约谈；每次检查应有2名以上持合法有效证件的工作人员参加（第二十四条）。",
            en: "The district supervises licensed enterprises by inspection, sampling and interview; at least two officials take part (art. 24)."
        ),
        "archive": Bilingual("一企一档", en: "Enterprise archive"), "case": Bilingual("案件", en: "Case"), "allCases": Bilingual("通用案件页", en: "General case page"),
        "openInspection": Bilingual("监督检查立案", en: "Open an inspection"), "kind": Bilingual("检查类型", en: "Kind"),
        "ground": Bilingual("专项检查情形（仅专项检查）", en: "Ground (special inspections only)"),
        "basis": Bilingual("检查事由（不定期、专项检查必填）", en: "Reason (required for ad hoc and special inspections)"),
        "team": Bilingual("检查人员用户名（至少2名，逗号分隔）", en: "Team usernames (at least two, comma-separated)"),
        "order": Bilingual("复查的整改通知（仅回访）", en: "Rectification order re-checked (return visits only)"),
        "reason": Bilingual("期限届满前复查的理由", en: "Reason for a re-check before the deadline"), "none": Bilingual("（无）", en: "(none)"),
        "open": Bilingual("立案", en: "Open"), "openSampling": Bilingual("监督检验抽样", en: "Take samples"),
        "grounds": Bilingual("抽样依据（第四十五条）", en: "Grounds (art. 45)"), "groundNote": Bilingual("说明（“其他”必填）", en: "Note (required for “other”)"),
        "product": Bilingual("产品名称", en: "Product"), "model": Bilingual("规格型号", en: "Model"), "batch": Bilingual("生产批号", en: "Batch"),
        "quantity": Bilingual("抽样数量及基数", en: "Quantity and base"), "sampledFrom": Bilingual("抽样地点", en: "Taken from"),
        "randomMethod": Bilingual("随机抽取方式", en: "How samples were picked at random"), "seal": Bilingual("封样", en: "Seal"),
        "noFee": SamplingRules.noFee, "openInterview": Bilingual("约谈记录", en: "Record an interview"),
        "interviewee": Bilingual("被约谈人", en: "Interviewee"), "position": Bilingual("职务（默认法定代表人）", en: "Position (legal representative by default)"),
        "heldOn": Bilingual("约谈日期", en: "Date"), "time": Bilingual("时间", en: "Time"), "place": Bilingual("地点", en: "Place"),
        "interviewReason": Bilingual("约谈事由", en: "Reason"), "said": Bilingual("谈话内容", en: "What was said"),
        "required": Bilingual("整改要求", en: "What was required"),
        "inspections": Bilingual("监督检查", en: "Inspections"), "samplings": Bilingual("监督检验", en: "Sampling"),
        "rectifications": Bilingual("责令整改", en: "Rectifications"), "interviews": Bilingual("约谈", en: "Interviews"),
        "applications": Bilingual("许可申请（含营业执照复印件）", en: "Applications (with the business licence copy)"),
        "certificates": Bilingual("生产许可证", en: "Production licence"), "classifications": Bilingual("企业分类记录", en: "Classification history"),
        "deadline": Bilingual("整改期限", en: "Deadline"), "recheck": Bilingual("复查", en: "Re-check"), "status": Bilingual("状态", en: "Status"),
        "openedAt": Bilingual("立案时间", en: "Opened"), "result": Bilingual("结果", en: "Result"), "empty": Bilingual("暂无记录。", en: "Nothing recorded."),
        "recordTitle": Bilingual("检查记录（第二十五条）", en: "Inspection record (art. 25)"), "checkedOn": Bilingual("检查日期", en: "Date checked"),
        "found": Bilingual("检查情况", en: "What was found"), "conclusion": Bilingual("结论", en: "Conclusion"),
        "problems": Bilingual("存在的问题", en: "Problems found"), "inspectors": Bilingual("签字的检查人员（用户名，逗号分隔）", en: "Inspectors signing (usernames)"),
        "signatory": Bilingual("企业负责人员签字", en: "Signed for the enterprise by"),
        "refusal": Bilingual("或：企业拒绝签字的情况", en: "Or: the enterprise refused to sign, as noted"),
        "rectified": Bilingual("整改情况（回访）", en: "Rectification (return visit)"), "rectifiedYes": Bilingual("已完成整改", en: "Rectified"),
        "rectifiedNo": Bilingual("未完成整改", en: "Not rectified"), "requirements": Bilingual("责令整改要求（如需整改）", en: "Rectification required (if any)"),
        "rectificationDeadline": Bilingual("整改期限", en: "Rectification deadline"),
        "matter": Bilingual("移交执法事项（如需）", en: "Matter referred to enforcement (if any)"), "evidence": Bilingual("移交证据", en: "Evidence handed over"),
        "save": Bilingual("签字归档", en: "Sign and file"), "dispatchTitle": Bilingual("寄送样品", en: "Send the samples"),
        "laboratory": Bilingual("检验机构统一社会信用代码", en: "Lab's credit code"), "sentOn": Bilingual("寄送日期", en: "Date sent"),
        "dispatchDue": Bilingual("寄送期限", en: "Send by"), "late": Bilingual("逾期寄送", en: "Sent late"), "overdue": Bilingual("已逾期未寄送", en: "Overdue, not sent"),
        "reportTitle": Bilingual("检验报告（一式二份）", en: "Test report (two copies)"), "reportNumber": Bilingual("报告编号", en: "Report number"),
        "issuedOn": Bilingual("报告日期", en: "Report date"), "copies": Bilingual("份数", en: "Copies"), "passed": Bilingual("合格", en: "Passed"),
        "failed": Bilingual("不合格", en: "Failed"), "summary": Bilingual("主要情况", en: "Summary"), "submit": Bilingual("提交", en: "Submit"),
        "year": Bilingual("年度", en: "Year"), "district": Bilingual("辖区代码", en: "District code"), "show": Bilingual("查看", en: "Show"),
        "csv": Bilingual("导出 CSV（报市局）", en: "Export CSV (for the city bureau)"), "sampledOn": Bilingual("抽样日期", en: "Sampled on"),
        "enterprise": Bilingual("企业", en: "Enterprise"), "sentLate": Bilingual("逾期", en: "Late"), "pending": Bilingual("待检", en: "Pending"),
        "supervise": Bilingual("监督检查、抽样、约谈", en: "Inspect, sample, interview"),
        "classificationPage": Bilingual("查看分类、监管方式与分类建议", en: "Class, supervision mode and proposals"),
    ]

    static func words(_ language: Language) -> [String: String] { words.mapValues { $0.text(language) } }
}
