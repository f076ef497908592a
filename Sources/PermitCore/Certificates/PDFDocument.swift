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
}
