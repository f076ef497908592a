/// A redirect target taken from a request (`?next=…`, a form field) that is
/// certain to stay on this site.
///
/// Browsers read a `Location` leniently: they drop tabs and line breaks
/// anywhere, strip leading and trailing control characters and spaces, and
/// treat `\` like `/`. So `/\t/evil.example` becomes `//evil.example`, another
/// origin. Rather than imitate each browser's cleaning, anything a browser
/// might clean is refused: only a path starting with exactly one `/`, with no
/// backslash, whitespace, control or invisible formatting character, is kept.
public struct SameSitePath: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init?(_ candidate: String) {
        guard candidate.hasPrefix("/"), !candidate.dropFirst().hasPrefix("/"),
              !candidate.unicodeScalars.contains(where: Self.isRefused)
        else { return nil }
        rawValue = candidate
    }

    /// Where a refused or missing target goes instead.
    public static let home = SameSitePath("/home")!

    /// The candidate if it is a same-site path, else `fallback`.
    public static func resolve(_ candidate: String?, fallback: SameSitePath = .home) -> SameSitePath {
        candidate.flatMap(SameSitePath.init) ?? fallback
    }

    public var description: String { rawValue }

    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\\" { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .privateUse, .unassigned:
            return true
        default:
            return scalar.properties.isWhitespace
        }
    }
}
