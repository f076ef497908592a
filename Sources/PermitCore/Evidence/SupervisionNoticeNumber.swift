/// 监管通知书编号 — the number of the notice a follow-up supervision check
/// is carried out under, which names that check's audio-visual files
/// (REC-7). Bureaus write it in their own document style, such as
/// `沪市监认〔2026〕第0012号`, so any text is kept as given; only its file
/// name form is restricted.
public struct SupervisionNoticeNumber: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public static let maximumLength = 64

    public init(_ text: String) throws(SupervisionNoticeNumberError) {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { throw .empty }
        guard trimmed.textLength <= Self.maximumLength else { throw .tooLong(maximum: Self.maximumLength) }
        guard !Self.fileNameStem(trimmed).isEmpty else { throw .nothingUsableInFileName }
        self.text = trimmed
    }

    public var description: String { text }

    /// The number with every character outside ASCII letters, digits and
    /// Chinese characters turned into a hyphen, runs of hyphens joined and
    /// none at either end: `沪市监认-2026-第0012号`. Brackets, slashes,
    /// spaces and dots go, so the name cannot climb out of a folder, hide an
    /// extension or upset a shell; the characters kept are ones every file
    /// system of the bureaus' machines stores.
    public var fileNameStem: String { Self.fileNameStem(text) }

    private static func fileNameStem(_ text: String) -> String {
        var stem = ""
        for scalar in text.unicodeScalars {
            if isKept(scalar) {
                stem.unicodeScalars.append(scalar)
            } else if !stem.isEmpty, !stem.hasSuffix("-") {
                stem += "-"
            }
        }
        while stem.hasSuffix("-") { stem.removeLast() }
        return stem
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        // CJK Unified Ideographs and Extension A: the characters of
        // Chinese document numbers, none of them punctuation.
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: true
        default: false
        }
    }
}

public enum SupervisionNoticeNumberError: Error, Hashable, Sendable {
    case empty
    case tooLong(maximum: Int)
    /// Nothing would be left of it in a file name (only punctuation).
    case nothingUsableInFileName
}
