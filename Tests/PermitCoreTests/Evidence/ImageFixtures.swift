import Foundation

/// Tiny images built byte by byte, so each test shows exactly which
/// structure it feeds the readers.
enum ImageFixtures {
    /// A TIFF value as EXIF stores it.
    enum Value {
        case short(UInt16)
        case long(UInt32)
        case ascii(String)
        case rationals([(UInt32, UInt32)])
        /// An entry of a type and count given outright, pointing at `offset`.
        case raw(type: UInt16, count: UInt32, offset: UInt32)
    }

    /// A TIFF structure: IFD0, and an Exif and a GPS directory linked from
    /// it when given. Directories come first, then the values too long to
    /// sit in their entries.
    static func tiff(littleEndian: Bool, ifd0: [(UInt16, Value)], exif: [(UInt16, Value)] = [], gps: [(UInt16, Value)] = []) -> [UInt8] {
        func u16(_ value: UInt16) -> [UInt8] {
            littleEndian ? [UInt8(value & 0xFF), UInt8(value >> 8)] : [UInt8(value >> 8), UInt8(value & 0xFF)]
        }
        func u32(_ value: UInt32) -> [UInt8] {
            let big = [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
            return littleEndian ? big.reversed() : big
        }
        func directorySize(_ count: Int) -> Int { 2 + 12 * count + 4 }

        var first = ifd0
        let ifd0Count = ifd0.count + (exif.isEmpty ? 0 : 1) + (gps.isEmpty ? 0 : 1)
        let exifOffset = 8 + directorySize(ifd0Count)
        let gpsOffset = exifOffset + (exif.isEmpty ? 0 : directorySize(exif.count))
        if !exif.isEmpty { first.append((0x8769, .long(UInt32(exifOffset)))) }
        if !gps.isEmpty { first.append((0x8825, .long(UInt32(gpsOffset)))) }
        var dataOffset = gpsOffset + (gps.isEmpty ? 0 : directorySize(gps.count))

        var directories: [UInt8] = []
        var data: [UInt8] = []
        for entries in [first, exif, gps] where !entries.isEmpty {
            directories += u16(UInt16(entries.count))
            for (tag, value) in entries {
                let (type, count, payload): (UInt16, UInt32, [UInt8]) = switch value {
                case .short(let number): (3, 1, u16(number))
                case .long(let number): (4, 1, u32(number))
                case .ascii(let text): (2, UInt32(text.utf8.count + 1), Array(text.utf8) + [0])
                case .rationals(let pairs): (5, UInt32(pairs.count), pairs.flatMap { u32($0.0) + u32($0.1) })
                case .raw(let type, let count, let offset): (type, count, u32(offset))
                }
                directories += u16(tag) + u16(type) + u32(count)
                if case .raw = value {
                    directories += payload
                } else if payload.count <= 4 {
                    directories += payload + Array(repeating: 0, count: 4 - payload.count)
                } else {
                    directories += u32(UInt32(dataOffset))
                    data += payload
                    dataOffset += payload.count
                }
            }
            directories += u32(0)
        }
        return (littleEndian ? Array("II".utf8) : Array("MM".utf8)) + u16(42) + u32(8) + directories + data
    }

    /// A JPEG segment: marker, big-endian length (counting itself), payload.
    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    /// A frame header: 8-bit precision, the size, three components.
    static func frame(_ marker: UInt8 = 0xC0, width: Int, height: Int) -> [UInt8] {
        segment(marker, [8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 3]
            + [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
    }

    static func exifSegment(_ tiff: [UInt8]) -> [UInt8] {
        segment(0xE1, Array("Exif".utf8) + [0, 0] + tiff)
    }

    /// SOI, a JFIF APP0, the `before` segments, the frame header, a scan
    /// with a few bytes of data, EOI.
    static func jpeg(width: Int, height: Int, before: [[UInt8]] = [], frameMarker: UInt8 = 0xC0) -> [UInt8] {
        let jfif = segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
        let scan = segment(0xDA, [1, 1, 0, 0, 0x3F, 0]) + [0x12, 0x34, 0xFF, 0x00, 0x56]
        return [0xFF, 0xD8] + jfif + before.flatMap { $0 } + frame(frameMarker, width: width, height: height) + scan + [0xFF, 0xD9]
    }

    static func png(width: UInt32, height: UInt32) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + u32(13) + Array("IHDR".utf8) + u32(width) + u32(height)
            + [8, 2, 0, 0, 0] + [0x12, 0x34, 0x56, 0x78]
    }

    /// An ISO base media file's opening `ftyp` box.
    static func ftyp(_ major: String, compatible: [String] = []) -> [UInt8] {
        let body = Array(major.utf8) + [0, 0, 2, 0] + compatible.flatMap { Array($0.utf8) }
        return box("ftyp", body)
    }

    /// An empty ISO base media box of `type`.
    static func box(_ type: String) -> [UInt8] {
        box(type, [])
    }

    static func u32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// An ISO base media box of `type` holding `body`.
    static func box(_ type: String, _ body: [UInt8]) -> [UInt8] {
        u32(UInt32(8 + body.count)) + Array(type.utf8) + body
    }

    /// A box with a version and flags before its body.
    static func fullBox(_ type: String, version: UInt8 = 0, flags: UInt8 = 0, _ body: [UInt8]) -> [UInt8] {
        box(type, [version, 0, 0, flags] + body)
    }

    static func ispe(_ width: UInt32, _ height: UInt32) -> [UInt8] {
        fullBox("ispe", u32(width) + u32(height))
    }

    /// A HEIC as a phone writes it, reduced to what the size needs: the
    /// primary item (a grid) and one tile, each with its own `ispe`,
    /// listed tile first so that taking the first one seen would be wrong.
    static func heic(primary: UInt16 = 1, pitmVersion: UInt8 = 0, ipmaVersion: UInt8 = 0, wideIndices: Bool = false) -> [UInt8] {
        let pitm = pitmVersion == 0
            ? fullBox("pitm", [UInt8(primary >> 8), UInt8(primary & 0xFF)])
            : fullBox("pitm", version: pitmVersion, u32(UInt32(primary)))
        let ipco = box("ipco", fullBox("hvcC", [1, 2, 3]) + ispe(512, 512) + ispe(4032, 3024))
        func entry(_ item: UInt16, _ indices: [UInt8]) -> [UInt8] {
            let id: [UInt8] = ipmaVersion == 0 ? [UInt8(item >> 8), UInt8(item & 0xFF)] : u32(UInt32(item))
            let associations: [UInt8] = indices.flatMap { index -> [UInt8] in wideIndices ? [0x80, index] : [0x80 | index] }
            return id + [UInt8(indices.count)] + associations
        }
        // Item 1 is the grid (3: its ispe), item 2 a tile (1: codec, 2: its ispe).
        let ipma = fullBox("ipma", version: ipmaVersion, flags: wideIndices ? 1 : 0, u32(2) + entry(2, [1, 2]) + entry(1, [3]))
        let hdlr = fullBox("hdlr", [0, 0, 0, 0] + Array("pict".utf8) + Array(repeating: 0, count: 13))
        let meta = fullBox("meta", hdlr + pitm + box("iprp", ipco + ipma))
        return ftyp("heic", compatible: ["mif1", "heic"]) + meta + box("mdat", Array(repeating: 0xAB, count: 64))
    }

    /// The EXIF of a phone photo taken at a factory in Shanghai's Jiading
    /// district: 31° 22′ 30″ N, 121° 15′ 0″ E, 15 March 2026 at 09:30:05.
    static func phoneExif(littleEndian: Bool) -> [UInt8] {
        tiff(
            littleEndian: littleEndian,
            ifd0: [(0x0112, .short(6)), (0x0132, .ascii("2026:03:16 10:00:00"))],
            exif: [(0x9003, .ascii("2026:03:15 09:30:05")), (0x9011, .ascii("+08:00"))],
            gps: [
                (0x0001, .ascii("N")), (0x0002, .rationals([(31, 1), (22, 1), (3000, 100)])),
                (0x0003, .ascii("E")), (0x0004, .rationals([(121, 1), (15, 1), (0, 1)])),
            ]
        )
    }
}
