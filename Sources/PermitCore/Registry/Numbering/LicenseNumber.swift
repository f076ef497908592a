/// 生产许可证编号 — the number of an industrial product production licence.
///
/// Provincially issued: `(沪)XK13-014-00025` — the issuing region's short
/// name in parentheses, `XK` (许可), a 2-digit industry code, a 3-digit
/// product code and a 5-digit serial. Nationally issued licences carry no
/// region prefix: `XK13-014-00025`. One enterprise holds one certificate
/// with one number (一企一证、一证一号, LIC-8).
///
/// `description` writes ASCII parentheses. Parsing is strict about every
/// character except the parentheses, where the full-width `（）` that many
/// printed certificates use is accepted too.
public struct LicenseNumber: Hashable, Sendable {
    /// The issuing region; nil for a nationally issued licence.
    public let province: ProvinceAbbreviation?
    /// 行业代码, 00–99.
    public let industryCode: Int
    /// 产品代码, 000–999.
    public let productCode: Int
    /// 流水号, 00001–99999.
    public let serial: Int

    public init(
        province: ProvinceAbbreviation?, industryCode: Int, productCode: Int, serial: Int
    ) throws(LicenseNumberError) {
        guard (0...99).contains(industryCode) else { throw .valueOutOfRange(.industryCode, industryCode) }
        guard (0...999).contains(productCode) else { throw .valueOutOfRange(.productCode, productCode) }
        guard (1...99_999).contains(serial) else { throw .valueOutOfRange(.serial, serial) }
        self.province = province
        self.industryCode = industryCode
        self.productCode = productCode
        self.serial = serial
    }

    /// The parts of the number, in order; errors name the part that was wrong.
    public enum Component: String, Hashable, Sendable {
        case openingParenthesis, province, closingParenthesis, marker
        case industryCode, productCode, serial, hyphen, end
    }

    public init(parsing text: String) throws(LicenseNumberError) {
        var scanner = Scanner(Array(text))
        var province: ProvinceAbbreviation?
        if scanner.peek == "(" || scanner.peek == "（" {
            scanner.advance()
            guard let character = scanner.peek else { throw .malformed(expected: .province, position: scanner.position) }
            guard let parsed = ProvinceAbbreviation(character) else { throw .unknownProvince(character) }
            province = parsed
            scanner.advance()
            try scanner.expect([")", "）"], as: .closingParenthesis)
        }
        try scanner.expect(["X"], as: .marker)
        try scanner.expect(["K"], as: .marker)
        let industry = try scanner.digits(2, as: .industryCode)
        try scanner.expect(["-"], as: .hyphen)
        let product = try scanner.digits(3, as: .productCode)
        try scanner.expect(["-"], as: .hyphen)
        let serial = try scanner.digits(5, as: .serial)
        guard scanner.isAtEnd else { throw .malformed(expected: .end, position: scanner.position) }
        try self.init(province: province, industryCode: industry, productCode: product, serial: serial)
    }

    /// Reads the number left to right, reporting 1-based positions.
    private struct Scanner {
        let characters: [Character]
        var index = 0

        init(_ characters: [Character]) { self.characters = characters }

        var peek: Character? { index < characters.count ? characters[index] : nil }
        var position: Int { index + 1 }
        var isAtEnd: Bool { index == characters.count }

        mutating func advance() { index += 1 }

        mutating func expect(_ allowed: Set<Character>, as component: Component) throws(LicenseNumberError) {
            guard let character = peek, allowed.contains(character) else {
                throw .malformed(expected: component, position: position)
            }
            advance()
        }

        mutating func digits(_ count: Int, as component: Component) throws(LicenseNumberError) -> Int {
            var value = 0
            for _ in 0..<count {
                guard let character = peek, let digit = character.asciiValue,
                      digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9")
                else { throw .malformed(expected: component, position: position) }
                value = value * 10 + Int(digit - UInt8(ascii: "0"))
                advance()
            }
            return value
        }
    }
}

extension LicenseNumber: CustomStringConvertible {
    /// e.g. `(沪)XK13-014-00025`, or `XK13-014-00025` when nationally issued.
    public var description: String {
        let prefix = province.map { "(\($0.character))" } ?? ""
        return prefix + "XK" + industryCode.zeroPadded(2)
            + "-" + productCode.zeroPadded(3)
            + "-" + serial.zeroPadded(5)
    }
}

extension LicenseNumber: Codable {
    /// Encoded as the canonical string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Invalid licence number: \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Why a licence number cannot be built or parsed.
public enum LicenseNumberError: Error, Hashable, Sendable {
    /// At 1-based character `position` the text does not continue with `expected`.
    case malformed(expected: LicenseNumber.Component, position: Int)
    /// The character in the parentheses is no region's short name.
    case unknownProvince(Character)
    /// A part is outside its range (e.g. serial 00000).
    case valueOutOfRange(LicenseNumber.Component, Int)
}
