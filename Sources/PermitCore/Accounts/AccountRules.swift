import Foundation

/// What a person typed to create an account, before any check.
public struct AccountDraft: Sendable {
    public var username: String
    public var displayName: String
    public var role: String
    public var district: String?
    public var password: String
    /// The organisation's credit code, for enterprise and agency accounts.
    public var organisation: String?

    public init(username: String, displayName: String, role: String, district: String?, password: String, organisation: String? = nil) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.district = district
        self.password = password
        self.organisation = organisation
    }
}

/// An account draft whose every field has the right form. Whether the name is
/// free and the district exists is for the store to answer, inside the same
/// transaction that writes the account.
public struct ValidAccount: Sendable {
    public var username: Username
    public var displayName: String
    public var role: Role
    public var district: DistrictCode?
    public var password: String
    public var organisation: UnifiedSocialCreditCode?
}

/// The rules for accounts and districts; pure, so every branch is tested
/// without a database.
public enum AccountRules {
    public static let displayNameLength = 1...64
    public static let districtNameLength = 1...40

    /// Checks every field and reports all problems at once.
    public static func validate(_ draft: AccountDraft) throws(InvalidInput) -> ValidAccount {
        var issues: [FieldIssue] = []
        let username = Username(rawValue: draft.username.trimmingWhitespace())
        if draft.username.isEmpty {
            issues.append(FieldIssue(field: "username", problem: .missing))
        } else if username == nil {
            issues.append(FieldIssue(field: "username", problem: .invalidFormat))
        }
        let displayName = draft.displayName.trimmingWhitespaceAndNewlines()
        if let problem = TextRules.lengthProblem(displayName, allowed: displayNameLength) {
            issues.append(FieldIssue(field: "displayName", problem: problem))
        }
        let role = Role(rawValue: draft.role)
        if role == nil {
            issues.append(FieldIssue(field: "role", problem: .unknownValue(draft.role)))
        }
        let districtText = draft.district?.trimmingWhitespace() ?? ""
        var district: DistrictCode?
        if districtText.isEmpty {
            if role?.requiresDistrict == true { issues.append(FieldIssue(field: "district", problem: .missing)) }
        } else if let code = DistrictCode(rawValue: districtText) {
            district = code
        } else {
            issues.append(FieldIssue(field: "district", problem: .invalidFormat))
        }
        if let problem = PasswordPolicy.check(draft.password) {
            issues.append(FieldIssue(field: "password", problem: problem))
        }
        var organisation: UnifiedSocialCreditCode?
        let organisationText = UnifiedSocialCreditCode.normalizedInput(draft.organisation ?? "")
        if !organisationText.isEmpty {
            if let role, !role.belongsToOrganisation {
                issues.append(FieldIssue(field: "organisation", problem: .notAllowed))
            } else {
                do { organisation = try UnifiedSocialCreditCode(validating: organisationText) } catch {
                    issues.append(FieldIssue(field: "organisation", problem: .creditCode(error)))
                }
            }
        }
        try InvalidInput.check(issues)
        // Every optional above is non-nil once no issue was recorded for it.
        return ValidAccount(
            username: username!, displayName: displayName, role: role!, district: district, password: draft.password,
            organisation: organisation
        )
    }

    /// Creates the account once the store has answered the two questions only
    /// it can answer.
    public static func create(
        _ account: ValidAccount, id: UserID, usernameTaken: Bool, districtExists: Bool,
        by actor: ActorReference, at now: Date
    ) throws(AccountError) -> (User, DomainEvent) {
        if usernameTaken { throw .usernameTaken(account.username) }
        if let district = account.district, !districtExists { throw .unknownDistrict(district) }
        let user = User(
            id: id, username: account.username, displayName: account.displayName, role: account.role,
            district: account.district, isActive: true, createdAt: now, organisation: account.organisation
        )
        return (user, event(.userCreated, for: user, by: actor, at: now))
    }

    /// Disabling keeps the account and its history; it only ends the ability
    /// to sign in. Nobody disables themselves, so a bureau never locks out its
    /// last administrator by accident.
    public static func disable(_ user: User, by actor: ActorReference, at now: Date) throws(AccountError) -> (User, DomainEvent) {
        if actor == .user(user.username) { throw .cannotDisableSelf }
        var disabled = user
        disabled.isActive = false
        return (disabled, event(.userDisabled, for: disabled, by: actor, at: now))
    }

