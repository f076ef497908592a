/// 联系电话 — the forms an enterprise's phone number is accepted in: a mobile
/// number (`1[3-9]` and nine digits, optionally after `+86` and a space or
/// dash) or a landline (seven or eight digits, optionally after an area code
/// `0` and two or three digits with a space or dash, optionally followed by
/// an extension: `转`, `ext`, `ext.` or `-`, and one to six digits).
///
/// Matched by hand over the UTF-8 bytes rather than with a `Regex`: the
/// regex was the costliest single check of a 100,000-row import. The tests
/// hold it to the regex it replaces.
enum PhoneSyntax {
    static func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isMobile($0[...]) || isLandline($0[...]) }
    }

    private static func isMobile(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var rest = text
        if rest.starts(with: "+86".utf8) {
            rest = rest.dropFirst(3)
            if let first = rest.first, isSeparator(first) { rest = rest.dropFirst() }
        }
        return rest.count == 11 && rest.allSatisfy(isDigit) && rest.first == UInt8(ascii: "1")
            && (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(rest[rest.startIndex + 1])
    }

    private static func isLandline(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        for areaLength in [0, 3, 4] {
            var afterArea = text
            if areaLength > 0 {
                guard text.count > areaLength, text.first == UInt8(ascii: "0"), text.prefix(areaLength).allSatisfy(isDigit) else { continue }
                afterArea = text.dropFirst(areaLength)
            }
            var starts = [afterArea]
            if areaLength > 0, let first = afterArea.first, isSeparator(first) { starts.append(afterArea.dropFirst()) }
            for local in starts {
                for localLength in [7, 8] where local.count >= localLength && local.prefix(localLength).allSatisfy(isDigit) {
                    if isExtension(local.dropFirst(localLength)) { return true }
                }
            }
        }
        return false
    }

    /// Nothing, or `[ -]?(转|ext\.?|-)[ -]?[0-9]{1,6}`.
    private static func isExtension(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard !text.isEmpty else { return true }
        var afterSeparator = [text]
        if let first = text.first, isSeparator(first) { afterSeparator.append(text.dropFirst()) }
        for beforeMarker in afterSeparator {
            for marker in markers where beforeMarker.starts(with: marker) {
                let afterMarker = beforeMarker.dropFirst(marker.count)
                var numbers = [afterMarker]
                if let first = afterMarker.first, isSeparator(first) { numbers.append(afterMarker.dropFirst()) }
                if numbers.contains(where: { (1...6).contains($0.count) && $0.allSatisfy(isDigit) }) { return true }
            }
        }
        return false
    }

    private static let markers = ["转", "ext.", "ext", "-"].map { Array($0.utf8) }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")
    }
}
