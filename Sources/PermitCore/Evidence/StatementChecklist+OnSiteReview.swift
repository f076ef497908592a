/// Seed 000 三(三)3, step by step of the licence on-site review, in the
/// order the reviewer says them.
extension StatementChecklist {
    public static let licenseOnSiteReview: [StatementChecklist] = [
        // 开始进厂环节: 首先说明审查时间、企业厂名、生产地址，现场审查地址与申报地址符合/不符合.
        StatementChecklist(node: NodeKey(rawValue: "factory-entry")!, items: [
            StatementItem(id: "date", name: Bilingual("审查时间（年月日）", en: "Date of the review")),
            StatementItem(id: "enterprise", name: Bilingual("接受审查的企业厂名", en: "Name of the enterprise under review")),
            StatementItem(id: "address", name: Bilingual("生产地址", en: "Production address")),
            StatementItem(id: "address-matches", name: Bilingual(
                "现场审查地址与申报地址符合或不符合", en: "Whether the address on site matches the one applied for")),
        ]),
        // 首次会议: 由审查组长主持，参与人员，会议开始时间地点；最后说明会议结束及结束时间.
        StatementChecklist(node: NodeKey(rawValue: "first-meeting")!, items: [
            StatementItem(id: "chair", name: Bilingual("会议由审查组长主持", en: "The team leader chairs the meeting")),
            StatementItem(id: "attendees", name: Bilingual(
                "参与人员：审查组全体成员、企业负责人和相关部门工作人员",
                en: "Attendees: the whole review team, the enterprise's head and staff of the departments concerned")),
            StatementItem(id: "meeting-start", name: Bilingual("会议开始时间、地点", en: "Time and place the meeting starts")),
            StatementItem(id: "meeting-end", name: Bilingual("首次会议结束及结束时间", en: "End of the first meeting, with the time")),
        ]),
        StatementChecklist(node: NodeKey(rawValue: "production-equipment")!, items: [
            StatementItem(id: "enter-area", name: Bilingual("进入生产区域", en: "Entering the production area")),
            StatementItem(id: "leave-area", name: Bilingual(
                "生产区域审查结束及结束时间", en: "End of the production area's review, with the time")),
        ]),
        StatementChecklist(node: NodeKey(rawValue: "inspection-equipment")!, items: [
            StatementItem(id: "enter-area", name: Bilingual("进入检验区域", en: "Entering the inspection area")),
            StatementItem(id: "leave-area", name: Bilingual(
                "检验区域审查结束及结束时间", en: "End of the inspection area's review, with the time")),
        ]),
        // 末次会议: 说明会议时间，重点拍摄现场审查结论、改进要求；最后说明此次审查结束及结束时间.
        StatementChecklist(node: NodeKey(rawValue: "final-meeting")!, items: [
            StatementItem(id: "meeting-time", name: Bilingual("会议时间", en: "Time of the meeting")),
            StatementItem(id: "conclusions", name: Bilingual("现场审查结论", en: "Conclusions of the on-site review")),
            StatementItem(id: "improvements", name: Bilingual("改进要求", en: "Improvement requests")),
            StatementItem(id: "review-end", name: Bilingual("此次审查结束及结束时间", en: "End of the review, with the time")),
        ]),
    ]

    public static func licenseOnSiteReview(_ node: NodeKey) -> StatementChecklist? {
        licenseOnSiteReview.first { $0.node == node }
    }
}
