import Foundation
import PermitCore

/// The case capability's texts, Chinese and English together, each with
/// the typed arguments it needs.
enum CasePhrases {
    static let title = Bilingual("案件办理", en: "Cases")
    static let processesTitle = Bilingual("许可流程公示", en: "Published processes")
    static let openTitle = Bilingual("立案", en: "Open a case")
    static let process = Bilingual("流程", en: "Process")
    static let subject = Bilingual("当事人统一社会信用代码", en: "Subject's credit code")
    static let team = Bilingual("办案人员（用户名，逗号分隔，可空）", en: "Team (usernames, comma-separated, optional)")
    static let subjectShown = Bilingual("当事人", en: "Subject")
    static let teamShown = Bilingual("办案人员", en: "Case team")
    /// A period whose dates fall in a year the working-day calendar lacks:
    /// the administrator loads that year's State Council notice.
    static let calendarGap = Bilingual("日历未载入该年，暂无期限", en: "Calendar year not loaded; no due date yet")
    static let agency = Bilingual("审查机构统一社会信用代码（可空）", en: "Review agency's credit code (optional)")
    static let open = Bilingual("立案", en: "Open")
    static let number = Bilingual("案件编号", en: "Case number")
    static let status = Bilingual("状态", en: "Status")
    static let openedAt = Bilingual("立案时间", en: "Opened")
    static let district = Bilingual("辖区", en: "District")
    static let node = Bilingual("记录节点", en: "Node")
    static let stage = Bilingual("环节", en: "Stage")
    static let forms = Bilingual("记录形式", en: "Record forms")
    static let missing = Bilingual("尚缺", en: "Missing")
    static let due = Bilingual("期限", en: "Due")
    static let records = Bilingual("记录", en: "Records")
    static let noRecords = Bilingual("尚无记录", en: "No records yet")
    static let none = Bilingual("无", en: "none")
    static let noCases = Bilingual("没有可见的在办案件。", en: "No active cases you can see.")
    static let addText = Bilingual("添加文字记录", en: "Add a text record")
    static let label = Bilingual("标题", en: "Title")
    static let text = Bilingual("内容", en: "Text")
    static let add = Bilingual("添加", en: "Add")
    static let exemptTitle = Bilingual("不使用音像记录的书面说明", en: "Written statement instead of audio-visual recording")
    static let ground = Bilingual("情形", en: "Ground")
    static let statement = Bilingual("书面说明", en: "Statement")
    static let exempt = Bilingual("记录说明", en: "Record statement")
    static let notApplicableTitle = Bilingual("本案不适用（如有）", en: "Not applicable in this case")
    static let reason = Bilingual("理由", en: "Reason")
    static let markNotApplicable = Bilingual("标记不适用", en: "Mark not applicable")
    static let complete = Bilingual("完成本节点", en: "Complete this node")
    static let closedNotice = Bilingual("本案所有节点均已完成，已结案。", en: "Every node is settled; the case is closed.")
    static let filing = Bilingual("立卷归档期限", en: "Filing due")
    static let paused = Bilingual("计时暂停（补正）", en: "Clock stopped (correction)")
    static let overdue = Bilingual("已超期", en: "Overdue")
    static let flowChart = Bilingual("流程图", en: "Flow chart")
    static let disclosed = Bilingual("网站公示", en: "Disclosed")
    static let whereApplicable = Bilingual("如有", en: "Where applicable")
    static let version = Bilingual("版本", en: "Version")
    static let exemption = Bilingual("书面说明", en: "Statement")
    static let followOnly = Bilingual("您可查看本案进度；记录内容仅向办案人员和监管人员开放。",
                                      en: "You can follow this case's progress; its records are open to the case team and supervisors only.")

    static func caseClosed(_ number: String) -> Bilingual {
        Bilingual("案件 \(number) 已结案，不能再更改。", en: "Case \(number) is closed and can no longer change.")
    }

    static func status(_ status: NodeStatus) -> Bilingual {
        switch status {
        case .open: Bilingual("待办", en: "open")
        case .complete: Bilingual("已完成", en: "complete")
        case .exempted: Bilingual("已完成（书面说明）", en: "complete (statement)")
        case .notApplicable: Bilingual("不适用", en: "not applicable")
        }
    }

    static func caseStatus(_ subject: Case) -> Bilingual {
        subject.isClosed ? Bilingual("已结案", en: "closed") : Bilingual("办理中", en: "in progress")
    }

    static func standing(_ standing: Deadline.Standing?, today: CivilDate, undetermined: Bool = false) -> Bilingual {
        switch standing {
        case nil where undetermined: calendarGap
        case .due(let date)?:
            date < today
                ? Bilingual("\(date)（已超期）", en: "\(date) (overdue)")
                : Bilingual("\(date) 前", en: "by \(date)")
        case .paused(let since)?: Bilingual("自 \(since) 起暂停", en: "stopped since \(since)")
        case nil: Bilingual("—", en: "—")
        }
    }

    /// The recordings' deadline, to the minute it falls (REC-7).
    static func recordingsDue(_ due: Date, now: Date) -> Bilingual {
        let time = EvidenceText.time(due)
        return now > due ? Bilingual("\(time)（已超期）", en: "\(time) (overdue)") : Bilingual("\(time) 前", en: "by \(time)")
    }

    /// A node's name for a refusal, which knows the node by its key only:
    /// keys are shared by the processes that have the node, with one name.
    static func nodeName(_ key: NodeKey) -> Bilingual {
        ProcessDefinition.shipped.lazy.compactMap { $0.node(key)?.name }.first ?? Bilingual(key.rawValue, en: key.rawValue)
    }

    /// `user:pudong.officer` as the username a person recognises.
    static func actor(_ reference: ActorReference) -> String {
        reference.rawValue.hasPrefix("user:") ? String(reference.rawValue.dropFirst(5)) : reference.rawValue
    }

    static func requirements(_ list: [RecordRequirement]) -> Bilingual {
        Bilingual(list.map(\.name.zhHans).joined(separator: "、"), en: list.map(\.name.en).joined(separator: ", "))
    }
}
