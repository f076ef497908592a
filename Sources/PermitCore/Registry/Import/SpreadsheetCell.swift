/// Guards exported CSV cells against formula injection (OWASP, "CSV
/// Injection"): Excel and WPS run a cell that starts with `=`, `+`, `-` or
/// `@` (and, after trimming, tab or carriage return) as a formula, so a
/// registered name such as `=HYPERLINK(…)` would run on the bureau's desktop.
///
/// Such a cell is written with a leading apostrophe, which spreadsheets show
/// as text. An import removes exactly that apostrophe again, so an export
/// imports back to the same values. A value that itself starts with
/// apostrophes before a trigger gains one more, which keeps the mapping
/// reversible for every string.
public enum SpreadsheetCell {
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
    private static let guardMark: Character = "'"

    /// The value as written to an exported file.
    public static func neutralised(_ value: String) -> String {
        needsGuard(value[...]) ? String(guardMark) + value : value
    }

    /// The value an imported cell stands for.
    public static func restored(_ cell: String) -> String {
        guard cell.first == guardMark, needsGuard(cell.dropFirst()) else { return cell }
        return String(cell.dropFirst())
    }

    private static func needsGuard(_ value: Substring) -> Bool {
        guard let first = value.first else { return false }
        if triggers.contains(first) { return true }
        return first == guardMark && needsGuard(value.dropFirst())
    }
}
