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

extension UnifiedSocialCreditCodeError {
    /// The reason in words, for the field that held the code.
    public func text(_ language: Language) -> String {
        let reason = switch self {
        case .wrongLength(let count): Phrase.creditCodeWrongLength(count: count)
        case .illegalCharacter(let character, let position): Phrase.creditCodeIllegalCharacter(character: character, position: position)
        case .nonDigitInDivisionCode(_, let position): Phrase.creditCodeDivisionDigit(position: position)
        case .wrongCheckCharacter(let expected, let actual): Phrase.creditCodeCheckCharacter(expected: expected, actual: actual)
        case .wrongOrganisationCodeCheck(let expected, let actual): Phrase.creditCodeOrganisationCheck(expected: expected, actual: actual)
        }
        return reason.text(language)
    }
}
