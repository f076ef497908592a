import Foundation
import PermitCore
import Testing

@Suite("Image metadata — 像素 and EXIF from JPEG and PNG headers")
struct ImageMetadataTests {
    typealias F = ImageFixtures

    @Test("A JPEG's size comes from its frame header, whichever SOF it is", arguments: [0xC0, 0xC1, 0xC2, 0xC3, 0xC9, 0xCF] as [UInt8])
    func jpegSize(marker: UInt8) {
        let bytes = F.jpeg(width: 2592, height: 1944, frameMarker: marker)
        #expect(ImageMetadata.read(Data(bytes)).size == PixelSize(width: 2592, height: 1944))
    }

    @Test("DHT, JPG and DAC share SOF's range but are skipped, size-like bytes and all", arguments: [0xC4, 0xC8, 0xCC] as [UInt8])
    func notFrames(marker: UInt8) {
        let decoy = F.segment(marker, [8, 0x00, 0x10, 0x00, 0x10, 3, 0, 0, 0])
        let bytes = F.jpeg(width: 4000, height: 3000, before: [decoy])
        #expect(ImageMetadata.read(Data(bytes)).size == PixelSize(width: 4000, height: 3000))
    }

    @Test("The EXIF thumbnail's own frame header, inside APP1, is not the photo's")
    func thumbnailSkipped() {
        let thumbnail = F.jpeg(width: 160, height: 120)
        let app1 = F.exifSegment(F.phoneExif(littleEndian: true) + thumbnail)
        let bytes = F.jpeg(width: 4032, height: 3024, before: [app1])
        #expect(ImageMetadata.read(Data(bytes)).size == PixelSize(width: 4032, height: 3024))
    }

    @Test("Fill bytes before a marker are allowed")
    func fillBytes() {
        var bytes = F.jpeg(width: 640, height: 480)
        bytes.insert(contentsOf: [0xFF, 0xFF, 0xFF], at: 2)
        #expect(ImageMetadata.read(Data(bytes)).size == PixelSize(width: 640, height: 480))
    }

    @Test("A phone's EXIF, in either byte order: time with offset, GPS, orientation", arguments: [true, false])
    func phoneExif(littleEndian: Bool) throws {
        let bytes = F.jpeg(width: 4032, height: 3024, before: [F.exifSegment(F.phoneExif(littleEndian: littleEndian))])
        let metadata = ImageMetadata.read(Data(bytes))
        let taken = try #require(metadata.capturedAt)
        #expect(taken == CaptureTime(date: try CivilDate(parsing: "2026-03-15"), hour: 9, minute: 30, second: 5, utcOffset: 8 * 3600))
        #expect(taken.instant() == Date(timeIntervalSince1970: 1_773_538_205))  // 2026-03-15T01:30:05Z
        let location = try #require(metadata.location)
        #expect(abs(location.latitude - 31.375) < 1e-9)
        #expect(abs(location.longitude - 121.25) < 1e-9)
        #expect(metadata.orientation == .right)
        #expect(metadata.orientation?.swapsSides == true)
    }

    @Test("Without DateTimeOriginal, DateTime stands in; without an offset the time is read in China's zone")
    func dateTimeFallback() throws {
        let tiff = F.tiff(littleEndian: false, ifd0: [(0x0132, .ascii("2026:03:16 10:00:00"))])
        let metadata = ImageMetadata.read(Data(F.jpeg(width: 10, height: 10, before: [F.exifSegment(tiff)])))
        let taken = try #require(metadata.capturedAt)
        #expect(taken.utcOffset == nil)
        #expect(taken.instant() == Date(timeIntervalSince1970: 1_773_626_400))  // 2026-03-16T02:00:00Z
        #expect(taken.instant(assuming: TimeZone(secondsFromGMT: 0)!) == Date(timeIntervalSince1970: 1_773_655_200))
        #expect(metadata.location == nil && metadata.orientation == nil)
    }

    @Test("Southern and western hemispheres come out negative")
    func hemispheres() throws {
        let tiff = F.tiff(littleEndian: true, ifd0: [], gps: [
            (0x0001, .ascii("S")), (0x0002, .rationals([(33, 1), (52, 1), (0, 1)])),
            (0x0003, .ascii("W")), (0x0004, .rationals([(70, 1), (30, 1), (36, 1)])),
        ])
        let location = try #require(ImageMetadata.read(Data(F.jpeg(width: 1, height: 1, before: [F.exifSegment(tiff)]))).location)
        #expect(abs(location.latitude + (33 + 52.0 / 60)) < 1e-9)
        #expect(abs(location.longitude + (70.5 + 36.0 / 3600)) < 1e-9)
    }

