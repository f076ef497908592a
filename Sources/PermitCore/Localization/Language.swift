import Foundation

/// A language the interface speaks. Chinese is the default; English is
/// for foreign-invested enterprises and visitors.
public enum Language: String, CaseIterable, Codable, Sendable {
    case zhHans = "zh-Hans"
    case en

    public static let `default` = Language.zhHans

    /// The BCP 47 tag for `lang=` attributes and `Content-Language`.
    public var tag: String { rawValue }

    /// Picks the best language from an `Accept-Language` header value, honouring
    /// q-values; any `zh` variant maps to zh-Hans, any `en` to English.
    public static func preferred(fromAcceptLanguage header: String?) -> Language {
        guard let header else { return .default }
        let ranked = header.split(separator: ",").compactMap { part -> (Language, Double)? in
            let pieces = part.split(separator: ";").map { String($0).trimmingWhitespace() }
            guard let tag = pieces.first?.lowercased(), let language = Language(matching: tag) else { return nil }
            let quality = pieces.dropFirst()
                .first { $0.hasPrefix("q=") }
                .flatMap { Double($0.dropFirst(2)) } ?? 1
            return (language, quality)
        }
        // A stable sort keeps the header's order among equal q-values.
        return ranked.enumerated()
            .sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }
            .first?.element.0 ?? .default
    }

    /// Matches a language tag or a bare code (`zh-CN`, `zh-hans`, `en-US`, `en`).
    public init?(matching tag: String) {
        let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? ""
        switch primary {
        case "zh": self = .zhHans
        case "en": self = .en
        default: return nil
        }
    }
}
