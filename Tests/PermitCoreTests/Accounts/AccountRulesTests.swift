import Foundation
import PermitCore
import PermitTestSupport
import Testing

@Suite("AccountRules — creating and disabling accounts")
struct AccountRulesTests {
    static let valid = AccountDraft(
        username: "Li.Min", displayName: "李敏", role: "district_officer", district: "310115", password: "correct horse"
    )

    @Test("a valid draft is accepted and the name is folded to lower case")
    func valid() throws {
        let account = try AccountRules.validate(Self.valid)
        #expect(account.username.rawValue == "li.min")
        #expect(account.role == .districtOfficer)
        #expect(account.district?.rawValue == "310115")
    }

    @Test("every bad field is reported at once")
    func allIssues() {
        let draft = AccountDraft(username: "a b", displayName: "", role: "king", district: "31", password: "short")
        #expect(throws: InvalidInput([
            FieldIssue(field: "username", problem: .invalidFormat),
            FieldIssue(field: "displayName", problem: .missing),
            FieldIssue(field: "role", problem: .unknownValue("king")),
            FieldIssue(field: "district", problem: .invalidFormat),
            FieldIssue(field: "password", problem: .tooShort(minimum: 10)),
        ])) { try AccountRules.validate(draft) }
    }

    @Test("an enterprise, lab or reviewer account names its organisation by credit code; other roles name none; the ledger shows it only when set")
    func organisation() throws {
        var draft = AccountDraft(
            username: "shifan", displayName: "上海示范电缆有限公司", role: "enterprise", district: nil, password: "correct horse",
            organisation: " 91310115ma1h7gkx3t "
        )
        let account = try AccountRules.validate(draft)
        #expect(account.organisation?.rawValue == "91310115MA1H7GKX3T")
        let (user, event) = try AccountRules.create(account, id: UserID(rawValue: UUID()), usernameTaken: false, districtExists: true, by: .system("t"), at: .t0)
        #expect(user.organisation == account.organisation)
        #expect(event.fields["organisation"] == "91310115MA1H7GKX3T")
        #expect(AccountRules.ledgerFields(of: try AccountRules.validate(Self.valid).asUser).keys.contains("organisation") == false)

        draft.organisation = "91310115MA1H7GKX3A"
        #expect(throws: InvalidInput([FieldIssue(field: "organisation", problem: .creditCode(.wrongCheckCharacter(expected: "T", actual: "A")))])) {
            try AccountRules.validate(draft)
        }
        draft.role = "auditor"
        draft.organisation = "91310115MA1H7GKX3T"
        #expect(throws: InvalidInput([FieldIssue(field: "organisation", problem: .notAllowed)])) { try AccountRules.validate(draft) }
        // A reviewer works for a review agency and acts on the cases assigned to it.
        draft.role = "reviewer"
        #expect(try AccountRules.validate(draft).organisation?.rawValue == "91310115MA1H7GKX3T")
    }

    @Test("district staff must name their district")
    func districtRequired() {
        var draft = Self.valid
        draft.district = nil
        #expect(throws: InvalidInput([FieldIssue(field: "district", problem: .missing)])) { try AccountRules.validate(draft) }
    }

    @Test("a password bcrypt would cut is refused")
    func longPassword() {
        var draft = Self.valid
        draft.password = String(repeating: "密", count: 30)
        #expect(throws: InvalidInput([FieldIssue(field: "password", problem: .tooLong(maximum: 72))])) { try AccountRules.validate(draft) }
    }

    @Test("creation yields the user and its ledger event, without password material")
    func creation() throws {
        let account = try AccountRules.validate(Self.valid)
        let (user, event) = try AccountRules.create(
            account, id: UserID(rawValue: UUID()), usernameTaken: false, districtExists: true, by: .system("test"), at: .t0
        )
        #expect(user.isActive)
        #expect(event.kind == .userCreated)
        #expect(event.subject == .init(kind: "user", id: user.id.description))
        #expect(event.occurredAt == .t0)
        #expect(event.fields["role"] == "district_officer")
        #expect(!event.fields.values.contains(Self.valid.password))
    }

    @Test("a taken name or an unknown district is refused")
    func refusals() throws {
        let account = try AccountRules.validate(Self.valid)
        let id = UserID(rawValue: UUID())
        #expect(throws: AccountError.usernameTaken(account.username)) {
            try AccountRules.create(account, id: id, usernameTaken: true, districtExists: true, by: .system("t"), at: .t0)
        }
        #expect(throws: AccountError.unknownDistrict(account.district!)) {
            try AccountRules.create(account, id: id, usernameTaken: false, districtExists: false, by: .system("t"), at: .t0)
        }
    }

    @Test("nobody disables their own account")
    func disableSelf() throws {
        let account = try AccountRules.validate(Self.valid)
        let (user, _) = try AccountRules.create(
            account, id: UserID(rawValue: UUID()), usernameTaken: false, districtExists: true, by: .system("t"), at: .t0
        )
        #expect(throws: AccountError.cannotDisableSelf) { try AccountRules.disable(user, by: .user(user.username), at: .t0) }
        let (disabled, event) = try AccountRules.disable(user, by: .system("cli"), at: .t0)
        #expect(!disabled.isActive)
        #expect(event.fields["active"] == "false")
    }

    @Test("district codes are six digits", arguments: ["310115", "000000"])
    func districtCodes(code: String) {
        #expect(DistrictCode(rawValue: code) != nil)
    }

    @Test("anything else is not a district code", arguments: ["31011", "3101150", "31011a", "３１０１１５", ""])
    func badDistrictCodes(code: String) {
        #expect(DistrictCode(rawValue: code) == nil)
    }

    @Test("district validation names each bad field")
    func districtValidation() {
        #expect(throws: InvalidInput([
            FieldIssue(field: "code", problem: .invalidFormat),
            FieldIssue(field: "name", problem: .missing),
            FieldIssue(field: "level", problem: .unknownValue("province")),
        ])) { try AccountRules.validate(districtCode: "12", name: " ", level: "province") }
    }

    @Test("a name's length is counted in code points, as the API document's maxLength counts it")
    func districtNameLengthInCodePoints() throws {
        let joined = String(repeating: "e\u{301}", count: 21)  // 21 characters on screen, 42 code points
        #expect(joined.count == 21)
        #expect(throws: InvalidInput([FieldIssue(field: "name", problem: .tooLong(maximum: 40))])) {
            try AccountRules.validate(districtCode: "310115", name: joined, level: "district")
        }
        #expect(try AccountRules.validate(districtCode: "310115", name: String(repeating: "浦", count: 40), level: "district").name.count == 40)
    }
}

private extension ValidAccount {
    var asUser: User {
        User(id: UserID(rawValue: UUID()), username: username, displayName: displayName, role: role, district: district,
             isActive: true, createdAt: .t0, organisation: organisation)
    }
}
