/// 统一社会信用代码 — unified social credit code, the 18-character identity
/// of every enterprise and organisation in China (GB 32100-2015).
///
/// Layout, 1-based positions:
/// - 1: 登记管理部门代码, registration authority (9 = 工商/市场监管, 1 = 机构编制,
///   5 = 民政, Y = other, …);
/// - 2: 机构类别代码, organisation type within that authority (for 9: 1 企业,
///   2 个体工商户, 3 农民专业合作社);
/// - 3–8: 登记管理机关行政区划码, the registering office's administrative
///   division code (GB/T 2260), six digits;
/// - 9–17: 主体标识码, the organisation code (组织机构代码, GB 11714), whose
///   ninth character is its own check character;
/// - 18: the check character over positions 1–17.
///
/// Only the 18th check character is enforced by default. The embedded
/// GB 11714 check holds for codes converted from an old organisation code
/// and for the vast majority of codes issued since, but codes assigned to
/// individual businesses (个体工商户) are not required to carry a GB 11714
/// organisation code, and rejecting a code printed on a genuine business
/// licence would lock an enterprise out of applying. `hasValidOrganisationCodeCheck`
/// exposes the result, and `init(validating:enforcingOrganisationCodeCheck:)`
/// can demand it where data quality matters more (e.g. demo data).
public struct UnifiedSocialCreditCode: Hashable, Sendable {
    /// The 18 characters, upper case, exactly as validated.
    public let rawValue: String

    /// The 31 characters a code may contain: digits and capital letters
    /// without I, O, S, V, Z (too easily misread). A character's value is its
    /// index here.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// Weights of positions 1–17 for the 18th check character: 3^i mod 31.
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Validates `text` exactly as given: no trimming, no case folding (use
    /// `normalizedInput(_:)` first for text typed by a person).
    public init(
        validating text: String,
        enforcingOrganisationCodeCheck: Bool = false
    ) throws(UnifiedSocialCreditCodeError) {
        let characters = Array(text)
        guard characters.count == 18 else { throw .wrongLength(characters.count) }
        var values: [Int] = []
        values.reserveCapacity(18)
        for (offset, character) in characters.enumerated() {
            guard let value = Self.alphabet.firstIndex(of: character) else {
                throw .illegalCharacter(character, position: offset + 1)
            }
            values.append(value)
        }
        for position in 3...8 where values[position - 1] > 9 {
            throw .nonDigitInDivisionCode(characters[position - 1], position: position)
        }
        let expected = Self.checkCharacter(values: values[0..<17])
        guard characters[17] == expected else {
            throw .wrongCheckCharacter(expected: expected, actual: characters[17])
        }
        if enforcingOrganisationCodeCheck {
            // Every alphabet character is a digit or capital letter, so the
            // GB 11714 check always exists here.
            let expectedOrganisation = OrganisationCodeCheck.checkCharacter(for: characters[8..<16])!
            guard characters[16] == expectedOrganisation else {
                throw .wrongOrganisationCodeCheck(expected: expectedOrganisation, actual: characters[16])
            }
        }
        rawValue = text
    }

    /// Trims surrounding spaces and upper-cases ASCII letters, the two
    /// harmless differences in codes typed or pasted by people. Everything
    /// else (inner spaces, full-width characters, I/O/S/V/Z) is left for
    /// validation to reject.
    public static func normalizedInput(_ text: String) -> String {
        var characters = Substring(text)
        while characters.first?.isWhitespace == true { characters.removeFirst() }
        while characters.last?.isWhitespace == true { characters.removeLast() }
        return String(characters.map { $0.isASCII ? Character($0.uppercased()) : $0 })
    }

    /// The 18th character for the given 17: 31 − (Σ value × weight mod 31),
    /// where 31 becomes 0. Returns nil unless given 17 alphabet characters.
    public static func checkCharacter(forFirst17 prefix: String) -> Character? {
        let values = prefix.compactMap { alphabet.firstIndex(of: $0) }
        guard prefix.count == 17, values.count == 17 else { return nil }
        return checkCharacter(values: values[...])
    }

    static func checkCharacter(values: ArraySlice<Int>) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return alphabet[(31 - sum % 31) % 31]
    }
}

// MARK: - Parts

extension UnifiedSocialCreditCode {
    private var characters: [Character] { Array(rawValue) }

    /// Position 1: 登记管理部门代码.
    public var registrationAuthority: Character { characters[0] }

    /// Position 2: 机构类别代码.
    public var organisationType: Character { characters[1] }

    /// Positions 3–8: 登记管理机关行政区划码, e.g. `310000` for Shanghai.
    public var divisionCode: String { String(characters[2..<8]) }

    /// Positions 9–17: 主体标识码 / 组织机构代码, including its own check character.
    public var organisationCode: String { String(characters[8..<17]) }

    /// Position 18.
    public var checkCharacter: Character { characters[17] }

    /// Whether the embedded organisation code satisfies GB 11714 (see the
    /// type's documentation for why this is not enforced by default).
    public var hasValidOrganisationCodeCheck: Bool {
        let code = characters[8..<17]
        return code.last == OrganisationCodeCheck.checkCharacter(for: code.dropLast())
    }

    /// Whether the code was issued by a market-supervision (formerly 工商)
    /// registry: registration authority `9`. These are the enterprises the
    /// production-licence system deals with.
    public var isMarketRegistered: Bool { registrationAuthority == "9" }
}

extension UnifiedSocialCreditCode: CustomStringConvertible {
    public var description: String { rawValue }
}

extension UnifiedSocialCreditCode: Codable {
    /// Encoded as the bare 18-character string; decoding validates it (the
    /// 18th check only, as the default initialiser does).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(validating: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Invalid unified social credit code: \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
