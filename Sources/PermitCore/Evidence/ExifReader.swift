/// Reads the few EXIF fields evidence needs out of a TIFF structure (the
/// body of a JPEG's `Exif\0\0` APP1 segment). Only the three directories
/// that hold them are visited — IFD0, its Exif and its GPS sub-directory —
/// and no chain is followed, so a directory pointing at itself cannot make
/// the walk go round.
struct ExifReader {
    struct Fields: Hashable {
        var capturedAt: CaptureTime?
        var location: GeoPoint?
        var orientation: ExifOrientation?
    }

    private var reader: ByteReader

    init?(tiff: [UInt8]) {
        reader = ByteReader(tiff)
        switch reader.u16(0) {
        case 0x4949: reader.littleEndian = true  // "II"
        case 0x4D4D: reader.littleEndian = false  // "MM"
        default: return nil
        }
        guard reader.u16(2) == 42 else { return nil }
    }

    func fields() -> Fields {
        var fields = Fields()
        guard let ifd0Offset = reader.u32(4) else { return fields }
        let ifd0 = directory(at: Int(ifd0Offset))
        let exif = ifd0[Tag.exifIFD].flatMap(pointer).map(directory) ?? [:]
        let gps = ifd0[Tag.gpsIFD].flatMap(pointer).map(directory) ?? [:]

        // The original time is when the shutter fired; DateTime is when the
        // file was last written, the next best thing.
        if let original = exif[Tag.dateTimeOriginal].flatMap(text) {
            fields.capturedAt = CaptureTime(exif: original, offset: exif[Tag.offsetTimeOriginal].flatMap(text))
        }
        if fields.capturedAt == nil, let modified = ifd0[Tag.dateTime].flatMap(text) {
            fields.capturedAt = CaptureTime(exif: modified, offset: exif[Tag.offsetTime].flatMap(text))
        }
        fields.orientation = ifd0[Tag.orientation].flatMap(unsigned).flatMap { ExifOrientation(rawValue: $0) }
        fields.location = location(gps)
        return fields
    }

    private enum Tag {
        static let orientation: UInt16 = 0x0112
        static let dateTime: UInt16 = 0x0132
        static let exifIFD: UInt16 = 0x8769
        static let gpsIFD: UInt16 = 0x8825
        static let dateTimeOriginal: UInt16 = 0x9003
        static let offsetTime: UInt16 = 0x9010
        static let offsetTimeOriginal: UInt16 = 0x9011
        static let gpsLatitudeRef: UInt16 = 0x0001
        static let gpsLatitude: UInt16 = 0x0002
        static let gpsLongitudeRef: UInt16 = 0x0003
        static let gpsLongitude: UInt16 = 0x0004
    }

    /// One directory entry: its type, how many values, and where they are.
    private struct Entry {
        var type: UInt16
        var count: Int
        var valueOffset: Int
    }

    /// A real directory has a few dozen entries; the cap keeps a forged
    /// count from costing more than a bounded scan.
    private static let maximumEntries = 512

    private func directory(at offset: Int) -> [UInt16: Entry] {
        guard let declared = reader.u16(offset) else { return [:] }
        var entries: [UInt16: Entry] = [:]
        for index in 0..<min(Int(declared), Self.maximumEntries) {
            let position = offset + 2 + index * 12
            guard let tag = reader.u16(position), let type = reader.u16(position + 2),
                  let count = reader.u32(position + 4)
            else { break }
            // TIFF readers skip types they do not know; a maker's may follow.
            guard let size = Self.size(of: type) else { continue }
            // Values of four bytes or fewer sit in the entry itself.
            let length = Int(count) * size
            let valueOffset = length <= 4 ? position + 8 : reader.u32(position + 8).map(Int.init)
            guard let valueOffset, reader.has(valueOffset, length) else { continue }
            if entries[tag] == nil { entries[tag] = Entry(type: type, count: Int(count), valueOffset: valueOffset) }
        }
        return entries
    }

    /// Bytes per value of each TIFF type; nil for types not in the standard.
    private static func size(of type: UInt16) -> Int? {
        switch type {
        case 1, 2, 6, 7: 1
        case 3, 8: 2
        case 4, 9, 11, 13: 4
        case 5, 10, 12: 8
        default: nil
        }
    }

    /// A sub-directory's offset, written as LONG or as the IFD type.
    private func pointer(_ entry: Entry) -> Int? {
        guard entry.type == 4 || entry.type == 13, entry.count == 1 else { return nil }
        return reader.u32(entry.valueOffset).map(Int.init)
    }

    /// An ASCII value up to its first NUL.
    private func text(_ entry: Entry) -> String? {
        guard entry.type == 2, let bytes = reader.slice(entry.valueOffset, entry.count) else { return nil }
        let value = bytes.prefix { $0 != 0 }
        return String(decoding: value, as: UTF8.self)
    }

    /// A single SHORT or LONG.
    private func unsigned(_ entry: Entry) -> Int? {
        guard entry.count >= 1 else { return nil }
        switch entry.type {
        case 3: return reader.u16(entry.valueOffset).map(Int.init)
        case 4: return reader.u32(entry.valueOffset).map(Int.init)
        default: return nil
        }
    }

    /// Degrees, minutes and seconds as three RATIONALs, added up.
    private func degrees(_ entry: Entry) -> Double? {
        guard entry.type == 5, entry.count >= 3 else { return nil }
        var total = 0.0
        for (index, unit) in [1.0, 60.0, 3600.0].enumerated() {
            guard let numerator = reader.u32(entry.valueOffset + index * 8),
                  let denominator = reader.u32(entry.valueOffset + index * 8 + 4), denominator != 0
            else { return nil }
            total += Double(numerator) / Double(denominator) / unit
        }
        return total
    }

    private func location(_ gps: [UInt16: Entry]) -> GeoPoint? {
        guard let latitude = gps[Tag.gpsLatitude].flatMap(degrees), let longitude = gps[Tag.gpsLongitude].flatMap(degrees),
              let north = gps[Tag.gpsLatitudeRef].flatMap(text), let east = gps[Tag.gpsLongitudeRef].flatMap(text),
              ["N", "S"].contains(north), ["E", "W"].contains(east)
        else { return nil }
        // Receivers without a fix write zeros; nobody reviews a factory at 0°, 0°.
        guard latitude != 0 || longitude != 0 else { return nil }
        return GeoPoint(latitude: north == "S" ? -latitude : latitude, longitude: east == "W" ? -longitude : longitude)
    }
}
