/// Why an account operation was refused.
public enum AccountError: Error, Hashable, Sendable {
    case usernameTaken(Username)
    case districtTaken(DistrictCode)
    case unknownDistrict(DistrictCode)
    case unknownUser(Username)
    /// Deliberately does not say whether the name or the password was wrong.
    case invalidCredentials
    case throttled(retryAfterSeconds: Int)
    case cannotDisableSelf
    /// An administrator changes their own password knowing the current one.
    case cannotResetOwnPassword
    /// Changing one's own password takes the current one, and it was wrong.
    case wrongCurrentPassword
}
