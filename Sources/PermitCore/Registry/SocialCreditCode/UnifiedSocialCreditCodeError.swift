/// Precisely why a text is not a valid unified social credit code, so the
/// form can say "第 7 位不能是字母 O" instead of "invalid".
public enum UnifiedSocialCreditCodeError: Error, Hashable, Sendable {
    /// Not 18 characters; carries the length found.
    case wrongLength(Int)
    /// A character outside `0-9 A-H J-N P-R T U W-Y` (1-based position).
    case illegalCharacter(Character, position: Int)
    /// Positions 3–8 (administrative division) must be digits.
    case nonDigitInDivisionCode(Character, position: Int)
    /// The 18th character does not match positions 1–17.
    case wrongCheckCharacter(expected: Character, actual: Character)
    /// The organisation code's own GB 11714 check (position 17) does not
    /// match, when that check is enforced.
    case wrongOrganisationCodeCheck(expected: Character, actual: Character)
}
