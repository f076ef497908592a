import Foundation

/// Base64 that accepts only the canonical padded form.
///
/// Checkpoints and notes are signed as text, so two spellings of the same
/// bytes (missing padding, non-zero pad bits, embedded whitespace) must not
/// both be accepted: a verifier would otherwise disagree with a byte-exact
/// comparison elsewhere. Decoding therefore re-encodes and compares.
enum StrictBase64 {
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        guard let data = Data(base64Encoded: String(text)) else { return nil }
        guard data.base64EncodedString() == text else { return nil }
        return Array(data)
    }

    static func encode(_ bytes: some Collection<UInt8>) -> String {
        Data(bytes).base64EncodedString()
    }
}

/// Hexadecimal without Foundation formatters, which are locale-aware and slow
/// for something this simple.
public enum HexCoding {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Lowercase hex, two digits a byte.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Accepts either case; returns nil for odd length or a non-hex character.
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 2)
        var index = 0
        while index < chars.count {
            guard let high = value(of: chars[index]), let low = value(of: chars[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    /// Key IDs are written in lowercase only, so that each has one spelling.
    static func isLowercaseDigit(_ char: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(char) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(char)
    }

    private static func value(of char: UInt8) -> UInt8? {
        switch char {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): char - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): char - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): char - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// Canonical unsigned decimal: digits only, no sign, no leading zero except
/// for "0" itself, and within `UInt64`.
///
/// `UInt64.init(_:)` alone would accept "+5" and "007"; a checkpoint size must
/// have exactly one spelling so signatures cannot be replayed over variants.
enum CanonicalDecimal {
    static func parse(_ text: some StringProtocol) -> UInt64? {
        let chars = Array(text.utf8)
        guard !chars.isEmpty, chars.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        guard chars.count == 1 || chars[0] != UInt8(ascii: "0") else { return nil }
        return UInt64(String(text))
    }
}

/// Line handling shared by signed notes and checkpoints, done on Unicode
/// scalars because Swift's `Character` treats "\r\n" as one newline and
/// would blur exactly the distinctions a signature depends on.
enum NoteText {
    /// Splits text ending in U+000A into its lines; nil without that ending.
    static func lines(of text: String) -> [String]? {
        guard text.unicodeScalars.last == "\n" else { return nil }
        return text.unicodeScalars.dropLast()
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
    }

    /// Signed notes allow no ASCII control character except newline.
    static func hasOnlyAllowedCharacters(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }
    }
}
