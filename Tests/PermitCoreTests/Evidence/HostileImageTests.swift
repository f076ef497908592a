import Foundation
import PermitCore
import Testing

/// Uploads come from anywhere; a reader that trapped or spun would take
/// the server down with one file.
@Suite("Image metadata on truncated and forged input")
struct HostileImageTests {
    typealias F = ImageFixtures

    static let photo = F.jpeg(width: 4032, height: 3024, before: [F.exifSegment(F.phoneExif(littleEndian: false))])

    @Test("Every prefix of a JPEG with EXIF reads without trapping, the size only once the frame header is whole")
    func jpegPrefixes() {
        // Before EOI, the scan's 10-byte header and its 5 bytes of data.
        let frameEnd = Self.photo.count - 2 - 15
        for length in 0...Self.photo.count {
            let metadata = ImageMetadata.read(Data(Self.photo.prefix(length)))
            #expect((metadata.size != nil) == (length >= frameEnd), "prefix of \(length) bytes")
        }
        #expect(ImageMetadata.read(Data(Self.photo.prefix(frameEnd))).size == PixelSize(width: 4032, height: 3024))
    }

    @Test("Every prefix of a PNG reads without trapping")
    func pngPrefixes() {
        let png = F.png(width: 3000, height: 2000)
        for length in 0...png.count {
            #expect((ImageMetadata.read(Data(png.prefix(length))).size != nil) == (length >= 24))
        }
    }

    @Test("Every prefix of a HEIC reads without trapping, the size only once its meta box is whole")
    func heicPrefixes() {
        let heic = F.heic()
        let metaEnd = heic.count - 8 - 64  // before the mdat box
        for length in 0...heic.count {
            #expect((ImageMetadata.read(Data(heic.prefix(length))).size != nil) == (length >= metaEnd), "prefix of \(length) bytes")
        }
    }

    @Test("Random corruption of a HEIC never traps")
    func heicMutations() {
        var random = SeededGenerator(seed: 17)
        let heic = F.heic(ipmaVersion: 1, wideIndices: true)
        for _ in 0..<3_000 {
            var bytes = heic
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if let size = ImageMetadata.read(Data(bytes)).size { #expect(size.width > 0 && size.height > 0) }
        }
    }

    @Test("Boxes of size 0, 1 with a huge 64-bit size, or less than their header end the walk")
    func forgedBoxes() {
        let ftyp = F.ftyp("heic")
        for header: [UInt8] in [[0, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 4]] {
            let meta = header + Array("meta".utf8) + [0, 0, 0, 1, 0xFF, 0xFF, 0xFF, 0xFF] + F.heic().suffix(200)
            #expect(ImageMetadata.read(Data(ftyp + meta)).size == nil)
        }
    }

    @Test("Random corruption of a JPEG with EXIF never traps")
    func mutations() {
        var random = SeededGenerator(seed: 16)
        for _ in 0..<3_000 {
            var bytes = Self.photo
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[Int.random(in: 2..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            let metadata = ImageMetadata.read(Data(bytes.prefix(Int.random(in: 0...bytes.count, using: &random))))
            if let size = metadata.size { #expect(size.width > 0 && size.height > 0) }
        }
    }

    @Test("Directories that point at themselves, claim 65535 entries or values beyond the end are survived")
    func forgedDirectories() {
        // IFD0's Exif pointer leads back to IFD0; its GPS pointer and a value far outside.
        let tiff = F.tiff(littleEndian: true, ifd0: [
            (0x8769, .long(8)), (0x8825, .long(0xFFFF_FFF0)),
            (0x0132, .raw(type: 2, count: 0xFFFF_FFFF, offset: 0xFFFF_FFFF)),
            (0x0112, .raw(type: 3, count: 0x4000_0000, offset: 8)),
        ])
        let metadata = ImageMetadata.read(Data(F.jpeg(width: 5, height: 5, before: [F.exifSegment(tiff)])))
        #expect(metadata == ImageMetadata(size: PixelSize(width: 5, height: 5)))

        var huge = Array("MM".utf8) + [0, 42, 0, 0, 0, 8, 0xFF, 0xFF]
        huge += Array(repeating: 0x01, count: 12 * 40)
        #expect(ImageMetadata.read(Data(F.jpeg(width: 5, height: 5, before: [F.exifSegment(huge)]))).capturedAt == nil)
    }

    @Test("Segment lengths of 0, 1 and beyond the end stop the walk")
    func forgedLengths() {
        for length: [UInt8] in [[0, 0], [0, 1], [0xFF, 0xFF]] {
            let bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1] + length + Array(F.frame(width: 9, height: 9))
            #expect(ImageMetadata.read(Data(bytes)).size == nil)
        }
        #expect(ImageMetadata.read(Data([0xFF, 0xD8] + Array(repeating: 0xFF, count: 10_000))) == ImageMetadata())
    }
}
