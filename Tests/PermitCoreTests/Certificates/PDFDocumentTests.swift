import Foundation
import PermitCore
import Testing

/// A written PDF searched as bytes (it holds binary bytes, so it is never
/// decoded as text). Described by its size so a failed expectation does not
/// print the whole file.
private struct PDFFile: CustomStringConvertible {
    let bytes: [UInt8]

    init(_ document: PDFDocument) {
        bytes = document.bytes()
    }

    var description: String { "\(bytes.count) bytes" }

    /// Where `text` first occurs at or after `start`.
    func find(_ text: String, from start: Int = 0) -> Int? {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, start >= 0, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }

    func contains(_ text: String) -> Bool { find(text) != nil }

    /// Whether `text` is written at `offset`; false rather than a trap when an
    /// offset read from the file points past its end.
    func has(_ text: String, at offset: Int) -> Bool {
        let expected = Array(text.utf8)
        guard offset >= 0, offset <= bytes.count, expected.count <= bytes.count - offset else { return false }
        return bytes[offset..<offset + expected.count].elementsEqual(expected)
    }

    /// The decimal number written at `offset`, and where it ends.
    func number(at offset: Int) -> (value: Int, end: Int)? {
        guard offset >= 0 else { return nil }
        var end = offset
        while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
        guard end > offset else { return nil }
        return Int(String(decoding: bytes[offset..<end], as: UTF8.self)).map { ($0, end) }
    }
}

@Suite("PDF documents — certificates and decision letters in STSong-Light")
struct PDFDocumentTests {
    /// A one-page certificate like the ones the app issues.
    static func certificate(holder: String = "上海示范电缆有限公司") -> PDFDocument {
        var document = PDFDocument()
        document.info = ["Title": "全国工业产品生产许可证", "Subject": "证书 (sample) \\ )"]
        document.addPage()
        document.rectangle(x: 36, y: 36, width: PDFDocument.a4.width - 72, height: PDFDocument.a4.height - 72, lineWidth: 2)
        document.centredText("全国工业产品生产许可证", y: 720, size: 28)
        document.line(from: (80, 700), to: (515, 700), lineWidth: 1)
        document.text("企业名称：" + holder, x: 90, y: 640, size: 14)
        document.text("证书编号：(沪)XK06-001-00001", x: 90, y: 610, size: 14)
        document.text("Industrial Product Production Licence", x: 90, y: 580, size: 12)
        for row in 0..<25 {
            for column in 0..<25 where (row + column) % 2 == 0 {
                document.fill(x: 90 + Double(column) * 4, y: 200 + Double(row) * 4, width: 4, height: 4)
            }
        }
        return document
    }

    @Test("The file starts with the 1.7 header and a binary comment, and ends with %%EOF")
    func headerAndEnd() {
        let file = PDFFile(Self.certificate())
        #expect(file.has("%PDF-1.7\n%", at: 0))
        // The comment line after the header has bytes above 127.
        let comment = file.bytes.count > 14 ? Array(file.bytes[10..<14]) : []
        #expect(comment.count == 4 && comment.allSatisfy { $0 > 127 })
        #expect(file.has("%%EOF\n", at: file.bytes.count - 6))
    }

    @Test("Every cross-reference entry is 20 bytes and points at the object it names")
    func crossReference() throws {
        let file = PDFFile(Self.certificate())
        var searchFrom = 0, lastMarker: Int?
        while let found = file.find("startxref\n", from: searchFrom) {
            lastMarker = found
            searchFrom = found + 1
        }
        let startxref = try #require(lastMarker)
        let xref = try #require(file.number(at: startxref + "startxref\n".utf8.count)).value
        #expect(file.has("xref\n0 ", at: xref))

        let count = try #require(file.number(at: xref + "xref\n0 ".utf8.count))
        #expect(count.value > 7)
        #expect(file.has("\n", at: count.end))
        let table = count.end + 1
        try #require(table + 20 * count.value <= file.bytes.count)
        #expect(file.has("0000000000 65535 f \n", at: table))
        for object in 1..<count.value {
            let entry = table + 20 * object
            #expect(file.has(" 00000 n \n", at: entry + 10), "entry \(object)")
            let offset = try #require(Int(String(decoding: file.bytes[entry..<entry + 10], as: UTF8.self)))
            #expect(file.has("\(object) 0 obj\n", at: offset), "object \(object) at \(offset)")
        }
        #expect(file.contains("trailer\n<< /Size \(count.value) /Root 1 0 R /Info "))
        #expect(file.contains("/ID [<"))
    }