    /// GPS directories that must not give a place: a zero denominator, no
    /// hemisphere references, a receiver's no-fix zeros, a latitude past
    /// the pole, a reference that is no hemisphere.
    static let unreadableGPS: [[(UInt16, ImageFixtures.Value)]] = {
        let north: (UInt16, ImageFixtures.Value) = (0x0001, .ascii("N"))
        let east: (UInt16, ImageFixtures.Value) = (0x0003, .ascii("E"))
        func latitude(_ degrees: UInt32, over denominator: UInt32 = 1) -> (UInt16, ImageFixtures.Value) {
            let pairs: [(UInt32, UInt32)] = [(degrees, denominator), (0, 1), (0, 1)]
            return (0x0002, .rationals(pairs))
        }
        func longitude(_ degrees: UInt32) -> (UInt16, ImageFixtures.Value) {
            let pairs: [(UInt32, UInt32)] = [(degrees, 1), (0, 1), (0, 1)]
            return (0x0004, .rationals(pairs))
        }
        return [
            [north, latitude(31, over: 0), east, longitude(121)],
            [latitude(31), longitude(121)],
            [north, latitude(0), east, longitude(0)],
            [north, latitude(95), east, longitude(121)],
            [(0x0001, .ascii("X")), latitude(31), east, longitude(121)],
        ]
    }()

    @Test("Unset clocks, zero denominators, missing references and no-fix zeros give nil, not nonsense", arguments: 0..<5)
    func unreadable(index: Int) {
        let gps = Self.unreadableGPS[index]
        let tiff = F.tiff(
            littleEndian: true, ifd0: [(0x0132, .ascii("0000:00:00 00:00:00")), (0x0112, .short(9))],
            exif: [(0x9003, .ascii("    :  :     :  :  "))], gps: gps
        )
        let metadata = ImageMetadata.read(Data(F.jpeg(width: 1, height: 1, before: [F.exifSegment(tiff)])))
        #expect(metadata.capturedAt == nil && metadata.location == nil && metadata.orientation == nil)
        #expect(metadata.size == PixelSize(width: 1, height: 1))
    }

    @Test("A PNG's size comes from IHDR; zero or oversized sides are refused")
    func png() {
        #expect(ImageMetadata.read(Data(F.png(width: 3000, height: 2000))).size == PixelSize(width: 3000, height: 2000))
        #expect(ImageMetadata.read(Data(F.png(width: 0, height: 2000))).size == nil)
        #expect(ImageMetadata.read(Data(F.png(width: 0x8000_0000, height: 1))).size == nil)
        #expect(ImageMetadata.read(Data(F.png(width: 1, height: 1))).capturedAt == nil)
    }

    @Test("A HEIC's size is its primary item's ispe, not a tile's, in every box version", arguments: [
        (UInt8(0), UInt8(0), false), (1, 0, false), (0, 1, false), (1, 1, true),
    ])
    func heic(pitmVersion: UInt8, ipmaVersion: UInt8, wideIndices: Bool) {
        let bytes = F.heic(pitmVersion: pitmVersion, ipmaVersion: ipmaVersion, wideIndices: wideIndices)
        #expect(MediaType.sniff(Data(bytes)) == .heic)
        #expect(ImageMetadata.read(Data(bytes)) == ImageMetadata(size: PixelSize(width: 4032, height: 3024)))
    }

    @Test("The association is followed: the tile as primary gives the tile's size, an item without one none")
    func heicAssociations() {
        #expect(ImageMetadata.read(Data(F.heic(primary: 2))).size == PixelSize(width: 512, height: 512))
        #expect(ImageMetadata.read(Data(F.heic(primary: 9))).size == nil)
    }

    @Test("Files that are not images, or have no header to read, give empty metadata")
    func otherTypes() {
        #expect(ImageMetadata.read(Data("%PDF-1.4".utf8)) == ImageMetadata())
        #expect(ImageMetadata.read(Data(F.ftyp("heic"))) == ImageMetadata())
        #expect(ImageMetadata.read(Data(F.ftyp("isom") + F.box("moov"))) == ImageMetadata())
    }
}
