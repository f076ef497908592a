import Foundation
import PermitCore
import PermitTestSupport
import Testing

@Suite("Inspector database — 执法检查人员名录库 (RND-2)")
struct InspectorRulesTests {
    static let actor = ActorReference.system("test")
    static let pudong = DistrictCode(rawValue: "310115")!
    static let enterprise = "91310115MA1K3B2C0" + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: "91310115MA1K3B2C0")!)

    static func draft(
        name: String = "刘洋", phone: String = "021-68541234", certificate: String = "zf3101150001", conflicts: [String] = []
    ) -> InspectorDraft {
        InspectorDraft(
            name: name, unit: "浦东新区市场监督管理局", position: "科长", phone: phone, certificateNumber: certificate,
            isActive: true, conflicts: conflicts
        )
    }

    @Test("a valid draft is trimmed and normalised")
    func valid() throws {
        let valid = try InspectorRules.validate(Self.draft(name: " 刘洋 ", conflicts: [" \(Self.enterprise.lowercased()) ", ""]))
        #expect(valid.name == "刘洋")
        #expect(valid.certificateNumber.rawValue == "ZF3101150001")
        #expect(valid.conflicts.map(\.rawValue) == [Self.enterprise])
    }

    @Test("every wrong field is named")
    func invalid() {
        let draft = InspectorDraft(
            name: "", unit: String(repeating: "单", count: 65), position: "科长", phone: "电话", certificateNumber: "证号",
            isActive: true, conflicts: ["123"]
        )
        #expect(throws: InvalidInput([
            FieldIssue(field: "name", problem: .missing),
            FieldIssue(field: "unit", problem: .tooLong(maximum: 64)),
            FieldIssue(field: "phone", problem: .invalidFormat),
            FieldIssue(field: "certificateNumber", problem: .invalidFormat),
            FieldIssue(field: "conflicts", problem: .unknownValue("123")),
        ])) {
            try InspectorRules.validate(draft)
        }
    }

    @Test("phone numbers: mobile, landline with area code and extension", arguments: [
        ("13812345678", true), ("021-68541234", true), ("+86 21 6854 1234", true), ("12345", false), ("021-6854abcd", false),
    ])
    func phones(text: String, accepted: Bool) {
        #expect(InspectorRules.isPhoneNumber(text) == accepted)
    }

    @Test("a taken certificate number is refused, and an update that changes nothing too")
    func refusals() throws {
        let valid = try InspectorRules.validate(Self.draft())
        let id = InspectorID(rawValue: UUID())
        #expect(throws: InspectorError.certificateTaken(valid.certificateNumber)) {
            try InspectorRules.add(valid, id: id, in: Self.pudong, certificateTaken: true, by: Self.actor, at: .t0)
        }
        let (inspector, event) = try InspectorRules.add(valid, id: id, in: Self.pudong, certificateTaken: false, by: Self.actor, at: .t0)
        #expect(event.subject == .init(kind: "inspector", id: id.description))
        #expect(event.fields["certificateNumber"] == "ZF3101150001")
        #expect(throws: InspectorError.unchanged) {
            try InspectorRules.update(inspector, to: valid, certificateTaken: false, by: Self.actor, at: .t0)
        }
    }

    @Test("declared conflicts keep an inspector away from the enterprise")
    func conflicts() throws {
        let code = try UnifiedSocialCreditCode(validating: Self.enterprise)
        let valid = try InspectorRules.validate(Self.draft(conflicts: [Self.enterprise, Self.enterprise]))
        let (inspector, event) = try InspectorRules.add(valid, id: InspectorID(rawValue: UUID()), in: Self.pudong, certificateTaken: false, by: Self.actor, at: .t0)
        #expect(inspector.conflicts == [code])
        #expect(inspector.hasConflict(with: code))
        #expect(event.fields["conflicts"] == Self.enterprise)
    }
}