    @Test("Every stream's /Length is exactly its data")
    func streamLengths() throws {
        let file = PDFFile(Self.certificate())
        var searchFrom = 0, streams = 0
        while let found = file.find("/Length ", from: searchFrom) {
            let length = try #require(file.number(at: found + "/Length ".utf8.count))
            let opening = " >>\nstream\n"
            #expect(file.has(opening, at: length.end))
            #expect(file.has("\nendstream\n", at: length.end + opening.utf8.count + length.value), "stream at \(found)")
            streams += 1
            searchFrom = found + 1
        }
        // The ToUnicode CMap and one content stream.
        #expect(streams == 2)
    }

    @Test("Text is shown as UTF-16BE hex in the content stream, so parentheses cannot break it")
    func textAsHex() {
        var document = PDFDocument()
        document.addPage()
        document.text("证书编号(沪)", x: 90, y: 610, size: 14)
        // 证 U+8BC1, 书 U+4E66, 编 U+7F16, 号 U+53F7, ( U+0028, 沪 U+6CAA, ) U+0029.
        #expect(PDFFile(document).contains("BT /F1 14 Tf 90 610 Td <8BC14E667F1653F700286CAA0029> Tj ET"))
    }

    @Test("The font is the predefined STSong-Light with a ToUnicode map, and nothing is embedded")
    func font() {
        let file = PDFFile(Self.certificate())
        #expect(file.contains("/Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"))
        #expect(file.contains("/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >>"))
        #expect(file.contains("/DW 1000 /W [1 95 500]"))
        #expect(file.contains("/ToUnicode "))
        #expect(!file.contains("/FontFile"))
    }

    @Test("Document information is written as UTF-16BE hex with a byte order mark")
    func information() {
        let file = PDFFile(Self.certificate())
        // 全 U+5168, 国 U+56FD.
        #expect(file.contains("/Title <FEFF516856FD"))
        #expect(!file.contains("(sample)"))
    }

    @Test("Identical documents give identical bytes; a different one does not")
    func deterministic() {
        let first = Self.certificate().bytes()
        #expect(first == Self.certificate().bytes())
        #expect(first != Self.certificate(holder: "上海示范电线有限公司").bytes())
    }

    @Test("Widths follow the font: CJK one em, ASCII half an em")
    func widths() {
        #expect(PDFDocument.width(of: "证书AB", size: 10) == 30)
        #expect(PDFDocument.width(of: "", size: 10) == 0)
        #expect(PDFDocument.width(of: "全国工业产品生产许可证", size: 28) == 308)
    }

    @Test("Centred text starts half the remaining width in from the left")
    func centred() {
        var document = PDFDocument()
        document.addPage()
        document.centredText("证书AB", y: 700, size: 10)
        // (595.28 - 30) / 2
        #expect(PDFFile(document).contains("BT /F1 10 Tf 282.64 700 Td <8BC14E6600410042> Tj ET"))
    }

    @Test("Pages are counted, and a document without any still has one blank page")
    func pages() {
        #expect(PDFFile(PDFDocument()).contains("/Count 1 >>"))
        var document = Self.certificate()
        document.addPage()
        document.text("第二页", x: 90, y: 800, size: 12)
        #expect(document.pageCount == 2)
        let file = PDFFile(document)
        #expect(file.contains("/Count 2 >>"))
        #expect(file.contains("/MediaBox [0 0 595.28 841.89]"))
    }
}
