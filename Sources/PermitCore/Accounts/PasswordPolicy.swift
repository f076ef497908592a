/// What a new password must satisfy. Length is what matters most against
/// guessing; the throttle (`LoginThrottle`) and bcrypt do the rest.
public enum PasswordPolicy {
    public static let minimumLength = 10
    /// bcrypt reads at most 72 bytes; a longer password would silently be cut.
    public static let maximumBytes = 72

    public static func check(_ password: String) -> FieldProblem? {
        if password.count < minimumLength { return .tooShort(minimum: minimumLength) }
        if password.utf8.count > maximumBytes { return .tooLong(maximum: maximumBytes) }
        return nil
    }
}
