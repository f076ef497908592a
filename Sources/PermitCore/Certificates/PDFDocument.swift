/// A small writer of PDF 1.7 files for A4 certificates and decision letters:
/// text lines, stroked frames and lines, and filled squares (QR modules).
///
/// It returns bytes and does no I/O, so it stays in the pure core. Text uses
/// one font, the predefined Adobe-GB1 font `STSong-Light` with the
/// `UniGB-UCS2-H` encoding. Every conforming viewer ships (or substitutes) it,
/// so no font file is embedded, the output stays a few kilobytes, and the
/// writer needs no font parser or subsetter. The price is that the exact glyph
/// shapes are the viewer's; layout does not move because the widths are fixed
/// by the font dictionary (`/DW`, `/W`) rather than by the substituted font.
///
/// The output is deterministic: no clock is read, dictionary keys are sorted,
/// and the trailer's `/ID` is a hash of the body, so identical documents give
/// identical bytes (and can be compared or hashed into the ledger).
///
/// Coordinates are PDF points (1/72 inch) from the page's bottom-left corner;
/// text is placed by its baseline.
public struct PDFDocument: Sendable {
    /// ISO A4 in points (210 mm × 297 mm).
    public static let a4: (width: Double, height: Double) = (595.28, 841.89)

    public let pageSize: (width: Double, height: Double)

    /// Document information: keys are names such as `Title`, `Subject`,
    /// `Author`, `Creator`, `Producer` (a leading `/` is accepted and
    /// ignored); values are written as UTF-16BE text strings.
    public var info: [String: String] = [:]

    /// One content stream per page, already in PDF operator syntax.
    private var pages: [[UInt8]] = []

    public init(pageSize: (width: Double, height: Double) = PDFDocument.a4) {
        self.pageSize = pageSize
    }

    /// The number of pages started so far (a document written with none has
    /// one blank page, see `bytes()`).
    public var pageCount: Int { pages.count }

    /// Starts a new page; all drawing goes to the last page.
    public mutating func addPage() {
        pages.append([])
    }

    // MARK: - Drawing

    /// Draws one line of text with its baseline starting at (`x`, `y`).
    ///
    /// Control characters are dropped (a line is one line). Characters outside
    /// the Basic Multilingual Plane cannot be expressed in the 2-byte UCS-2
    /// encoding and are replaced by U+3000 IDEOGRAPHIC SPACE, which keeps the
    /// width of the line as measured by `width(of:size:)`; the extracted text
    /// then has an ideographic space in their place.
    public mutating func text(_ string: String, x: Double, y: Double, size: Double) {
        let codes = Self.codes(of: string)
        guard !codes.isEmpty else { return }
        var hex = ""
        hex.reserveCapacity(codes.count * 4)
        for code in codes { hex += Self.hex(code) }
        // Each run gets its own BT/ET so a line never depends on the text
        // position left by the one before it.
        emit("BT /F1 \(Self.number(size)) Tf \(Self.number(x)) \(Self.number(y)) Td <\(hex)> Tj ET")
    }

    /// Draws one line of text centred horizontally on the page.
    public mutating func centredText(_ string: String, y: Double, size: Double) {
        let x = (pageSize.width - Self.width(of: string, size: size)) / 2
        text(string, x: x, y: y, size: size)
    }

    /// The advance width of `string` at `size`, in points, exactly as a viewer
    /// lays it out with this file's font widths: printable ASCII is half an em
    /// (`/W [1 95 500]`; UniGB-UCS2-H maps U+0020–U+007E to CIDs 1–95),
    /// everything else one em (`/DW 1000`).
    public static func width(of string: String, size: Double) -> Double {
        let units = codes(of: string).reduce(0) { $0 + (isHalfWidth($1) ? 500 : 1000) }
        return Double(units) * size / 1000
    }

    /// Strokes the outline of a rectangle whose bottom-left corner is (`x`, `y`).
    public mutating func rectangle(x: Double, y: Double, width: Double, height: Double, lineWidth: Double) {
        // q/Q so the line width does not leak into later drawing.
        emit("q \(Self.number(lineWidth)) w \(Self.number(x)) \(Self.number(y)) \(Self.number(width)) \(Self.number(height)) re S Q")
    }

    /// Fills a black rectangle whose bottom-left corner is (`x`, `y`); used for
    /// QR code modules and solid bars.
    public mutating func fill(x: Double, y: Double, width: Double, height: Double) {
        // The fill colour is never changed from the default black, so no
        // graphics state is needed here; this keeps a 625-module QR code small.
        emit("\(Self.number(x)) \(Self.number(y)) \(Self.number(width)) \(Self.number(height)) re f")
    }

    /// Strokes a straight line.
    public mutating func line(from: (Double, Double), to: (Double, Double), lineWidth: Double) {
        emit("q \(Self.number(lineWidth)) w \(Self.number(from.0)) \(Self.number(from.1)) m \(Self.number(to.0)) \(Self.number(to.1)) l S Q")
    }

    private mutating func emit(_ operators: String) {
        // Drawing before the first addPage() starts the first page rather
        // than being lost or trapping.
        if pages.isEmpty { pages.append([]) }
        pages[pages.count - 1].append(contentsOf: operators.utf8)
        pages[pages.count - 1].append(0x0A)
    }

    // MARK: - Writing

