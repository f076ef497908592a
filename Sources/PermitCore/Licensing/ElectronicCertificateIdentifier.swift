/// 电子证照标识 (GB/T 36904): `1.2.156.3005.2.<type>.<issuer>.<serial>.<version>.<check>`,
/// the check character by ISO/IEC 7064 MOD 37,36 over type, issuer, serial
/// and version run together (NATIONAL-RULES.md §3.1, verified on real ones).
public struct ElectronicCertificateIdentifier: Hashable, Sendable, CustomStringConvertible {
    public static let root = "1.2.156.3005.2"
    /// The national type code of this licence is not published
    /// (NATIONAL-RULES.md: not found); the installation configures it.
    public let typeCode: String
    /// The issuing authority: its area code or its credit code.
    public let issuerCode: String
    public let serial: String
    /// 1 on first issue, one more on each reissue of the same certificate.
    public let version: Int

    public init(typeCode: String, issuerCode: String, serial: String, version: Int) throws(IdentifierError) {
        for (part, text) in [("type", typeCode), ("issuer", issuerCode), ("serial", serial)] {
            guard !text.isEmpty, text.allSatisfy({ Self.value(of: $0) != nil }) else { throw .invalidPart(part, text) }
        }
        guard (1...999).contains(version) else { throw .invalidPart("version", String(version)) }
        self.typeCode = typeCode
        self.issuerCode = issuerCode
        self.serial = serial
        self.version = version
    }

    public var versionText: String { version.zeroPadded(3) }

    public var checkCharacter: Character {
        Self.check(typeCode + issuerCode + serial + versionText)
    }

    public var description: String {
        "\(Self.root).\(typeCode).\(issuerCode).\(serial).\(versionText).\(checkCharacter)"
    }

    /// ISO/IEC 7064 MOD 37,36 (hybrid system): the character that makes the
    /// running product come out at 1. `text` holds only 0–9 and A–Z.
    public static func check(_ text: String) -> Character {
        var product = 36
        for character in text {
            var sum = (product + (value(of: character) ?? 0)) % 36
            if sum == 0 { sum = 36 }
            product = (sum * 2) % 37
        }
        return alphabet[(37 - product) % 36]
    }

    /// Whether `text` is a well-formed identifier whose check character is right.
    public static func isValid(_ text: String) -> Bool {
        guard text.hasPrefix(root + ".") else { return false }
        let parts = text.dropFirst(root.count + 1).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5, parts[3].count == 3, let version = Int(parts[3]), parts[4].count == 1,
              let identifier = try? Self(typeCode: parts[0], issuerCode: parts[1], serial: parts[2], version: version)
        else { return false }
        return identifier.description == text
    }

    private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    private static func value(of character: Character) -> Int? {
        alphabet.firstIndex(of: character)
    }

    public enum IdentifierError: Error, Hashable, Sendable {
        case invalidPart(String, String)
    }
}
