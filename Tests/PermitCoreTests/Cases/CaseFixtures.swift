import Foundation
import PermitCore

/// A case of the on-site review process opened on Monday 2026-03-02 at
/// 10:00 in Shanghai, by the city bureau, for an enterprise of 徐汇.
enum CaseFixtures {
    static let opened = date("2026-03-02T02:00:00Z")
    static let officer = ActorReference(rawValue: "user:city.admin")
    static let creditCode = try! UnifiedSocialCreditCode(validating: "91310115MA1H7GKX3T")
    static let review = CaseMachine(definition: .licenseOnSiteReview)

    static func onSiteReview() -> Case {
        review.open(
            id: CaseID(rawValue: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!),
            number: try! CaseNumber(kind: .onSiteReview, year: 2026, sequence: 1),
            subject: CaseSubject(kind: .enterprise, creditCode: creditCode, name: "上海精工电缆有限公司"),
            district: DistrictCode(rawValue: "310104"), team: [], agency: nil, by: officer, at: opened
        )
    }

    static func text(_ node: String, _ sequence: Int, at time: Date = opened) -> CaseRecord {
        CaseRecord(
            id: CaseRecordID(rawValue: UUID(uuidString: String(format: "00000000-0000-0000-0001-%012d", sequence))!),
            node: key(node), form: .text, label: "记录", text: "会议记录：时间、地点、人员、内容", recordedAt: time, recordedBy: officer
        )
    }

    static func evidence(_ node: String, _ form: RecordForm, _ sequence: Int) -> CaseRecord {
        CaseRecord(
            id: CaseRecordID(rawValue: UUID(uuidString: String(format: "00000000-0000-0000-0002-%012d", sequence))!),
            node: key(node), form: form, label: form.rawValue, sha256: String(repeating: "a", count: 64),
            recordedAt: opened, recordedBy: officer
        )
    }

    static func key(_ text: String) -> NodeKey { NodeKey(rawValue: text)! }

    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
}
