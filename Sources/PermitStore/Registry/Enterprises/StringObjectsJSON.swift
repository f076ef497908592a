/// JSON for a list of objects whose values are all strings: the form of an
/// enterprise's production sites and licences in its row. Written by hand
/// because `JSONEncoder` took a tenth of a 100,000-row import for these two
/// small columns. The output is the text `JSONEncoder` writes with sorted
/// keys and unescaped slashes, so `JSONDecoder` reads it back and every value
/// has exactly one text.
enum StringObjectsJSON {
    /// - Parameter objects: each object's keys and values; the keys are
    ///   sorted here.
    static func encode(_ objects: [[(key: String, value: String)]]) -> String {
        var json = "["
        for (position, object) in objects.enumerated() {
            if position > 0 { json += "," }
            json += "{"
            for (index, member) in object.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { json += "," }
                appendString(member.key, to: &json)
                json += ":"
                appendString(member.value, to: &json)
            }
            json += "}"
        }
        json += "]"
        return json
    }

    /// A JSON string literal: quotes, backslashes and control characters
    /// escaped as RFC 8259 asks and `JSONEncoder` does; everything else,
    /// Chinese text included, as it is.
    private static func appendString(_ text: String, to json: inout String) {
        json += "\""
        var plainStart = text.utf8.startIndex
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            let escape: String
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0x00..<0x20: escape = "\\u00" + String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
            default: continue
            }
            json += Substring(text.utf8[plainStart..<index])
            json += escape
            plainStart = text.utf8.index(after: index)
        }
        json += Substring(text.utf8[plainStart...])
        json += "\""
    }
}