    /// The complete file: header, objects, cross-reference table and trailer.
    /// A document with no page gets one blank page, because a page tree
    /// without pages is refused by several viewers.
    public func bytes() -> [UInt8] {
        var writer = ObjectWriter()
        let contents = pages.isEmpty ? [[]] : pages

        // Fixed object numbers first, then two per page (page, content).
        let catalog = 1, pageTree = 2, font = 3, cidFont = 4, descriptor = 5, toUnicode = 6, infoObject = 7
        let firstPage = 8
        let pageObjects = contents.indices.map { firstPage + 2 * $0 }

        writer.object(catalog, """
            << /Type /Catalog /Pages \(pageTree) 0 R /Lang (zh-CN) \
            /ViewerPreferences << /DisplayDocTitle true >> >>
            """)
        // /Lang helps screen readers and text extraction pick Chinese rules;
        // DisplayDocTitle shows the certificate's title instead of a file name.

        let kids = pageObjects.map { "\($0) 0 R" }.joined(separator: " ")
        writer.object(pageTree, "<< /Type /Pages /Kids [\(kids)] /Count \(contents.count) >>")

        writer.object(font, """
            << /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H \
            /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>
            """)
        writer.object(cidFont, """
            << /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light \
            /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> \
            /FontDescriptor \(descriptor) 0 R /DW 1000 /W [1 95 500] >>
            """)
        writer.object(descriptor, """
            << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 \
            /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 \
            /CapHeight 880 /StemV 93 >>
            """)
        writer.stream(toUnicode, dictionary: "", data: Array(Self.toUnicodeCMap.utf8))
        writer.object(infoObject, infoDictionary())

        let mediaBox = "[0 0 \(Self.number(pageSize.width)) \(Self.number(pageSize.height))]"
        for (index, content) in contents.enumerated() {
            let page = pageObjects[index], stream = page + 1
            writer.object(page, """
                << /Type /Page /Parent \(pageTree) 0 R /MediaBox \(mediaBox) \
                /Resources << /Font << /F1 \(font) 0 R >> /ProcSet [/PDF /Text] >> \
                /Contents \(stream) 0 R >>
                """)
            writer.stream(stream, dictionary: "", data: content)
        }

        return writer.finish(root: catalog, info: infoObject)
    }

    private func infoDictionary() -> String {
        var entries: [(name: String, value: String)] = []
        for (key, value) in info {
            let bare = key.hasPrefix("/") ? String(key.dropFirst()) : key
            guard !bare.isEmpty else { continue }
            entries.append((Self.name(bare), Self.textString(value)))
        }
        // Dictionary order differs from run to run; sorting keeps the bytes
        // (and so the /ID) stable.
        entries.sort { $0.name < $1.name }
        return "<< " + entries.map { "/\($0.name) \($0.value) " }.joined() + ">>"
    }

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

    private static func isHalfWidth(_ code: UInt16) -> Bool {
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

/// Lays out numbered objects and remembers where each starts, for the
/// cross-reference table.
private struct ObjectWriter {
    private(set) var output: [UInt8] = []
    private var offsets: [Int: Int] = [:]

    init() {
        // The second line's bytes above 127 tell transfer tools the file is
        // binary (PDF 1.7 §7.5.2), so they do not rewrite line endings.
        output.append(contentsOf: "%PDF-1.7\n%".utf8)
        output.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
    }

    mutating func object(_ number: Int, _ body: String) {
        begin(number)
        output.append(contentsOf: body.utf8)
        output.append(contentsOf: "\nendobj\n".utf8)
    }

    mutating func stream(_ number: Int, dictionary: String, data: [UInt8]) {
        begin(number)
        // /Length counts exactly the data: the EOL after "stream" and the one
        // before "endstream" are not part of it (PDF 1.7 §7.3.8.1).
        let extra = dictionary.isEmpty ? "" : dictionary + " "
        output.append(contentsOf: "<< \(extra)/Length \(data.count) >>\nstream\n".utf8)
        output.append(contentsOf: data)
        output.append(contentsOf: "\nendstream\nendobj\n".utf8)
    }

    private mutating func begin(_ number: Int) {
        offsets[number] = output.count
        output.append(contentsOf: "\(number) 0 obj\n".utf8)
    }

    /// Appends the cross-reference table and trailer. Object numbers must be
    /// 1…n without gaps, which `PDFDocument.bytes()` guarantees.
    consuming func finish(root: Int, info: Int) -> [UInt8] {
        let size = (offsets.keys.max() ?? 0) + 1
        let id = Fingerprint.hex(of: output)
        let xref = output.count

        // Every entry is exactly 20 bytes: 10-digit offset, space, 5-digit
        // generation, space, type, and a two-byte end of line (space + LF).
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<size {
            let offset = String(offsets[number] ?? 0)
            table += String(repeating: "0", count: max(0, 10 - offset.count)) + offset + " 00000 n \n"
        }
        table += """
            trailer
            << /Size \(size) /Root \(root) 0 R /Info \(info) 0 R /ID [<\(id)> <\(id)>] >>
            startxref
            \(xref)
            %%EOF

            """
        output.append(contentsOf: table.utf8)
        return output
    }
}

/// A 128-bit fingerprint of the body for the trailer's /ID: two FNV-1a 64-bit
/// hashes with different offset bases. The /ID only has to tell files apart
/// and be stable for identical content; it is not a security measure, so a
/// cryptographic hash (and its dependency) is not needed in the core.
private enum Fingerprint {
    static func hex(of bytes: [UInt8]) -> String {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x6C62_272E_07BB_0142
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* prime
            second = (second ^ UInt64(byte)) &* prime
        }
        return [first, second].map { value in
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
