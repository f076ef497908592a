import Foundation

/// The identity of a domain thing inside the system, typed by what it names,
/// so a user's id can never be passed where an enterprise's is expected.
/// One string coding for all of them: the UUID in lower case, which is how
/// ids appear in URLs, ledger entries and JSON; reading accepts either case.
public struct Identifier<Tag>: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: UUID
    public init(rawValue: UUID) { self.rawValue = rawValue }

    public init?(_ text: String) {
        guard let uuid = UUID(uuidString: text) else { return nil }
        rawValue = uuid
    }

    public var description: String { rawValue.uuidString.lowercased() }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}

extension Identifier: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = Self(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a UUID: \(text)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Where new identifiers come from: random in production, counted in tests
/// and the demo, so their output is the same on every run.
public protocol IdentifierSource: Sendable {
    func next() -> UUID
}

extension IdentifierSource {
    public func next<Tag>(_: Identifier<Tag>.Type = Identifier<Tag>.self) -> Identifier<Tag> {
        Identifier(rawValue: next())
    }
}

/// Version 4 UUIDs from the system's generator.
public struct RandomIdentifiers: IdentifierSource {
    public init() {}
    public func next() -> UUID { UUID() }
}
