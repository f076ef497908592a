/// Walks a JPEG's marker segments up to the image data, for the frame size
/// and the EXIF block. Each segment is skipped by its own length, so an EXIF
/// thumbnail (a whole JPEG inside APP1) is never mistaken for the picture.
enum JPEGSegments {
    struct Found {
        var size: PixelSize?
        /// The TIFF structure of the first `Exif\0\0` APP1 segment.
        var exif: [UInt8]?
    }

    static func read(_ reader: ByteReader) -> Found {
        var found = Found()
        guard reader.u16(0) == 0xFFD8 else { return found }
        var offset = 2
        // Each turn moves on by at least two bytes, so the walk ends within
        // the buffer whatever the lengths say.
        while let prefix = reader.u8(offset), prefix == 0xFF {
            offset += 1
            guard var marker = reader.u8(offset) else { break }
            // Any number of 0xFF may pad before a marker.
            while marker == 0xFF {
                offset += 1
                guard let next = reader.u8(offset) else { return found }
                marker = next
            }
            offset += 1
            if marker == 0x01 || (0xD0...0xD8).contains(marker) { continue }  // TEM, RSTn, SOI: no length
            // EOI, or SOS: entropy-coded data follows, and the frame header
            // must have come before it.
            if marker == 0xD9 || marker == 0xDA { break }
            guard let length = reader.u16(offset).map(Int.init), length >= 2,
                  let payload = reader.slice(offset + 2, length - 2)
            else { break }
            if isStartOfFrame(marker), found.size == nil {
                found.size = frameSize(payload)
            } else if marker == 0xE1, found.exif == nil, payload.starts(with: exifHeader) {
                found.exif = Array(payload.dropFirst(exifHeader.count))
            }
            offset += length
        }
        return found
    }

    private static let exifHeader: [UInt8] = Array("Exif".utf8) + [0, 0]

    /// SOF0…SOF15 — C0 to CF but for DHT (C4), JPG (C8) and DAC (CC), which
    /// share the range without being frame headers.
    private static func isStartOfFrame(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
    }

    /// Precision, then height and width. A zero height is left to a later
    /// DNL marker, which cameras do not write; it is reported as unknown.
    private static func frameSize(_ payload: ArraySlice<UInt8>) -> PixelSize? {
        let reader = ByteReader(Array(payload))
        guard let height = reader.u16(1), let width = reader.u16(3), height > 0, width > 0 else { return nil }
        return PixelSize(width: Int(width), height: Int(height))
    }
}
