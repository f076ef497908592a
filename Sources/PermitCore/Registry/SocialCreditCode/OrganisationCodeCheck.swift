/// The check character of a 组织机构代码 — organisation code (GB 11714-1997),
/// the 9-character code embedded at positions 9–17 of a unified social
/// credit code.
///
/// Character values: digits 0–9, letters A = 10 … Z = 35. Weights 3, 7, 9,
/// 10, 5, 8, 4, 2 over the first eight; check = 11 − (sum mod 11), written
/// `X` for 10 and `0` for 11.
enum OrganisationCodeCheck {
    static let weights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// The check character for eight body characters, or nil if one is not
    /// a digit or capital letter.
    static func checkCharacter(for body: some Collection<Character>) -> Character? {
        guard body.count == 8 else { return nil }
        var sum = 0
        for (character, weight) in zip(body, weights) {
            guard let value = value(of: character) else { return nil }
            sum += value * weight
        }
        switch 11 - sum % 11 {
        case 10: return "X"
        case 11: return "0"
        case let digit: return Character(String(digit))
        }
    }

    private static func value(of character: Character) -> Int? {
        guard let ascii = character.asciiValue else { return nil }
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(ascii - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(ascii - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }
}
