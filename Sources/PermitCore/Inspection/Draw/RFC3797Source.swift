import Foundation

/// One source of randomness as RFC 3797 §4 writes it into the key string: a
/// set of numbers (a lottery draw) or a string (a ledger checkpoint root).
///
/// The value an officer enters is read by one rule, the same in the server,
/// the published file and `permittrail draw rfc3797`, so a source always
/// becomes the same key part:
/// - the text is first NFKC-normalised, so full-width digits, letters and
///   spaces from a Chinese input method read as their ASCII forms;
/// - if it splits (on white space and commas) into tokens that are all ASCII
///   digits, it is a set of numbers: each written in decimal without leading
///   zeros ("0" stays "0"), the set sorted ascending by value (not as text:
///   8 before 10) with repeats kept, each followed by "." and the source by
///   "/" — `2 5 12 8 10` becomes `2.5.8.10.12./` as in the RFC's example;
/// - tokens that are digits with a decimal point are refused
///   (``DrawError/fractionalNumber(_:)``);
/// - anything else is a string: only letters and decimal digits are kept
///   (spaces and punctuation, and so the "." and "/" that delimit the key,
///   are dropped), ASCII letters upper-cased so a hex root reads the same in
///   either case, then "/" — `ab12-CD 34` becomes `AB12CD34/`. Chinese
///   letters are kept as they are (UTF-8 in the key).
public enum RFC3797Source: Hashable, Sendable {
    /// Canonical decimal digit strings, sorted ascending by value.
    case numbers([String])
    /// The kept letters and digits, ASCII letters upper-cased.
    case text(String)

    public init(parsing value: String) throws(DrawError) {
        let normalized = value.precomposedStringWithCompatibilityMapping
        let tokens = normalized.split { $0.isWhitespace || $0 == "," }.map(String.init)
        if !tokens.isEmpty, tokens.allSatisfy(Self.isDigits) {
            self = .numbers(tokens.map(Self.withoutLeadingZeros).sorted(by: Self.numericallyBefore))
            return
        }
        if !tokens.isEmpty, let fraction = tokens.first(where: Self.isFraction), tokens.allSatisfy({ Self.isDigits($0) || Self.isFraction($0) }) {
            throw .fractionalNumber(fraction)
        }
        var kept = String.UnicodeScalarView()
        for scalar in normalized.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber {
            kept.append(scalar.isASCII ? (Unicode.Scalar(String(scalar).uppercased()) ?? scalar) : scalar)
        }
        self = .text(String(kept))
    }

    /// The source's part of the key string.
    public var keyPart: String {
        switch self {
        case .numbers(let numbers): numbers.map { $0 + "." }.joined() + "/"
        case .text(let text): text + "/"
        }
    }

    var isEmpty: Bool {
        switch self {
        case .numbers(let numbers): numbers.isEmpty
        case .text(let text): text.isEmpty
        }
    }

    private static func isDigits(_ token: String) -> Bool {
        !token.isEmpty && token.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    private static func isFraction(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { isDigits(String($0)) }
    }

    private static func withoutLeadingZeros(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    /// Values of any length (a ledger root read as digits may exceed 64
    /// bits): without leading zeros, the shorter is smaller.
    private static func numericallyBefore(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count != rhs.utf8.count ? lhs.utf8.count < rhs.utf8.count : lhs < rhs
    }
}
