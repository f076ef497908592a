/// A six-digit administrative division code (行政区划代码), e.g. `310115` for
/// 浦东新区. Districts are data: a bureau adds its own.
public struct DistrictCode: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts exactly six ASCII digits; anything else is not a division code.
    public init?(rawValue: String) {
        guard rawValue.utf8.count == 6, rawValue.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return nil
        }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let code = DistrictCode(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a district code"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A market-supervision bureau's area of responsibility.
public struct District: Hashable, Codable, Sendable {
    /// 市级 or 区/县级 — the city bureau oversees every district bureau.
    public enum Level: String, Codable, Sendable, CaseIterable {
        case city
        case district
    }

    public var code: DistrictCode
    public var name: String
    public var level: Level

    public init(code: DistrictCode, name: String, level: Level) {
        self.code = code
        self.name = name
        self.level = level
    }
}
