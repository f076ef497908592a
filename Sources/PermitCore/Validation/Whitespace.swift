extension String {
    /// The text without leading and trailing spaces and tabs (Unicode
    /// category Zs and U+0009), exactly what `trimmingCharacters(in:
    /// .whitespaces)` removes; that one goes through `NSString` on Linux and
    /// was a tenth of the time of a 100,000-row import.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isBlank }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isBlank })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    fileprivate var isBlank: Bool { self == "\t" || properties.generalCategory == .spaceSeparator }
}
