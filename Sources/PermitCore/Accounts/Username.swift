/// A login name: 3 to 32 characters of ASCII letters, digits, `.`, `_` or `-`,
/// compared case-insensitively, so `Zhang.Wei` and `zhang.wei` are one account.
public struct Username: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public static let allowedLength = 3...32

    public let rawValue: String

    public init?(rawValue: String) {
        let lowered = rawValue.lowercased()
        guard Self.allowedLength.contains(lowered.utf8.count),
              lowered.utf8.allSatisfy(Self.isAllowed)
        else { return nil }
        self.rawValue = lowered
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let name = Username(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a username"))
        }
        self = name
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