    /// Re-enabling restores the ability to sign in; nothing else changes.
    public static func enable(_ user: User, by actor: ActorReference, at now: Date) -> (User, DomainEvent) {
        var enabled = user
        enabled.isActive = true
        return (enabled, event(.userEnabled, for: enabled, by: actor, at: now))
    }

    /// A new password, checked against the policy. Set by the user, it is
    /// theirs; set by an administrator (a reset), the user must replace it at
    /// the next sign-in, since someone else has known it.
    public static func setPassword(
        _ user: User, to password: String, byOwner: Bool, by actor: ActorReference, at now: Date
    ) throws(InvalidInput) -> (User, DomainEvent) {
        if let problem = PasswordPolicy.check(password) {
            throw InvalidInput([FieldIssue(field: "password", problem: problem)])
        }
        var changed = user
        changed.mustChangePassword = !byOwner
        return (changed, event(byOwner ? .userPasswordChanged : .userPasswordReset, for: changed, by: actor, at: now))
    }

    /// A district's name, checked as when it was added; its code never changes.
    public static func rename(_ district: District, to name: String, by actor: ActorReference, at now: Date) throws(InvalidInput) -> (District, DomainEvent) {
        let (trimmedName, problem) = districtName(name)
        if let problem { throw InvalidInput([FieldIssue(field: "name", problem: problem)]) }
        var renamed = district
        renamed.name = trimmedName
        let event = DomainEvent(
            kind: .districtRenamed, actor: actor, subject: .init(kind: "district", id: district.code.rawValue), occurredAt: now,
            fields: ledgerFields(of: renamed)
        )
        return (renamed, event)
    }

    public static func validate(districtCode: String, name: String, level: String) throws(InvalidInput) -> District {
        var issues: [FieldIssue] = []
        let code = DistrictCode(rawValue: districtCode)
        if code == nil {
            issues.append(FieldIssue(field: "code", problem: districtCode.isEmpty ? .missing : .invalidFormat))
        }
        let (trimmedName, nameProblem) = districtName(name)
        if let nameProblem { issues.append(FieldIssue(field: "name", problem: nameProblem)) }
        let parsedLevel = District.Level(rawValue: level)
        if parsedLevel == nil {
            issues.append(FieldIssue(field: "level", problem: .unknownValue(level)))
        }
        try InvalidInput.check(issues)
        return District(code: code!, name: trimmedName, level: parsedLevel!)
    }

    /// A district name as kept (trimmed), and what is wrong with it, if anything.
    private static func districtName(_ name: String) -> (String, FieldProblem?) {
        let trimmed = name.trimmingWhitespaceAndNewlines()
        return (trimmed, TextRules.lengthProblem(trimmed, allowed: districtNameLength))
    }

    public static func add(_ district: District, codeTaken: Bool, by actor: ActorReference, at now: Date) throws(AccountError) -> DomainEvent {
        if codeTaken { throw .districtTaken(district.code) }
        return DomainEvent(
            kind: .districtAdded, actor: actor,
            subject: .init(kind: "district", id: district.code.rawValue), occurredAt: now,
            fields: ledgerFields(of: district)
        )
    }

    /// The ledger fields of a district.
    public static func ledgerFields(of district: District) -> [String: String] {
        ["name": district.name, "level": district.level.rawValue]
    }

    /// The ledger fields of a user: everything that defines the account except
    /// its password hash, which must never appear in an entry anyone can read.
    /// `mustChangePassword` and `organisation` appear only when set, so
    /// entries written before they existed still describe their rows.
    public static func ledgerFields(of user: User) -> [String: String] {
        [
            "username": user.username.rawValue,
            "displayName": user.displayName,
            "role": user.role.rawValue,
            "district": user.district?.rawValue ?? "",
            "active": user.isActive ? "true" : "false",
        ].merging(user.mustChangePassword ? ["mustChangePassword": "true"] : [:]) { old, _ in old }
            .merging(user.organisation.map { ["organisation": $0.rawValue] } ?? [:]) { old, _ in old }
    }

    private static func event(_ kind: DomainEvent.Kind, for user: User, by actor: ActorReference, at now: Date) -> DomainEvent {
        DomainEvent(
            kind: kind, actor: actor, subject: .init(kind: "user", id: user.id.description),
            occurredAt: now, fields: ledgerFields(of: user)
        )
    }
}
