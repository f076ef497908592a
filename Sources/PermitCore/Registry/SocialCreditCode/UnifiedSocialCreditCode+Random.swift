extension UnifiedSocialCreditCode {
    /// A valid random code for demo and test data.
    ///
    /// The generator is passed in (a seeded one in tests and seed scripts) so
    /// the same seed always gives the same enterprises. The organisation code
    /// is drawn so that it also passes GB 11714, making the result valid under
    /// either validation mode.
    ///
    /// - Parameters:
    ///   - registrationAuthority: position 1, default `9` (market supervision).
    ///   - organisationType: position 2, default `1` (enterprise).
    ///   - divisionCode: positions 3–8, default `310000` (Shanghai).
    /// - Throws: the validation error for a prefix that cannot start a code.
    public static func random(
        using generator: inout some RandomNumberGenerator,
        registrationAuthority: Character = "9",
        organisationType: Character = "1",
        divisionCode: String = "310000"
    ) throws(UnifiedSocialCreditCodeError) -> UnifiedSocialCreditCode {
        // The organisation code body is drawn from the code alphabet, all of
        // whose characters have a GB 11714 value, so its check always exists.
        let body = (0..<8).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] }
        let organisationCheck = OrganisationCodeCheck.checkCharacter(for: body)!
        let prefix = String([registrationAuthority, organisationType]) + divisionCode
            + String(body) + String(organisationCheck)
        // Validate the caller's parts with the ordinary rules; a placeholder
        // 18th character lets length and character errors surface first.
        let check = checkCharacter(forFirst17: prefix) ?? "0"
        return try UnifiedSocialCreditCode(validating: prefix + String(check), enforcingOrganisationCodeCheck: true)
    }
}
