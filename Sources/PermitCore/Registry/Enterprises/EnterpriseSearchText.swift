extension EnterpriseRules {
    /// Whether a search text is a whole unified social credit code or licence
    /// number, which names one enterprise by itself.
    ///
    /// Such a text is looked up, not also looked for inside names: no name
    /// carries an identifier, and searching for one inside names would scan
    /// every name.
    public static func isWholeIdentifier(_ text: String) -> Bool {
        if (try? UnifiedSocialCreditCode(validating: UnifiedSocialCreditCode.normalizedInput(text))) != nil { return true }
        return (try? LicenseNumber(parsing: text)) != nil
    }
}
