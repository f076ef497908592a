import Foundation
import PermitCore
import Testing

@Suite("Media sniffing — 媒体类型 from the bytes, never from the name")
struct MediaSniffingTests {
    typealias F = ImageFixtures

    static let known: [(bytes: [UInt8], type: MediaType)] = [
        (F.jpeg(width: 8, height: 8), .jpeg),
        (F.png(width: 8, height: 8), .png),
        (Array("%PDF-1.7\n%âãÏÓ\n".utf8), .pdf),
        (F.ftyp("heic", compatible: ["mif1", "heic"]), .heic),
        (F.ftyp("mif1", compatible: ["heic"]), .heic),
        (F.ftyp("isom", compatible: ["isom", "iso2", "avc1", "mp41"]), .mp4),
        (F.ftyp("mp42", compatible: ["mp42", "isom"]), .mp4),
        (F.ftyp("qt  ", compatible: ["qt  "]), .quickTime),
        // A brand of no list but a compatible MPEG-4 one, as some recorders write.
        (F.ftyp("XYZ1", compatible: ["isom"]), .mp4),
        // QuickTime from before `ftyp`.
        (F.box("wide") + F.box("mdat"), .quickTime),
    ]

    @Test("Each supported type is known from its first bytes", arguments: 0..<10)
    func known(index: Int) {
        #expect(MediaType.sniff(Data(Self.known[index].bytes)) == Self.known[index].type)
    }

    static let unknown: [[UInt8]] = [
        Array("GIF89a".utf8),
        Array("RIFF\u{0}\u{0}\u{0}\u{0}AVI LIST".utf8),
        F.ftyp("avif", compatible: ["avif", "mif1", "miaf"]),
        F.ftyp("mif1", compatible: ["avif", "miaf"]),
        F.ftyp("3gp4", compatible: ["3gp4"]),
        F.box("free"),
        Array("<html><body>%PDF-1.4</body></html>".utf8),
        Array("photo.jpg".utf8),
        [0xFF, 0xD8],
        [0x89, 0x50, 0x4E],
        [],
    ]

    @Test("Anything else is unknown: other formats, AVIF, 3GP, text, nothing", arguments: 0..<11)
    func unknown(index: Int) {
        #expect(MediaType.sniff(Data(Self.unknown[index])) == nil)
    }

    @Test("Reads only the head, and a sliced Data from the middle of a buffer")
    func headOnly() {
        let padded = Data([9, 9, 9] + F.png(width: 1, height: 1) + Array(repeating: 0, count: 4096))
        #expect(MediaType.sniff(padded.dropFirst(3)) == .png)
    }

    @Test("Type, extension and record form fit together")
    func forms() {
        #expect(MediaType.allCases.map(\.fileExtension) == ["jpg", "png", "heic", "mp4", "mov", "pdf"])
        #expect(MediaType.allCases.map(\.recordForm) == [.photo, .photo, .photo, .video, .video, .scan])
        #expect(MediaType.jpeg.fits(.scan) && MediaType.pdf.fits(.scan) && !MediaType.pdf.fits(.photo))
        #expect(!MediaType.mp4.fits(.photo) && MediaType.quickTime.fits(.video))
        #expect(MediaType.allCases.allSatisfy { !$0.fits(.text) })
    }
}
