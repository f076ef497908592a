import Foundation

extension PDFDocument {
    // MARK: - Encoding

    /// The 2-byte codes shown for `string`: with UniGB-UCS2-H a code is the
    /// character's UCS-2 value, so no table is needed here.
    static func codes(of string: String) -> [UInt16] {
        var codes: [UInt16] = []
        codes.reserveCapacity(string.unicodeScalars.count)
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x00..<0x20, 0x7F..<0xA0:
                // C0/C1 controls: UniGB-UCS2-H shows C0 as notdef spaces and
                // C1 not at all, so they would only add unmeasured gaps.
                continue
            case 0x10000...:
                // Outside the BMP: UCS-2 has no code for it (see text(_:)).
                codes.append(0x3000)
            default:
                codes.append(UInt16(scalar.value))
            }
        }
        return codes
    }

    static func isHalfWidth(_ code: UInt16) -> Bool {
        (0x20...0x7E).contains(code)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    static func hex(_ code: UInt16) -> String {
        String(decoding: [
            hexDigits[Int(code >> 12)], hexDigits[Int(code >> 8 & 0xF)],
            hexDigits[Int(code >> 4 & 0xF)], hexDigits[Int(code & 0xF)],
        ], as: UTF8.self)
    }

    /// A PDF text string: UTF-16BE with a byte order mark, as hex. Hex means
    /// parentheses, backslashes or line breaks in the input cannot end the
    /// string early or smuggle in PDF syntax. Text strings (unlike the font
    /// codes) are full UTF-16, so characters outside the BMP survive here.
    static func textString(_ string: String) -> String {
        "<FEFF" + string.utf16.map(hex).joined() + ">"
    }

    /// A PDF name without its slash: bytes outside the regular printable
    /// characters are written as #XX (PDF 1.7 §7.3.5), so a key cannot break
    /// the dictionary.
    static func name(_ string: String) -> String {
        let delimiters = Set("()<>[]{}/%#".utf8)
        var result = ""
        for byte in string.utf8 {
            if (0x21...0x7E).contains(byte) && !delimiters.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "#" + String(hex(UInt16(byte)).suffix(2))
            }
        }
        return result
    }

    /// A PDF number with at most three decimals and no exponent (PDF has no
    /// exponent syntax). NaN and infinities become 0 and magnitudes are
    /// clamped, so a bad coordinate yields a misplaced mark, not a broken file
    /// or a trap in the integer conversion.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let clamped = min(max(value, -1_000_000_000), 1_000_000_000)
        let thousandths = Int64((clamped * 1000).rounded())
        if thousandths == 0 { return "0" }
        let magnitude = thousandths.magnitude
        var text = thousandths < 0 ? "-" : ""
        text += String(magnitude / 1000)
        var fraction = magnitude % 1000
        if fraction != 0 {
            var digits = 3
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let padded = String(fraction)
            text += "." + String(repeating: "0", count: digits - padded.count) + padded
        }
        return text
    }

    /// Maps every code back to the same Unicode value. With UniGB-UCS2-H the
    /// code bytes already are UCS-2, but a viewer can only know that from the
    /// CMap's name; this makes copy and search work in every viewer.
    ///
    /// One bfrange per high byte rather than a single <0000> <FFFF>: the spec
    /// requires a range's destination not to carry out of its last byte, and
    /// allows at most 100 entries per block. The surrogate block D800–DFFF is
    /// left out: no code there is ever written and its values are not
    /// characters on their own.
    static let toUnicodeCMap: String = {
        let highBytes = (0x00...0xFF).filter { !(0xD8...0xDF).contains($0) }
        var blocks: [String] = []
        var start = 0
        while start < highBytes.count {
            let chunk = highBytes[start..<min(start + 100, highBytes.count)]
            let ranges = chunk.map { high -> String in
                let first = hex(UInt16(high << 8)), last = hex(UInt16(high << 8 | 0xFF))
                return "<\(first)> <\(last)> <\(first)>"
            }
            blocks.append("\(chunk.count) beginbfrange\n" + ranges.joined(separator: "\n") + "\nendbfrange")
            start += 100
        }
        return """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /PermitTrail-UCS2-Identity def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            \(blocks.joined(separator: "\n"))
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """
    }()
}
