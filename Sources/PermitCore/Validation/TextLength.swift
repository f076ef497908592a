extension String {
    /// The length every limit on free text is measured in: Unicode code
    /// points, as JSON Schema's `maxLength` counts them. Counting grapheme
    /// clusters instead let a name the API document calls too long through,
    /// whenever combining marks or control characters joined its characters.
    public var textLength: Int { unicodeScalars.count }
}
