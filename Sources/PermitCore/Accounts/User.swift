import Foundation

/// The identity of an account inside the system; people see the username.
public typealias UserID = Identifier<User>

/// An account as the domain sees it: no password material, which stays in the
/// store and never travels with the user.
public struct User: Hashable, Codable, Sendable {
    public var id: UserID
    public var username: Username
    public var displayName: String
    public var role: Role
    public var district: DistrictCode?
    public var isActive: Bool
    public var createdAt: Date
    /// Set when an administrator reset the password: the user must choose
    /// their own at the next sign-in before doing anything else.
    public var mustChangePassword: Bool
    /// 所属单位 — the enterprise, lab or review agency an enterprise, lab or
    /// reviewer account speaks for, by its 统一社会信用代码.
    public var organisation: UnifiedSocialCreditCode?

    public init(
        id: UserID, username: Username, displayName: String, role: Role,
        district: DistrictCode?, isActive: Bool, createdAt: Date, mustChangePassword: Bool = false,
        organisation: UnifiedSocialCreditCode? = nil
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.district = district
        self.isActive = isActive
        self.createdAt = createdAt
        self.mustChangePassword = mustChangePassword
        self.organisation = organisation
    }
}
