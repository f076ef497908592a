/// 约谈 — an interview of an enterprise's legal representative (法定代表人)
/// or person in charge, with its written record (第三十五条, SUP-13): who,
/// when, where, what was said and what was required.
public struct InterviewRecord: Hashable, Sendable {
    public var interviewee: String
    public var position: String
    public var heldOn: CivilDate
    public var time: String
    public var place: String
    public var reason: String
    public var said: String
    public var required: String

    /// Reads and checks the record; the day may not be after `today`.
    public init(
        interviewee: String?, position: String?, heldOn: String?, time: String?, place: String?, reason: String?, said: String?, required: String?,
        today: CivilDate
    ) throws(OversightRefusal) {
        var issues: [FieldIssue] = []
        let short = OversightText.shortLimit
        self.interviewee = OversightText.read(interviewee, field: "interviewee", limit: short, into: &issues)
        let position = OversightText.read(position, field: "position", limit: short, required: false, into: &issues)
        self.position = position.isEmpty ? "法定代表人" : position
        let day = OversightText.date(heldOn, field: "heldOn", into: &issues)
        if let day, day > today { issues.append(FieldIssue(field: "heldOn", problem: .notAllowed)) }
        self.time = OversightText.read(time, field: "time", limit: short, into: &issues)
        self.place = OversightText.read(place, field: "place", limit: short, into: &issues)
        self.reason = OversightText.read(reason, field: "reason", into: &issues)
        self.said = OversightText.read(said, field: "said", into: &issues)
        self.required = OversightText.read(required, field: "required", into: &issues)
        try InvalidInput.checkOversight(issues)
        self.heldOn = day!
    }

    /// The record kept on the case and printed; `officials` are the
    /// bureau's people present, by display name.
    public func text(officials: [String]) -> String {
        [
            "约谈时间：\(heldOn) \(time)", "约谈地点：\(place)", "被约谈人：\(interviewee)（\(position)）", "约谈人员：\(officials.joined(separator: "、"))",
            "约谈事由：\(reason)", "谈话内容：\(said)", "整改要求：\(required)",
        ].joined(separator: "\n")
    }
}
