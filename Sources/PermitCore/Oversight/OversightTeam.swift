/// 检查人员 — who may be on a supervision team, and how many must be.
public enum OversightTeam {
    /// 第二十四条: 日常监督检查应有2名以上持合法有效证件的工作人员参加. Sampling
    /// and interviews are done by the same officials, two at least (one
    /// speaks or samples, one records), so the rule is kept for all of them.
    public static let minimum = 2

    /// Bureau staff hold enforcement papers; reviewers, enterprises, labs
    /// and auditors do not.
    public static func isOfficial(_ role: Role) -> Bool {
        role == .districtOfficer || role == .inspector || role == .cityOfficer
    }

    /// Refuses a team of fewer than `minimum` distinct officials.
    public static func check(size: Int) throws(OversightRefusal) {
        guard size >= minimum else { throw .teamTooSmall(size) }
    }
}
